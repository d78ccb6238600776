"""Persian: "اول" as the day of a Solar date ("روز دوشنبه اول آبان", the first of Aban) is no "first time
since": the span "از ابتدای سال ۲۰۲۴" after it still runs to the report's day, and the day of the
announcement does not make the year's figure an incident (lang/date_ranges.py, _last_time).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_year_to_date_figure_announced_on_the_first_of_a_month_is_a_statistic():
    rows = facts("یک گروه حقوق بشری روز دوشنبه اول آبان گفت که از ابتدای سال ۲۰۲۴ میلادی تاکنون "
                 "دست‌کم ۵۴۰ نفر در ایران اعدام شده‌اند.", date(2024, 10, 22))
    assert rows == [("executed", 540, "2024-01-01", "2024-10-22", "aggregate")]


def test_the_first_of_a_month_in_a_solar_span_to_today():
    rows = facts("این نهاد روز شنبه اول دی اعلام کرد که از ابتدای امسال دست‌کم ۱۲۰ زندانی اعدام شده‌اند.",
                 date(2024, 12, 21))
    assert rows == [("executed", 120, "2024-03-20", "2024-12-21", "aggregate")]
    assert not [r for r in rows if r[4] == "event"]


def test_first_time_since_still_reads_the_last_time():
    # ("برای نخستین بار از سال ۱۳۹۹": the year is when it last happened, not where a span begins)
    rows = facts("روز چهارشنبه یک زن در زندان قزوین اعدام شد؛ این برای نخستین بار از سال ۲۰۲۰ است.",
                 date(2024, 10, 23))
    assert ("executed", 1, "2024-10-23", "2024-10-23", "event") in rows
