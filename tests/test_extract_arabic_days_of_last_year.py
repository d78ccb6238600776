"""Arabic reports: a day and month with no year, in a sentence that said "last year" (العام الماضي)
before it, is of last year, not the occurrence nearest the report; and "شُنق" (hanged, written as its
active) tells one person. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_a_day_after_last_year_in_its_sentence():
    text = "وفي العام الماضي وحده، شُنق السجين كامران رضائي في 12 يناير في سجن قزل حصار بعد إدانته بتهمة الحرابة."
    assert facts(text, date(2025, 3, 2)) == [("executed", "IR", 1, "2024-01-12", "2024-01-12")]


def test_this_year_keeps_the_day_of_the_reports_year():
    text = "ومن بين من أُعدموا في إيران هذا العام سجين سياسي شُنق في 3 فبراير في سجن قزل حصار."
    assert ("executed", "IR", 1, "2025-02-03", "2025-02-03") in facts(text, date(2025, 3, 2))


def test_hanged_alone_is_one_person():
    text = "وقالت المنظمة إن السجين البلوشي شُنق فجر اليوم في سجن زاهدان المركزي."
    assert facts(text, date(2025, 3, 2)) == [("executed", "IR", 1, "2025-03-02", "2025-03-02")]
