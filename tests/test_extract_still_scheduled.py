"""A count of executions that its own reduced clause says are still to come or were stopped ("with
one execution still scheduled before the year ends", "two executions stayed by the courts") counts
nobody executed; the statistic beside it still does."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", published=date(2024, 12, 12))


def test_one_execution_still_scheduled_is_no_executed_claim():
    assert facts("With one execution still scheduled before the end of the year, 24 people have been "
                 "put to death in the country so far in 2024.") == [("executed", 24)]


def test_executions_stayed_are_not_counted():
    assert facts("Texas put eight men to death this year, with two executions stayed by the courts.") == [
        ("executed", 8)]


def test_executions_set_a_record_are_still_counted():
    assert facts("The 19 executions carried out in Florida this year set a record for the state.") == [
        ("executed", 19)]
