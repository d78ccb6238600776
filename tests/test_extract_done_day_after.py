"""A report stamped with one day tells of executions "on" the next when its publisher's clock runs
ahead of the feed's (Tehran is UTC+3:30): "Two men were hanged in Qom on 26 November" in a report
stamped 25 November. Told as done ("were hanged"), that day is an execution, counted in the totals;
a plan ("are to be hanged") stays imminent, and so does a past tense dated days ahead (a wrong date
is no time zone)."""
from datetime import date

import pytest

from claim_rows import claim_reader

STAMPED = date(2025, 11, 25)
facts = claim_reader("event", "count", "period_start", published=STAMPED)
rules = claim_reader("rules", published=STAMPED)


def test_an_execution_told_as_done_on_the_day_after_the_stamp_is_an_execution():
    text = "Three prisoners were executed in Birjand prison on 26 November, a rights group reported."
    assert facts(text) == [("executed", 3, "2025-11-26")]
    [claim_rules] = rules(text)
    assert "event.done_day_after" in claim_rules and "event.future_day" not in claim_rules


@pytest.mark.parametrize("text, want", [
    ("Three prisoners are to be executed in Birjand prison on 26 November, their families said.", ("imminent", 3, "2025-11-26")),
    ("Three prisoners were executed in Birjand prison on 29 November, a rights group reported.", ("imminent", 3, "2025-11-29")),
])
def test_a_plan_or_a_day_far_ahead_stays_imminent(text, want):
    assert facts(text) == [want]
