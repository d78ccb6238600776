"""Persian reports: the figure a report sets its statistic against, with a year of its own after it
("آمار اعدام‌های امسال نسبت به ۴۱۰ اعدام ثبت‌شده در سال ۲۰۲۲ ..."), is of that year, not of the time
written before the word that compares (which dates the other figure). Sentences written for these
tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")


def test_the_figure_compared_with_takes_the_year_after_it():
    text = "آمار اعدام‌های سال گذشته نسبت به ۴۱۰ اعدام ثبت‌شده در سال ۲۰۲۱، دو برابر شده است."
    assert facts(text, date(2023, 3, 1)) == [(410, "2021-01-01", "2021-12-31", "aggregate")]


def test_a_solar_year_after_the_figure_compared_with():
    text = "شمار اعدام‌های امسال در مقایسه با ۲۸۰ اعدام ثبت‌شده در سال ۱۴۰۰ افزایش چشمگیری داشته است."
    assert facts(text, date(2022, 12, 1)) == [(280, "2021-03-21", "2022-03-20", "aggregate")]
