"""Arabic: two days of a month told by the month's word, "بين الخامس والخامس عشر من الشهر ذاته"
(between the fifth and the fifteenth of that same month), are a span over both days, not the second
day alone (month_days.py); a compound ordinal ("الخامس والعشرين") stays one day. Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", "period_start", "period_end", lang="ar")
DAY = date(2022, 6, 2)


def test_two_ordinal_days_of_the_month_told_before_are_a_span():
    text = "وكانت منظمة حقوقية قد أفادت في 20 مايو بأن 30 شخصاً أُعدموا بين الخامس والخامس عشر من الشهر ذاته."
    assert facts(text, DAY) == [("executed", 30, "aggregate", "2022-05-05", "2022-05-15")]


def test_two_days_in_digits_of_the_month_told_before():
    text = "وفي أبريل الماضي، أُعدم 12 رجلاً بين 4 و9 من الشهر نفسه في سجن برج العرب."
    assert [(e, n, a, b) for e, n, _, a, b in facts(text, DAY)] == [("executed", 12, "2022-04-04", "2022-04-09")]


def test_a_compound_ordinal_is_one_day():
    text = "وفي أبريل الماضي، أُعدم ثلاثة رجال في الخامس والعشرين من الشهر نفسه."
    assert facts(text, DAY) == [("executed", 3, "event", "2022-04-25", "2022-04-25")]
