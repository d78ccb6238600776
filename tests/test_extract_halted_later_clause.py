"""Kind: an execution (or a planned one) told, then stopped in a later clause of the same sentence
that refers back to it ("..., but the execution was halted at the last minute"): nobody was
executed and nothing is imminent any more, so no claim. An execution stopped for someone else
("the execution of his brother was halted") leaves the one told standing.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "names", published=date(2025, 6, 20))


def test_taken_to_the_gallows_but_halted_is_no_execution():
    assert facts("Farhad Moradi was led to the gallows in Mashhad on Wednesday, but the hanging was stopped "
                 "minutes before it was due.") == []


def test_due_to_be_hanged_but_halted_is_not_imminent():
    assert facts("Two prisoners were due to be hanged in Qom on Thursday, however their execution was "
                 "postponed after the families asked for more time.") == []


def test_a_later_clause_about_another_execution_leaves_the_first_standing():
    assert facts("Nima Sadeghi was hanged in Ardabil on Wednesday, but the execution of his co-defendant "
                 "was halted.") == [("executed", 1, ("Nima Sadeghi",))]


def test_an_execution_carried_out_stays_one():
    assert facts("Omid Zare was hanged in Yazd on Monday after the execution had been postponed twice.") == [
        ("executed", 1, ("Omid Zare",))]
