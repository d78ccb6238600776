"""Kinds of error seen in heldout11 (wire and world reporting, 2016-2026, written from real
public reports), each pinned with sentences written for this file, in other words, places and
figures than the reports where the kind was found. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


# 1. The date of the offence or of the unrest, written after a preposition and an article ("men
#    arrested during the March 2021 riots", "after an attack on a hotel in Amman in December
#    2014"), dates what the people did, not the sentence or the execution told beside it.

def test_the_date_of_the_riots_after_an_article_is_not_the_sentence_date():
    got = facts("The Supreme Court upheld the death sentences of two men arrested during the March 2021 "
                "riots, a judiciary spokesman said on Tuesday.", date(2023, 5, 10))
    assert not [f for f in got if f[3].startswith("2021")], got


def test_the_date_of_an_attack_told_in_a_relative_clause_is_not_the_figures():
    got = facts("Executions rose in the region in 2015. Jordan, which resumed hangings after an attack on "
                "a hotel in Amman in December 2014, executed 11 men.", date(2016, 4, 1))
    assert not [f for f in got if f[3].startswith("2014")], got


# 2. "an attack that left 15 people dead", "a fire that left six guests injured": the people a
#    crime left dead or hurt are its victims, never a count of the executed.

def test_people_an_attack_left_dead_are_victims():
    got = facts("Egyptian authorities on Monday executed nine men convicted of murder in a 2013 attack on a "
                "police station that left 15 people dead, officials said.", date(2021, 4, 27))
    assert got == [("executed", "EG", 9, "2021-04-26", "2021-04-26", "event")]
    got = facts("Kuwait hanged a woman on Wednesday for setting a fire at a wedding that left 57 guests "
                "dead.", date(2017, 1, 26))
    assert not [f for f in got if f[2] == 57], got


# 3. "No state had carried out more than 18 executions in a year", "No country executed more than
#    ten people": a figure under a negated subject is a threshold nobody reached, no claim.

def test_a_count_under_a_negated_subject_is_no_claim():
    got = facts("No state had carried out more than 18 executions in a year since Texas executed 24 in "
                "2009.", date(2025, 12, 15))
    assert not [f for f in got if f[2] == 18], got
    got = facts("No other country in the region put more than ten people to death last year, the group "
                "said.", date(2020, 2, 1))
    assert got == [], got


def test_a_figure_after_the_negated_clause_is_still_a_claim():
    got = facts("No country has hanged so many people since Iraq executed 61 in 2016.", date(2024, 2, 1))
    assert ("executed", "IQ", 61, "2016-01-01", "2016-12-31", "aggregate") in got, got
