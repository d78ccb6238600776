"""Persian reports: "در بازه زمانی این گزارش" ("in the time span of this report", also "در دوره این
گزارش", "در بازه این گزارش") points back to the span the report said it covers, so an undated figure
so worded is a statistic of that span (vocab-fa.yaml this_span, rule period.statistic_span), not an
incident of the report's day; the list that breaks it down shares the span.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_a_figure_of_the_span_of_this_report_is_of_the_span_it_set_out():
    text = ("نهاد ناظر حقوق بشر گزارش خود را که رویدادهای ۱ فوریه تا ۳۰ نوامبر ۲۰۲۲ را پوشش می‌دهد منتشر کرد. "
            "در بازه زمانی این گزارش دست‌کم ۴۱۲ نفر در زندان‌های کشور اعدام شدند.")
    assert facts(text, date(2022, 12, 10)) == [
        ("executed", 412, "at_least", "2022-02-01", "2022-11-30", "aggregate")]


def test_its_breakdown_shares_the_span_of_this_report():
    text = ("این گزارش ۱۲ ماه منتهی به ۳۱ اکتبر ۲۰۲۴ را در بر می‌گیرد. "
            "در دوره این گزارش ۳۰۵ زندانی اعدام شدند.\n\n"
            "از مجموع اعدام‌شدگان:\n"
            "- ۱۲ نفر در ملأعام به دار آویخته شدند؛\n"
            "- ۹ زن اعدام شدند.")
    rows = sorted(facts(text, date(2024, 11, 20)), key=lambda r: -r[1])
    assert [r[1] for r in rows] == [305, 12, 9]
    assert all(r[3:] == ("2023-11-01", "2024-10-31", "aggregate") for r in rows)
