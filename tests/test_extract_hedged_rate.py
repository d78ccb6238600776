"""A rate hedged by "almost", "nearly", "roughly" ("one hanging nearly every three days") is a
rate like "every three days": no claim, never an incident dated at the news. Every sentence is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", published=date(2024, 3, 8))


def test_a_rate_hedged_by_nearly_makes_no_claim():
    assert facts("On Tuesday the monitor said the province was carrying out one execution nearly every "
                 "three days.") == []


def test_a_rate_hedged_by_roughly_makes_no_claim():
    assert facts("Rights groups on Wednesday accused the kingdom of two hangings roughly every week.") == []


def test_a_dated_execution_beside_it_stays():
    assert facts("One prisoner was hanged in Qom on Thursday, the monitor said.") == [(1, "event")]
