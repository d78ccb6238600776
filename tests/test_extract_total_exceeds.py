"""A running total told as above a number ("and that the total for 2025 so far exceeds 300") is an
aggregate of more than that number over the span it names; a total of something else is none."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "qualifier", "period_start", "period_end", published=date(2025, 6, 2))


def test_total_for_the_year_so_far_exceeds():
    text = "The group said 52 prisoners were hanged in May, and that the total for 2025 so far has passed 300."
    assert facts(text) == [(52, "exact", "2025-05-01", "2025-05-31"),
                           (300, "more_than", "2025-01-01", "2025-06-02")]


def test_a_total_of_arrests_is_no_execution_figure():
    assert facts("Police said the total of arrests in the province exceeded 900 last month.") == []
