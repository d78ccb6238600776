"""A span of days whose ends carry a part of the day: "between early Sunday and early Tuesday" runs
from the Sunday to the Tuesday, never the first day alone (session 16). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_between_early_one_day_and_early_another_spans_both():
    got = facts("Seven prisoners were hanged in Zahedan prison between early Monday and late Wednesday, the "
                "group said on Thursday.", date(2024, 3, 14))
    assert ("executed", "IR", 7, "2024-03-11", "2024-03-13", "event") in got


def test_a_part_of_the_day_before_the_second_end_only():
    got = facts("Four men were executed in Qom between Saturday and early Monday, activists said.",
                date(2024, 3, 14))
    assert ("executed", "IR", 4, "2024-03-09", "2024-03-11", "event") in got
