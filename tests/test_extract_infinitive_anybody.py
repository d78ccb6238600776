""""a person" after a verb trigger in the infinitive ("the first time the method has been used to
put a person to death") is whoever the method or law is for, never one more person executed.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", "names", published=date(2024, 1, 26))


def test_a_method_used_to_put_a_person_to_death_is_no_second_execution():
    got = facts("Oklahoma executed John Dalton by firing squad on Thursday, the first time the method has "
                "been used to put a person to death in the state since 1960.")
    assert got == [("executed", 1, "2024-01-25", "event", ("John Dalton",))]


def test_a_law_allowing_courts_to_execute_an_individual():
    got = facts("A man was hanged in Qom on Thursday under a law that allows judges to execute an individual "
                "for a third drug offence.")
    assert got == [("executed", 1, "2024-01-25", "event", ())]


def test_a_planned_execution_of_a_young_man_stays():
    got = facts("The authorities are set to execute a young man in Karaj on Saturday, his lawyer said.")
    assert [g[0:2] for g in got] == [("imminent", 1)]
