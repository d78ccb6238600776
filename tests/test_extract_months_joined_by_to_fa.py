"""Persian reports: two months joined by "تا" are one span even with no "از" to open it ("برای
ژانویه تا مارس ۲۰۲۱ اعدام ۱۸ زندانی را ثبت کرده بود", "فروردین تا خرداد ۱۴۰۲"): from the first
month's first day to the second's last (date_ranges.py). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")


def test_gregorian_months_joined_by_to():
    text = "این نهاد برای ژانویه تا مارس ۲۰۲۱ اعدام ۱۸ زندانی کرد را ثبت کرده بود."
    assert facts(text, date(2021, 5, 2)) == [(18, "2021-01-01", "2021-03-31", "aggregate")]


def test_solar_months_joined_by_to():
    text = "بر پایه این آمار، فروردین تا خرداد ۱۴۰۲ دست‌کم ۱۴۲ نفر در ایران اعدام شدند."
    assert facts(text, date(2023, 7, 1)) == [(142, "2023-03-21", "2023-06-21", "aggregate")]


def test_a_span_opening_on_a_month_name_that_is_also_a_word():
    # ("مهر", "تیر", "دی", "بهمن" alone may be words or names; "تا" and a second month make the first a month)
    text = "این سازمان اعلام کرد که از مهر تا آذر ۱۴۰۲ دست‌کم ۳۱۰ نفر در زندان‌های ایران اعدام شده‌اند."
    assert facts(text, date(2024, 1, 3)) == [(310, "2023-09-23", "2023-12-21", "aggregate")]
    text = "بر پایه این آمار، در فاصله دی تا اسفند ۱۴۰۱ دست‌کم ۱۲۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2023, 4, 2)) == [(120, "2022-12-22", "2023-03-20", "aggregate")]
