"""Ways English reports word a figure that the rules misread, found on the quality gate's sets
(dev, dev2, seed) in session 10 and written here as general constructions, each in several
wordings of our own (other names, numbers, places and dates than any labelled set), with wordings
that must stay as they were."""
from datetime import date

from claim_rows import claim_reader
from extract import extract_report

PUB = date(2025, 3, 5)   # a Wednesday


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=PUB)


def day(d):
    return d, d


# "Another prisoner", "two other men": a group counted as new is no restatement of the one before --

def test_another_prisoner_hanged_the_day_before_is_a_second_incident():
    got = facts("Iran on Tuesday hanged a man convicted of spying for a foreign agency. His execution came a "
                "day after the judiciary said that another prisoner accused of espionage had been hanged on Monday.")
    assert ("executed", "IR", 1, *day("2025-03-04"), "event") in got
    assert ("executed", "IR", 1, *day("2025-03-03"), "event") in got


def test_two_other_prisoners_in_the_same_prison_a_day_earlier():
    got = facts("Two men were hanged in Karaj on Tuesday. Two other prisoners were executed in the same "
                "prison on Monday, rights groups said.")
    assert ("executed", "IR", 2, *day("2025-03-03"), "event") in got
    assert ("executed", "IR", 2, *day("2025-03-04"), "event") in got


def test_a_further_two_and_a_second_woman():
    got = facts("Two men were hanged in Karaj on Tuesday. A further two were executed in the same prison "
                "on Monday, rights groups said.")
    assert ("executed", "IR", 2, *day("2025-03-03"), "event") in got
    got = facts("A woman was hanged in Qom prison on Tuesday. A second woman was executed there on Monday.")
    assert ("executed", "IR", 1, *day("2025-03-03"), "event") in got
    assert ("executed", "IR", 1, *day("2025-03-04"), "event") in got


def test_the_same_group_told_again_is_still_one_claim():
    """"The two brothers" points back; "brothers" holds no "other"."""
    got = facts("Two brothers were hanged in Karaj on Tuesday. The two brothers were executed in the "
                "prison before dawn, rights groups said.")
    assert got == [("executed", "IR", 2, *day("2025-03-04"), "event")]


def test_the_same_day_with_no_day_told_before_is_no_undated_figure():
    """"Two other men were hanged the same day" before any day is named: the report's day (weak, a
    later sentence may give the day), never a claim with no period."""
    got = facts("State media reported the execution of two men in Rasht prison. Activists had already "
                "reported that two other men were hanged in the prison the same day.")
    assert [g for g in got if g[3] == "None"] == []
    assert sum(1 for g in got if g[2] == 2) == 2


# Running totals as United States (and other) reports write them ---------------------------------

def test_a_total_since_a_year_runs_from_that_year():
    got = facts("Arizona carried out one execution this year, bringing the national total since 1977 to 1,612.",
                date(2025, 5, 20))
    assert any(g[2] == 1612 and g[3] == "1977-01-01" and g[4] == "2025-05-20" and g[5] == "aggregate" for g in got)


def test_a_tally_since_executions_resumed_in_a_year_ends_on_the_execution_told():
    got = facts("Oklahoma executed a man on Thursday, taking the state's tally since executions resumed in "
                "1990 to 125.", date(2024, 6, 14))
    assert ("executed", "US", 125, "1990-01-01", "2024-06-13", "aggregate") in got


def test_a_total_since_an_undated_event_is_no_figure_of_one_day():
    """"Its total since the death penalty was reinstated" names no date: the total's start is not
    told, and the day of the execution told beside it is not its period."""
    got = facts("Alabama executed Marcus Lee on 12 June, bringing its total since the death penalty was "
                "reinstated to 77.", date(2024, 6, 14))
    assert [g for g in got if g[2] == 77] == []


def test_an_ordinal_with_a_thousands_separator():
    got = facts("Late last month the country passed a grim milestone: its 1,500th execution since 1976.",
                date(2015, 11, 20))
    assert [g[2:] for g in got] == [(1500, "1976-01-01", "2015-11-20", "aggregate")]
    got = facts("Texas executed a man on Wednesday, the 1,012th execution in the state since 1982.",
                date(2023, 8, 3))
    assert any(g[2] == 1012 and g[3] == "1982-01-01" for g in got)


def test_a_second_ordinal_of_the_same_subject_after_and():
    got = facts("Missouri executed Brian Dorsey on Tuesday. It was the state's 100th execution since 1989 "
                "and its third this year.", date(2024, 6, 12))
    assert ("executed", "US", 3, "2024-01-01", "2024-06-11", "aggregate") in got
    assert ("executed", "US", 100, "1989-01-01", "2024-06-11", "aggregate") in got


def test_first_and_second_are_no_ordinal_of_a_count():
    """"and" opens an ordinal only before "its"/"their": "the first and the second hanging" counts nothing."""
    got = facts("Between the first and the second hanging in Ghezel Hesar on 3 March, lawyers appealed.")
    assert [g for g in got if g[2] == 2] == []


# "Within two weeks of X on 10 November": a span from the day named, not that day ------------------

def test_within_weeks_of_a_dated_event():
    got = facts("Within two weeks of hangings resuming on 4 October, 23 men were put to death for smuggling.",
                date(2024, 12, 1))
    assert ("executed", "IR", 23, "2024-10-04", "2024-10-17", "aggregate") in got


def test_in_the_days_after_a_dated_event():
    got = facts("In the ten days after the ceasefire on 24 June, at least 21 people were hanged, rights "
                "groups said.", date(2025, 8, 2))
    assert ("executed", "IR", 21, "2025-06-24", "2025-07-03", "aggregate") in got


def test_within_a_month_of_a_law_taking_effect():
    got = facts("Within a month of the new law taking effect on 3 February, nine men were executed for "
                "smuggling.", date(2025, 3, 12))
    assert ("executed", "IR", 9, "2025-02-03", "2025-03-02", "aggregate") in got


def test_a_count_before_within_hours_keeps_its_own_day():
    got = facts("Three men were hanged on 2 May, within hours of their final appeal being rejected.",
                date(2025, 5, 6))
    assert got == [("executed", "IR", 3, *day("2025-05-02"), "event")]


# A nickname in quotes inside a name -------------------------------------------------------------

def test_a_quoted_nickname_between_given_name_and_surname():
    got = facts("The judiciary announced that Davoud 'Dave' Karimi had been executed on Saturday for fraud.")
    assert got == [("executed", "IR", 1, *day("2025-03-01"), "event")]
    claims = extract_report('Kamal "Kaka" Ahmadi and Reza Nouri were hanged in Urmia on Monday.', PUB)
    assert [(c.count, c.names) for c in claims] == [(2, ('Kamal "Kaka" Ahmadi', "Reza Nouri"))]


def test_a_quoted_word_after_a_name_is_no_part_of_it():
    """A quoted phrase that no surname follows ("Ali Karimi 'confessed'") stays out of the name."""
    claims = extract_report("Ali Karimi 'Confessed' under torture, his family said; he was hanged on Monday.", PUB)
    assert all("Confessed" not in n for c in claims for n in c.names)
