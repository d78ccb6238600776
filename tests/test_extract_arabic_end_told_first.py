"""Arabic reports: a span's end told before its start in the sentence ("حتى نهاية يوليو ...
منذ بداية العام") closes the span there, not on the report's day; on sentences written for these
tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_the_end_of_a_month_told_first_closes_the_span():
    text = "وأحصت المنظمة حتى نهاية يوليو الماضي تنفيذ 520 حكماً بالإعدام في إيران منذ بداية العام."
    assert facts(text, date(2025, 8, 20)) == [("executed", 520, "2025-01-01", "2025-07-31")]


def test_without_an_end_the_span_runs_to_the_report():
    text = "وأحصت المنظمة تنفيذ 520 حكماً بالإعدام في إيران منذ بداية العام."
    assert facts(text, date(2025, 8, 20)) == [("executed", 520, "2025-01-01", "2025-08-20")]
