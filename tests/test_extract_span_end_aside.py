""""between 1 March 2019, when the new law came into force, and 30 June 2023": a clause set off by
commas that tells what the first end was does not break the span; the figure is over it, not an
incident on its first day."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2023, 8, 1))


def test_span_with_a_when_clause_after_its_first_end():
    rows = facts("The group says at least 640 people were executed between 1 March 2019, when the amended "
                 "penal code came into force, and 30 June 2023.")
    assert rows == [(640, "2019-03-01", "2023-06-30", "aggregate")]


def test_two_dates_apart_in_a_sentence_stay_apart():
    rows = facts("Five men were hanged on 3 July, when the court had rejected their appeal; and on 9 July "
                 "two more were executed.")
    assert all(start == end for _, start, end, _ in rows)
