"""Arabic reports: a court "issued two death sentences" (أصدرت المحكمة حكمين بالإعدام بحق ...): the dual of
the sentence is a trigger, its people are counted after it and dated by the day they were told.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_two_sentences_issued_against_two_prisoners():
    text = ("أصدرت المحكمة الثورية في مدينة زاهدان حكمين بالإعدام بحق السجينين البلوشيين في قضية واحدة، "
            "وأُبلغا بالحكم يوم الأحد 8 ديسمبر.")
    assert facts(text, date(2024, 12, 12)) == [("sentenced", "IR", 2, "2024-12-08", "2024-12-08")]


def test_the_masculine_verb():
    text = "وأصدر القاضي يوم الثلاثاء حكمين بالإعدام بحق متهمين اثنين في قضية مخدرات بمحافظة الجيزة."
    assert facts(text, date(2024, 12, 12)) == [("sentenced", "EG", 2, "2024-12-10", "2024-12-10")]
