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
