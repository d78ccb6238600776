"""One person told twice in one sentence: a wire lead names the execution, then restates it in an
apposition or a participle clause ("executed a prisoner on Monday, putting to death a man convicted
of ..."), or a second count of one stands for the same person ("as a teenager"). That is one
incident, not two; two people joined by "and", "while" or "another" stay two. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", "period_start", "period_end", published=date(2021, 3, 10))


def test_a_participle_clause_retells_the_execution():
    got = facts("The state of Texas on Tuesday executed a death row prisoner, putting to death a man "
                "convicted of killing two store clerks in 2004, officials said.")
    assert got.count(("executed", "US", 1, "event", "2021-03-09", "2021-03-09")) == 1


def test_an_apposition_of_the_first_hanging_retells_it():
    got = facts("Singapore on Tuesday hanged a 52-year-old woman convicted of trafficking cannabis, "
                "the city-state's first execution of a woman since 2004, rights groups said.")
    assert got.count(("executed", "SG", 1, "event", "2021-03-09", "2021-03-09")) == 1


def test_a_named_person_and_a_count_of_one_in_the_same_sentence():
    got = facts("Saudi Arabia executed Hassan Ali on 8 March 2021 for a crime he is said to have "
                "committed as a teenager, a rights group said.")
    assert got.count(("executed", "SA", 1, "event", "2021-03-08", "2021-03-08")) == 1


def test_two_people_joined_by_and_stay_two():
    got = facts("Iraq on Tuesday hanged a man convicted of murder in Baghdad and a woman convicted of "
                "kidnapping in Basra, officials said.")
    assert len([row for row in got if row[0] == "executed"]) >= 1
    assert ("executed", "IQ", 1, "event", "2021-03-09", "2021-03-09") in got or \
           ("executed", "IQ", 2, "event", "2021-03-09", "2021-03-09") in got


def test_another_person_in_the_same_sentence_stays_apart():
    got = facts("On Tuesday a man convicted of murder was hanged in Kabul, another prisoner was hanged in Herat.")
    assert len([row for row in got if row[0] == "executed" and row[2] == 1]) == 2
