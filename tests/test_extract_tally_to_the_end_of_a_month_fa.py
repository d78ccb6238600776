"""Persian reports: a figure told "to the end of" a month with no start ("تا پایان ماه ژوئن ۲۰۲۴ دست‌کم
۲۹۰ نفر اعدام شده‌اند") is a tally from the start of that month's year, in its calendar, to the
month's end, not a figure of the month alone (rule period.to_end_of_month). A span whose start is
told keeps it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")
rules_of = claim_reader("count", "rules", lang="fa")


def test_to_the_end_of_a_gregorian_month_runs_from_its_year_start():
    text = "به گزارش این نهاد، تا پایان ماه ژوئن ۲۰۲۴ دست‌کم ۲۹۰ نفر در ایران اعدام شده‌اند."
    assert facts(text, date(2024, 7, 10)) == [(290, "2024-01-01", "2024-06-30", "aggregate")]
    assert "period.to_end_of_month" in rules_of(text, date(2024, 7, 10))[0][1]


def test_to_the_end_of_a_solar_month_runs_from_farvardin():
    text = "بر پایه این آمار، تا پایان خرداد ۱۴۰۳ دست‌کم ۲۲۰ زندانی در ایران اعدام شده بودند."
    assert facts(text, date(2024, 7, 10)) == [(220, "2024-03-20", "2024-06-20", "aggregate")]


def test_a_span_with_its_start_told_keeps_it():
    text = "از ابتدای ماه آوریل ۲۰۲۴ تا پایان ماه ژوئن دست‌کم ۱۶۰ نفر در ایران اعدام شده‌اند."
    assert facts(text, date(2024, 7, 10)) == [(160, "2024-04-01", "2024-06-30", "aggregate")]
