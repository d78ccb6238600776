"""The people a crime killed or hurt ("for strangling a neighbour", "for poisoning three guests")
are its victims, never people put to death, even when a trigger follows in another clause of the
sentence. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", "kind", published=date(2021, 3, 5))


def test_the_victim_of_a_strangling_is_not_executed_with_a_later_trigger():
    got = facts("Anna Keller was executed on Thursday for strangling an elderly woman in Ohio in 2009; she was "
                "the third prisoner executed by the state this year.")
    assert (1, ("Anna Keller",), "event") in got
    assert [row for row in got if row[1] == ()] == [(3, (), "aggregate")]


def test_victims_of_poisoning_make_no_claim():
    got = facts("A man was hanged in Tabriz on Tuesday for poisoning four guests at a wedding.")
    assert got == [(1, (), "event")]


def test_people_beaten_to_death_are_victims():
    got = facts("Two brothers were executed on Monday in Kerman for beating to death three shepherds in 2017.")
    assert got == [(2, (), "event")]
