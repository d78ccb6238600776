"""A bare weekday in a sentence that looks ahead is the next such day: "two men are to be hanged on
Wednesday" told on a Thursday is next Wednesday, never the one just past; "X will be executed on
Sunday" is an imminent execution on that coming Sunday."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "names", published=date(2024, 5, 9))   # a Thursday


def test_are_to_be_hanged_on_a_weekday_is_the_coming_one():
    assert facts("Three prisoners in Qom are to be hanged on Tuesday, their relatives said.") == [
        ("imminent", 3, "2024-05-14", ())]


def test_will_be_executed_on_a_weekday():
    assert facts("Hamed Sadeghi will be executed on Saturday, a prison official told his mother.") == [
        ("imminent", 1, "2024-05-11", ("Hamed Sadeghi",))]


def test_will_be_executed_with_no_day_is_no_claim():
    assert facts("His lawyer fears that Hamed Sadeghi will be executed if the appeal fails.") == []
