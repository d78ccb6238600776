"""Arabic: "ومن بين من أُعدموا A وB" (among those executed were A and B) names members of the group
whose execution the report told before, on its day: no second incident (reject.split_of_incident;
SCHEMA.md: a split inside one incident). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2019, 4, 23)


def test_two_named_among_the_executed_make_no_second_claim():
    text = ("نفذت السلطات السعودية اليوم الثلاثاء حكم الإعدام بحق خمسة مدانين بتهريب المخدرات في منطقة الجوف.\n\n"
            "ومن بين من أُعدموا فهد العنزي وماجد الشمري، بحسب ما ذكرته عائلتاهما.")
    assert facts(text, DAY) == [("executed", 5, "2019-04-23", "2019-04-23", "event")]


def test_one_named_among_the_executed_makes_no_second_claim():
    text = ("أعدمت السلطات العراقية اليوم الثلاثاء 11 مداناً بالإرهاب في سجن الناصرية.\n\n"
            "ومن بين الذين أُعدموا عامر الجبوري، وفق مصدر أمني.")
    assert facts(text, DAY) == [("executed", 11, "2019-04-23", "2019-04-23", "event")]

