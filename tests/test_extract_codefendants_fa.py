"""Persian reports: co-defendants and accomplices counted ("پنج هم‌پرونده او", "دو همدست او") are
people, so a count of them is read as any count of people (vocab-fa.yaml person_nouns). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "kind", lang="fa")


def test_a_count_of_co_defendants_executed_since_a_month_is_a_statistic_of_them():
    text = ("از ابتدای سال ۲۰۲۴ تاکنون حکم اعدام چهار هم‌پرونده دیگر او، رضا امینی، علی نظری، حسن کاوه و "
            "مجید صفری، اجرا شده است.")
    assert facts(text, date(2024, 6, 2)) == [("executed", 4, "aggregate")]


def test_two_accomplices_hanged_on_a_day():
    text = "دو همدست او نیز بامداد روز یکشنبه ۱۳ خرداد ۱۴۰۳ در زندان مرکزی تبریز به دار آویخته شدند."
    assert facts(text, date(2024, 6, 2)) == [("executed", 2, "event")]
