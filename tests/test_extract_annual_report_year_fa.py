"""Persian annual reports: a report that calls itself annual ("در گزارش سالانه خود") and names the one
year it counts in its first paragraph (not the year it compares with, "نسبت به سال پیش از آن") tells
its figures with no date of their own ("عربستان سعودی با ۱۴۹ اعدام ...", "سال گذشته ۲۵ نفر") for that
year, not as incidents of the day it came out (report_span.py, period.annual_report).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "country", "period_start", "period_end", "kind", lang="fa")

TEXT = ("سازمان عفو بین‌الملل روز سه‌شنبه در گزارش سالانه خود اعلام کرد که اعدام‌ها در ایران در سال ۲۰۲۰ "
        "میلادی نسبت به سال پیش از آن کاهش یافته است.\n\n"
        "بر اساس این گزارش، عربستان سعودی با ۲۷ اعدام در رتبه بعدی قرار گرفته است. این سازمان در مصر "
        "دست‌کم ۱۰۷ اعدام ثبت کرده است.")


def test_undated_figures_of_an_annual_report_are_of_its_year():
    rows = facts(TEXT, date(2021, 4, 21))
    assert (27, "SA", "2020-01-01", "2020-12-31", "aggregate") in rows
    assert (107, "EG", "2020-01-01", "2020-12-31", "aggregate") in rows
    assert not [r for r in rows if r[4] == "event"]
