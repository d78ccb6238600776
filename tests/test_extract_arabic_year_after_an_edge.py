"""Arabic: a year after an edge of a span ("أواخر 2016", "مطلع 2018") is a year, never the number of a
count, even with a plural noun after it ("منذ ... أواخر 2016 أحكاماً بالإعدام بحق المئات": late 2016,
sentences against hundreds, no figure). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", lang="ar")
DAY = date(2021, 4, 6)


def test_late_in_a_year_then_sentences_is_no_count():
    text = ("وأصدرت المحاكم الليبية منذ إعلان تحرير المدينة من الجماعات المسلحة أواخر 2016 أحكاماً بالإعدام بحق "
            "مئات المتهمين.")
    assert facts(text, DAY) == []


def test_a_military_court_late_in_a_year():
    text = "وأصدرت المحاكم العسكرية أواخر 2016 أحكاماً بالإعدام بحق عشرات المتهمين بالانتماء إلى التنظيم."
    assert facts(text, DAY) == []


def test_a_count_after_the_edged_year_stays():
    text = "ومنذ مطلع 2018 أعدمت السلطات 45 شخصاً في السجن المركزي."
    assert facts(text, DAY) == [("executed", 45)]
