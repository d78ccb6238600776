"""Persian: a count told with a span of several months or years back and no date of its own ("در ماه‌های
اخیر", "در سال‌های گذشته") is no incident of the report's day (lang/vague_spans.py,
reject.span_without_start). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", lang="fa")
DAY = date(2024, 9, 3)
EXECUTED = "بامداد امروز سه‌شنبه ۱۳ شهریور ۱۴۰۳ حکم اعدام یک زندانی در زندان مرکزی یزد اجرا شد. "


def test_people_executed_in_recent_months_are_no_incident_of_today():
    text = EXECUTED + "در ماه‌های اخیر چهار زندانی دیگر، از جمله دو زن، در همین زندان اعدام شده‌اند."
    assert facts(text, DAY) == [("executed", 1, "2024-09-03", "event")]


def test_relatives_executed_in_past_years_are_no_incident_of_today():
    text = EXECUTED + "به گفته یک منبع مطلع، در سال‌های گذشته دو برادر او نیز در همین زندان به دار آویخته شده‌اند."
    assert facts(text, DAY) == [("executed", 1, "2024-09-03", "event")]


def test_a_count_with_a_day_of_its_own_stays():
    text = EXECUTED + "در هفته‌های اخیر شمار اعدام‌ها بالا رفته است و روز یکشنبه ۱۱ شهریور نیز دو زندانی در همین زندان اعدام شدند."
    assert ("executed", 2, "2024-09-01", "event") in facts(text, DAY)


def test_a_tally_within_less_than_a_week_is_no_incident():
    text = "دادگاه‌های انقلاب در کمتر از یک هفته دست‌کم پنج معترض را به اعدام محکوم کرده‌اند."
    assert not [r for r in facts(text, DAY) if r[3] == "event"]

