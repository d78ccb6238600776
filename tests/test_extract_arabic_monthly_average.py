"""Arabic reports: an average over a span ("المعدل الشهري بلغ نحو 12 إعداماً", "بمتوسط 9 إعدامات")
is a rate (SCHEMA.md: not a claim), while the year's figure beside it stays a claim. Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_the_monthly_average_is_no_claim():
    text = ("وأحصت المنظمة 145 إعداماً في الكويت والبحرين خلال عام 2022، وتقول إن المعدل الشهري بلغ نحو 12 "
            "إعداماً في النصف الثاني من العام.")
    assert [row[1] for row in facts(text, date(2023, 2, 1))] == [145]


def test_an_average_told_with_its_preposition_is_no_claim():
    text = "وتشير البيانات إلى أن السلطات أعدمت خلال الربع الأول من العام بمتوسط 20 شخصاً في الشهر."
    assert facts(text, date(2023, 2, 1)) == []
