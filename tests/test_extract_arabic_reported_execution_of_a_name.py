"""Arabic reports: "أفادت منظمة ... بإعدام السجين X يوم ..." (reported the execution of X) is one person
executed on the day written, told by the bare noun joined to "ب" after a verb of announcing; the
same noun after a demand ("طالبت ... بإعدام X") is no execution. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_a_reported_execution_of_one_named_prisoner():
    text = ("وفي تطور آخر، أفادت منظمة حقوقية بإعدام السجين البلوشي عبد الله ريگي في سجن زاهدان المركزي يوم "
            "الأحد، بعد إدانته بتهريب المخدرات.")
    assert facts(text, date(2025, 2, 4)) == [("executed", 1, "2025-02-02", "2025-02-02")]


def test_a_demand_for_an_execution_is_no_execution():
    text = "وطالبت عائلة الضحية بإعدام المتهم عبد الله ريگي في ساحة عامة."
    assert [row for row in facts(text, date(2025, 2, 4)) if row[0] == "executed"] == []
