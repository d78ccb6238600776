"""US execution reports as wire copy writes them: the condemned named first by a past calling ("A former
Army sergeant who killed two clerks was put to death Tuesday"), his name only in the next paragraph. One
incident of one person on the day told. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2031, 5, 9))


def test_a_former_sergeant_put_to_death_is_one_person():
    got = facts("HUNTSVILLE, Texas (AP) — A former Army sergeant who shot two store clerks in 1998 was put to "
                "death Thursday evening, the state's fourth execution this year.")
    assert ("executed", "US", 1, "2031-05-08", "2031-05-08", "event") in got


def test_a_veteran_executed_by_lethal_injection_is_one_person():
    got = facts("An Army veteran convicted of killing a deputy was executed by lethal injection in Oklahoma on Tuesday.")
    assert got == [("executed", "US", 1, "2031-05-06", "2031-05-06", "event")]


def test_a_name_with_its_execution_set_off_before_its_sentence_is_the_execution():
    # "X, executed in <month>, who had been sentenced ...": the set-off execution is what the name tells
    got = facts("The oldest of them was Dale Whitcomb, executed in March, who had been sentenced to death in 1981 "
                "for killing a gas station attendant in Ohio.")
    assert got == [("executed", "US", 1, "2031-03-01", "2031-03-31", "event")]


def test_a_set_off_sentence_does_not_take_the_execution_from_the_name():
    got = facts("Dale Whitcomb, sentenced to death in 1981, was executed in Ohio on Tuesday.")
    assert ("executed", "US", 1, "2031-05-06", "2031-05-06", "event") in got
