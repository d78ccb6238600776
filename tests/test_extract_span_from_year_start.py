"""A span whose first end is the start of the report's year ("between the start of the year and the
end of August", "from the beginning of the year to the end of June"): from 1 January of that year
to the end named, the end of a month being its last day (relative_dates year_start, dates._SPAN_OPENS).
Alone, "the start of the year" is its first days, as "early January" is. Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind")


def test_between_the_start_of_the_year_and_the_end_of_a_month():
    text = "A monitoring group counted 612 executions in Iran between the start of the year and the end of July."
    assert facts(text, date(2025, 8, 20)) == [("executed", 612, "2025-01-01", "2025-07-31", "aggregate")]


def test_from_the_beginning_of_the_year_to_the_end_of_a_month():
    text = "Saudi Arabia put 198 people to death from the beginning of the year to the end of June, the group said."
    assert facts(text, date(2025, 7, 14)) == [("executed", 198, "2025-01-01", "2025-06-30", "aggregate")]


def test_since_the_start_of_the_year_still_runs_to_the_report():
    text = "At least 300 people have been executed in Iran since the start of the year."
    assert facts(text, date(2025, 5, 2)) == [("executed", 300, "2025-01-01", "2025-05-02", "aggregate")]
