"""Arabic annual reviews: a section heading ("الجنسيات", "مقارنة") is a label of the paragraphs under it,
not a paragraph of its own, so it does not push the year's statistic out of reach of the breakdown
under a later heading; the breakdown takes the statistic's year, not that of a figure compared with
it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")

REVIEW = """أعلنت وزارة الداخلية أن السعودية نفذت خلال عام 2023 ما مجموعه 150 حكماً بالإعدام، وفق إحصاء لمنظمة حقوقية.

مقارنة

وكانت المنظمة قد أحصت 120 إعداماً في المملكة خلال عام 2022.

الجنسيات

ومن بين من أُعدموا 90 مواطناً سعودياً."""


def test_a_breakdown_under_a_later_heading_takes_the_statistics_year():
    assert facts(REVIEW, date(2024, 1, 15)) == [(90, "2023-01-01", "2023-12-31"), (120, "2022-01-01", "2022-12-31"),
                                                (150, "2023-01-01", "2023-12-31")]
