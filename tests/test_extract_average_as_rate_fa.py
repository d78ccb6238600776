"""Persian: "میانگین" (the average) in a count's clause makes it a rate, no figure ("میانگین اعدام‌ها به بیش
از ۱۲ مورد در هفته رسیده است"), as "به طور میانگین" does (vocab-fa.yaml rate_words). Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_the_average_of_executions_per_week_is_no_figure():
    text = ("این نهاد اعلام کرد که از ابتدای سال ۲۰۲۴ دست‌کم ۳۰۰ نفر در ایران اعدام شده‌اند و میانگین اعدام‌ها به "
            "بیش از ۱۲ مورد در هفته رسیده است.")
    assert facts(text, date(2024, 6, 5)) == [("executed", 300, "2024-01-01", "2024-06-05", "aggregate")]


def test_a_daily_average_in_a_year_is_no_figure():
    text = "در سال ۲۰۲۳ دست‌کم ۸۰۰ نفر اعدام شدند و میانگین روزانه اعدام‌ها از دو نفر فراتر رفت."
    assert facts(text, date(2024, 2, 1)) == [("executed", 800, "2023-01-01", "2023-12-31", "aggregate")]
