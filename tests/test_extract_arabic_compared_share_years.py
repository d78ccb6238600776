"""Arabic annual reviews: the years after "compared with" a share or figure ("مقارنة بنسبة 40% في كل من
عامي 2020 و2021") are the compared share's, both of them, never the year of the count told before
it, which stays the statistic's. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")

REVIEW = ("نفذت السلطات الكويتية خلال عام 2023 ما مجموعه 40 حكماً بالإعدام.\n\n"
          "وارتفعت نسبة الأجانب بين من أعدموا، إذ نُفذ الحكم بحق 25 أجنبياً، أي نحو 62% من المجموع، مقارنة "
          "بنسبة 40% في كل من عامي 2020 و2021.")


def test_a_part_before_a_compared_share_keeps_the_statistics_year():
    assert facts(REVIEW, date(2024, 2, 1)) == [(25, "2023-01-01", "2023-12-31"), (40, "2023-01-01", "2023-12-31")]
