"""Arabic reports: "بين يومي الأحد والثلاثاء" dates executions from one weekday to the other
(period.between_days), not on the first alone; sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
rules = claim_reader("rules", lang="ar")
THURSDAY = date(2025, 4, 17)


def test_between_two_weekdays_just_past():
    text = "أعلنت وزارة العدل اليوم تنفيذ حكم الإعدام بحق 14 مداناً في سجن الناصرية المركزي بين يومي الأحد والثلاثاء الماضيين."
    assert facts(text, THURSDAY) == [("executed", "IQ", 14, "2025-04-13", "2025-04-15")]
    [ids] = rules(text, THURSDAY)
    assert "period.between_days" in ids


def test_between_two_weekdays_without_the_dual_word():
    text = "وقال مصدر أمني إن السلطات أعدمت ستة مدانين في سجن الحوت بين الاثنين والأربعاء."
    assert facts(text, THURSDAY) == [("executed", "IQ", 6, "2025-04-14", "2025-04-16")]


def test_between_two_dated_days():
    text = "ونُفذ حكم الإعدام في 9 مدانين بسجن برج العرب بين يومي 3 و5 أبريل."
    assert facts(text, THURSDAY) == [("executed", "EG", 9, "2025-04-03", "2025-04-05")]


def test_between_the_start_of_one_month_and_the_end_of_another():
    # "بين مطلع ... ونهاية ...": the edges of two months bound one span, not the first month alone
    text = "وأحصت منظمة حقوقية تنفيذ 38 حكماً بالإعدام في الكويت بين مطلع فبراير ونهاية مارس 2025."
    assert facts(text, THURSDAY) == [("executed", "KW", 38, "2025-02-01", "2025-03-31")]


def test_a_month_edge_with_no_between_stays_its_month():
    text = "وأحصت منظمة حقوقية تنفيذ 12 حكماً بالإعدام في الكويت منذ مطلع فبراير، و5 أحكام في نهاية مارس 2025."
    got = facts(text, THURSDAY)
    assert ("executed", "KW", 5, "2025-03-01", "2025-03-31") in got
