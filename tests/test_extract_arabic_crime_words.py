"""Arabic reports: a date after the count with a word of the crime between (kidnapping, rape,
"killing her", a bombing) dates the crime, not the hanging (dating.crime_date); sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2023, 9, 20)   # a Wednesday


def test_kidnapping_and_killing_her_in_a_year():
    text = ("نفذت مصلحة السجون اليوم الأربعاء حكم الإعدام شنقاً بحق مدانين اثنين بخطف فتاة من قرية في سوهاج "
            "وقتلها عام 2018.")
    assert facts(text, DAY) == [("executed", "EG", 2, "2023-09-20", "2023-09-20")]


def test_a_bombing_in_a_year():
    text = "أعلنت وزارة العدل العراقية اليوم تنفيذ حكم الإعدام بحق خمسة مدانين بتفجير سوق شعبي في بغداد عام 2016."
    assert facts(text, DAY) == [("executed", "IQ", 5, "2023-09-20", "2023-09-20")]


def test_a_charge_alone_does_not_take_the_date():
    # (a charge with no crime word is no crime date: "بالإرهاب" then "يوم الأحد" dates the hanging)
    text = "أعدمت السلطات العراقية ثلاثة مدانين بالإرهاب يوم الأحد في سجن الناصرية."
    assert facts(text, DAY) == [("executed", "IQ", 3, "2023-09-17", "2023-09-17")]
