"""The victims of the deed someone was executed for are no people executed: "executed for strangling
a neighbour", "hanged for poisoning two children", "for beating a guard to death" govern a count of
victims (rejections.yaml other_actions). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "names", published=date(2022, 3, 4))


def test_strangled_victim_is_no_second_execution():
    got = facts("Anna Berg was executed in Texas on Thursday for strangling a pregnant woman in 2010.")
    assert got == [("executed", 1, ("Anna Berg",))]


def test_poisoned_children_are_victims():
    got = facts("A man was hanged in Riyadh on Tuesday for poisoning two children, the ministry said.")
    assert [row[1] for row in got] == [1]


def test_a_guard_beaten_is_a_victim():
    got = facts("Singapore hanged Omar Said on Friday for beating a fellow worker to death in 2015.")
    assert got == [("executed", 1, ("Omar Said",))]


told = claim_reader("count", "names", "kind", published=date(2021, 3, 5))


def test_the_victim_of_a_strangling_is_not_executed_with_a_later_trigger():
    got = told("Anna Keller was executed on Thursday for strangling an elderly woman in Ohio in 2009; she was "
               "the third prisoner executed by the state this year.")
    assert (1, ("Anna Keller",), "event") in got
    assert [row for row in got if row[1] == ()] == [(3, (), "aggregate")]


def test_victims_of_poisoning_make_no_claim():
    got = told("A man was hanged in Tabriz on Tuesday for poisoning four guests at a wedding.")
    assert got == [(1, (), "event")]


def test_people_beaten_to_death_are_victims():
    got = told("Two brothers were executed on Monday in Kerman for beating to death three shepherds in 2017.")
    assert got == [(2, (), "event")]
