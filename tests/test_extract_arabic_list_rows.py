"""Arabic monthly reports in a list of labelled rows ("- النساء: ...", "- السجناء السياسيون: ..."): two
rows are two facts even with the same figure, and a part joined by "و" to a part told just before it
("3 منهن في قضايا مخدرات و5 بتهمة القتل") is a part too. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2025, 6, 2)


def test_two_rows_with_the_same_figure_are_two_claims():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 150 سجيناً أُعدموا في إيران خلال شهر مايو 2025.\n\n"
            "أبرز ما ورد في التقرير:\n"
            "- السجناء البلوش: أُعدم ما لا يقل عن 12 سجيناً بلوشياً.\n"
            "- النساء: أُعدمت 12 امرأة على الأقل.")
    got = facts(text, DAY)
    assert got.count(("executed", 12, "2025-05-01", "2025-05-31")) == 2


def test_a_part_joined_to_a_part_told_before_it():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 150 سجيناً أُعدموا في إيران خلال شهر مايو 2025.\n\n"
            "- النساء: أُعدمت 9 نساء على الأقل، 4 منهن في قضايا مخدرات و5 بتهمة القتل العمد.")
    got = facts(text, DAY)
    assert ("executed", 4, "2025-05-01", "2025-05-31") in got
    assert ("executed", 5, "2025-05-01", "2025-05-31") in got


def test_the_same_figure_told_twice_in_prose_is_one_claim():
    text = ("أعدمت السلطات السعودية اليوم الاثنين سبعة مدانين بتهريب المخدرات في تبوك.\n\n"
            "وأوضحت وزارة الداخلية أن المدانين السبعة أُعدموا بعد استنفاد درجات التقاضي.")
    assert facts(text, DAY) == [("executed", 7, "2025-06-02", "2025-06-02")]
