"""Arabic executions with their number written after the noun ("ضعف الإعدامات الـ27 التي سجلتها
المنظمة طوال عام 2023"): a figure of executions of its own period; not the singular "الإعدام الـ100"
(an ordinal) nor people told of before ("المدانين الـ11"). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 5, 10)


def test_executions_then_their_number():
    text = ("قالت منظمة حقوقية إن السلطات أعدمت ما لا يقل عن 50 شخصاً خلال شهري مارس وأبريل 2024، وهو رقم "
            "يقارب ضعف الإعدامات الـ27 التي سجلتها المنظمة في البلاد طوال عام 2023.")
    got = facts(text, DAY)
    assert ("executed", 27, "2023-01-01", "2023-12-31") in got
    assert ("executed", 50, "2024-03-01", "2024-04-30") in got


def test_people_then_their_number_are_those_told_before():
    text = ("أعدمت السلطات العراقية أمس الخميس 11 مداناً في سجن الناصرية. "
            "وأوضحت الوزارة أن المدانين الـ11 أدينوا بتهم إرهاب.")
    assert facts(text, DAY) == [("executed", 11, "2024-05-09", "2024-05-09")]
