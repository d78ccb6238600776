""""This compares with 64 in the same period of 2023": a figure moved by "the same period" to
another year is told for comparison; a part after it ("Four of those executed were women") splits
the report's own statistic, not the compared figure."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2024, 7, 8))


def test_part_after_a_same_period_comparison_splits_the_statistic():
    rows = facts("At least 87 Kurdish prisoners were executed between 1 January and 30 June 2024. This compares "
                 "with 64 Kurdish prisoners executed in the same period of 2023.\n\n"
                 "Four of those executed were women, all hanged for murder.")
    assert (87, "2024-01-01", "2024-06-30") in rows
    assert (64, "2023-01-01", "2023-06-30") in rows
    assert (4, "2024-01-01", "2024-06-30") in rows
    assert (4, "2023-01-01", "2023-06-30") not in rows
