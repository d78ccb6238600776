"""Persian monthly reports: "در همین ماه" ("in this same month") is the month the report counts, as
"در این ماه" is (vocab-fa.yaml calendar this_month, rule period.report_month), not an undated
incident. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_sentences_of_the_same_month_are_of_the_month_counted():
    text = ("گزارش ماهانه این نهاد: در آبان‌ماه ۱۴۰۳ دست‌کم ۱۲۰ زندانی در ایران اعدام شدند. "
            "در همین ماه دست‌کم هفت نفر از سوی دادگاه‌های انقلاب به اعدام محکوم شدند.")
    assert facts(text, date(2024, 11, 25)) == [
        ("executed", 120, "at_least", "2024-10-22", "2024-11-20", "aggregate"),
        ("sentenced", 7, "at_least", "2024-10-22", "2024-11-20", "aggregate"),
    ]
