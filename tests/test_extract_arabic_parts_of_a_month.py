"""Arabic: a part of a month named before it ("خلال الأسبوعين الأولين من مارس", "في النصف الثاني من
أبريل") narrows the month to those days (year_parts.month_parts_of, vocab-ar month_parts); the part's
ordinal is no day ("الثاني من أبريل" after "النصف" is not 2 April). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2022, 5, 10)


def test_the_first_two_weeks_of_a_month():
    text = "وخلال الأسبوعين الأولين من مارس أُعدم سبعة رجال في سجن برج العرب."
    assert facts(text, DAY) == [("executed", 7, "2022-03-01", "2022-03-14")]


def test_the_second_half_of_a_month():
    text = "وأُعدم في النصف الثاني من أبريل 11 مداناً بقضايا مخدرات."
    assert facts(text, DAY) == [("executed", 11, "2022-04-16", "2022-04-30")]
