"""Arabic breakdowns in a list whose rows give their figure alone, the label saying who
("- الأجانب: 129", "• قضايا الإرهاب: أكثر من 50", "- باكستان: 21"): under a statistic told above,
each row is a part of it, over its period and in its country (a nationality label is who they
were, not where). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="ar")
DAY = date(2025, 3, 4)

HEAD = "أعدمت السلطات الكويتية منذ مطلع العام الجاري 40 شخصاً، وفق إحصاء أعدته منظمة حقوقية.\n\n"


def test_rows_by_nationality_are_parts_of_the_figure_above_in_its_country():
    text = HEAD + "وتوزع المعدومون على الجنسيات الآتية:\n- الهند: 12\n- مصر: 9\n- إيران: 5"
    got = facts(text, DAY)
    for n in (12, 9, 5):
        assert ("executed", "KW", n, "exact", "2025-01-01", "2025-03-04") in got
    assert not [row for row in got if row[1] in ("IN", "EG", "IR")]


def test_a_hedged_row_keeps_its_hedge():
    text = HEAD + "وجاءت أبرز الأرقام كالتالي:\n• قضايا القتل: 22\n• قضايا المخدرات: أكثر من 10"
    got = facts(text, DAY)
    assert ("executed", "KW", 22, "exact", "2025-01-01", "2025-03-04") in got
    assert ("executed", "KW", 10, "more_than", "2025-01-01", "2025-03-04") in got


def test_a_row_with_no_statistic_above_is_no_claim():
    text = "عقدت اللجنة اجتماعها السنوي.\n\n- عدد الأعضاء: 12\n- عدد الجلسات: 4"
    assert facts(text, DAY) == []


def test_a_percentage_or_a_year_row_is_no_part():
    text = HEAD + "- نسبة الأجانب: 60%\n- عام 2023: 31"
    assert facts(text, DAY) == [("executed", "KW", 40, "exact", "2025-01-01", "2025-03-04")]
