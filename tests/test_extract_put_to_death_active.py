"""The active "put to death" with its object after it ("Saudi Arabia put to death a Pakistani
national") is an execution, as "put a Pakistani national to death" is; found in a user trial, where
the sentence made no claim and --explain said nothing of it."""
from datetime import date

from claim_rows import claim_reader

THURSDAY = date(2025, 9, 25)
facts = claim_reader("event", "country", "count", "kind", published=THURSDAY)


def test_put_to_death_then_the_person():
    text = "Saudi Arabia put to death a Yemeni man convicted of smuggling amphetamine pills, the ministry said."
    assert facts(text) == [("executed", "SA", 1, "event")]


def test_put_to_death_then_a_count_so_far_this_year():
    text = "Singapore has put to death nine people so far this year, rights groups said on Thursday."
    assert facts(text) == [("executed", "SG", 9, "aggregate")]


def test_the_passive_stays_the_passive_trigger_and_makes_one_claim():
    text = "Three men were put to death in Tabuk on Monday, the Saudi Press Agency reported."
    assert facts(text) == [("executed", "SA", 3, "event")]


def test_a_call_to_put_to_death_is_no_execution():
    text = "A cleric urged the courts to put to death two protesters held in Tehran."
    assert facts(text) == []
