"""Persian (and Dari) reports date events by a month "of last year": "در آبان‌ماه سال گذشته", "در
حوت سال گذشته". That is the month in the year before the report's, in the month's calendar, one
span, not the month of this year and the whole of last year apart (calendars.Calendars._month,
vocab-fa month_of_last_year). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", lang="fa")
DAY = date(2024, 11, 13)   # 23 Aban 1403


def test_a_month_of_last_year_is_that_month_a_year_back():
    text = "در اسفند سال گذشته دو مرد در ورزشگاه شهر غزنی در ملأ عام قصاص شدند."
    assert facts(text, DAY) == [("executed", 2, "2024-02-20", "2024-03-19")]


def test_since_a_month_of_last_year_runs_to_the_report():
    text = "از مهرماه سال گذشته تاکنون دست‌کم ۱۸ زندانی سیاسی در ایران اعدام شده‌اند."
    assert facts(text, DAY) == [("executed", 18, "2023-09-23", "2024-11-13")]


def test_a_gregorian_month_of_last_year():
    text = "در اکتبر سال گذشته دست‌کم ۱۴۰ نفر در ایران اعدام شدند."
    assert facts(text, DAY) == [("executed", 140, "2023-10-01", "2023-10-31")]
