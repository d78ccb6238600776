"""Persian reports: a stated total told with a copula after its figure ("شمار اعدام‌ها در سال ۲۰۲۳
دست‌کم ۸۳۴ نفر بود", "...، ۱۱۲ مورد بوده است") is a statistic of that figure over the span written
with it (vocab-fa.yaml total_was). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_the_number_of_executions_in_a_year_was_a_figure():
    text = "به گفته این سازمان، شمار اعدام‌ها در ایران در سال ۲۰۲۲ دست‌کم ۵۸۲ نفر بود."
    assert facts(text, date(2024, 3, 5)) == [("executed", 582, "at_least", "2022-01-01", "2022-12-31", "aggregate")]


def test_the_number_of_executions_recorded_in_a_month_has_been_a_figure():
    text = "به گزارش این نهاد، شمار اعدام‌های ثبت‌شده در ماه دی ۱۴۰۲، ۹۸ مورد بوده است."
    assert facts(text, date(2024, 2, 1)) == [("executed", 98, "exact", "2023-12-22", "2024-01-20", "aggregate")]


def test_the_total_of_all_executions_in_that_year_was_a_figure():
    text = ("در سال ۲۰۲۳ دست‌کم ۴۸۱ نفر به اتهام‌های مواد مخدر اعدام شدند. شمار کل اعدام‌ها در آن سال دست‌کم "
            "۸۳۴ مورد بود.")
    assert facts(text, date(2024, 3, 5)) == [("executed", 481, "at_least", "2023-01-01", "2023-12-31", "aggregate"),
                                             ("executed", 834, "at_least", "2023-01-01", "2023-12-31", "aggregate")]
