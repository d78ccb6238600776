"""Arabic reports: a day written in digits, day first ("يوم الأحد ٨/٣", "بتاريخ 14/5/2019"), on
sentences written for these tests. It dates the claim, and its numbers are no count; a pair of
numbers with a slash and no weekday, lead word or year is no date."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")


def test_a_weekday_and_day_month_in_digits_date_the_execution():
    text = "أعدمت السلطات المصرية فجر يوم الأحد ٨/٣ أربعة رجال أدينوا بقتل ضابط في أسيوط."
    assert facts(text, date(2020, 3, 10)) == [("executed", 4, "2020-03-08", "2020-03-08", "event")]


def test_the_month_of_a_numeric_date_is_no_count():
    text = "نفذت مصلحة السجون يوم الخميس 12/9 حكم الإعدام بحق ثلاثة مدانين في قضية قتل."
    assert facts(text, date(2019, 9, 14)) == [("executed", 3, "2019-09-12", "2019-09-12", "event")]


def test_a_numeric_date_with_its_year_after_a_lead_word():
    text = "وكانت السلطات قد أعدمت بتاريخ 21/11/2018 رجلين في سجن وادي النطرون."
    assert facts(text, date(2019, 1, 5)) == [("executed", 2, "2018-11-21", "2018-11-21", "event")]


def test_a_day_month_in_digits_told_months_back_is_last_years():
    text = "ونفذت السلطات يوم الأربعاء 14/10 حكم الإعدام بحق خمسة أشخاص."
    assert facts(text, date(2021, 2, 1)) == [("executed", 5, "2020-10-14", "2020-10-14", "event")]


def test_a_hijri_numeric_date_with_its_gregorian_gloss_keeps_the_gregorian_day():
    text = "وتم تنفيذ حكم القتل تعزيراً بالجانيين يوم الخميس 3/6/1446هـ الموافق 5/12/2024م بمنطقة جازان."
    assert facts(text, date(2024, 12, 5)) == [("executed", 2, "2024-12-05", "2024-12-05", "event")]
