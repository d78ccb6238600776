"""Persian reports: a figure set against the statistic "in the week (the seven days, the month) before
that" ("نسبت به ۲۰ اعدام ثبت‌شده در هفته پیش از آن") is a statistic of the span just before the
statistic's, as long as it (comparisons.Comparing, rule period.span_before), not an incident on the
report's day. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_a_figure_of_the_seven_days_before_that():
    text = ("در هفت روز گذشته دست‌کم ۲۷ زندانی در ایران اعدام شده‌اند؛ "
            "رقمی که نسبت به ۱۹ اعدام ثبت‌شده در هفت روز پیش از آن بیشتر است.")
    rows = facts(text, date(2025, 6, 10))
    assert ("executed", 19, "exact", "2025-05-26", "2025-06-02", "aggregate") in rows
    assert [r for r in rows if r[-1] == "event"] == []
