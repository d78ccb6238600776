"""Arabic reports: a transfer to solitary told with the fear it raises ("نقلت ... إلى الزنازين الانفرادية،
وسط مخاوف متزايدة من تنفيذ حكم الإعدام بحقهم") is an imminent execution of those moved, even when the
prison's own name ("إدارة السجن") stands inside the sentence; the fear of an execution, an adjective
between ("مخاوف جدية من تنفيذ"), is never an execution done; "تمهيداً لإعدامهما" is ahead of the execution
of two. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_moved_to_solitary_amid_fears_is_imminent():
    text = ("نقلت إدارة السجن، مساء السبت الماضي، ثلاثة سجناء بلوش من الجناح السابع إلى الزنازين الانفرادية، "
            "وسط مخاوف متزايدة من تنفيذ حكم الإعدام بحقهم خلال الساعات المقبلة.")
    assert facts(text, date(2025, 3, 4)) == [("imminent", 3, "2025-03-01", "2025-03-01")]


def test_a_fear_with_an_adjective_is_no_execution():
    text = "وأعربت عائلة السجين عن مخاوف جدية من تنفيذ حكم الإعدام بحق ابنها المعتقل منذ عامين."
    assert [row for row in facts(text, date(2025, 3, 4)) if row[0] == "executed"] == []


def test_ahead_of_the_execution_of_both():
    title = "نقل سجينين بلوشيين إلى الحبس الانفرادي في سجن زاهدان تمهيداً لإعدامهما"
    assert [row[:2] for row in facts("", date(2025, 3, 4), title=title)] == [("imminent", 2)]
