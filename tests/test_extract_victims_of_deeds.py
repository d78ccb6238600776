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
