"""Iran-stream reports (session 15): a span of two days without a year told early in January, ...
Every report here is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind")


# --- a span of two days without a year, told early in the next year ------------------------------

@pytest.mark.parametrize("text, start, end", [
    pytest.param("The monitor documented at least 410 executions in Iran between 1 January and 15 December, "
                 "most of them for drug offences.", "2023-01-01", "2023-12-15", id="between_and"),
    pytest.param("From 3 February to 28 December, at least 57 prisoners were hanged in Qezelhesar Prison, "
                 "the group said.", "2023-02-03", "2023-12-28", id="from_to"),
])
def test_a_span_of_days_without_a_year_told_in_early_january_is_of_the_year_just_ended(text, start, end):
    got = facts(text, date(2024, 1, 4))
    assert [(g[2], g[3]) for g in got if g[0] == "executed"] == [(start, end)]


def test_the_same_span_told_later_in_the_year_stays_in_that_year():
    got = facts("The monitor documented at least 210 executions in Iran between 1 January and 15 June.",
                date(2024, 7, 2))
    assert got == [("executed", 210, "2024-01-01", "2024-06-15", "aggregate")]
