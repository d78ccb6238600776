"""Arabic reports: how a penalty was carried out is told in the accusative ("قتلاً تعزيراً", "قتلاً
حداً"), written without its tanween as the dual verb "قتلا" (the two of them killed) is. The manner
noun makes no two people; the dual verb still does. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_killing_as_discretionary_penalty_is_no_dual():
    text = ("أعلنت الوزارة اليوم الأحد تنفيذ أحكام القتل بحق 12 مداناً. "
            "وذكر البيان أن بعض الأحكام نُفذ قتلا تعزيرا وبعضها حدا في ثلاث مناطق.")
    assert facts(text, date(2024, 3, 10)) == [("executed", "SA", 12, "2024-03-10", "2024-03-10")]


def test_killing_as_hadd_penalty_is_no_dual():
    text = ("نفذت السلطات اليوم حكم الإعدام بحق تسعة مدانين بتهريب المخدرات. "
            "وأضافت الوزارة أن بعضها نُفذ قتلا حدا للحرابة.")
    assert facts(text, date(2024, 3, 10)) == [("executed", "SA", 9, "2024-03-10", "2024-03-10")]


def test_the_dual_verb_still_counts_two():
    text = "نُفذ اليوم الثلاثاء حكم الإعدام في مدانين قتلا صاحب متجر في الدمام."
    assert facts(text, date(2024, 3, 12)) == [("executed", "SA", 2, "2024-03-12", "2024-03-12")]
