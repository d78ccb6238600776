"""Arabic reports: a transfer to solitary "ahead of the execution" may put the prison, its town, the
day and the people between "نقلت" and "تمهيداً لتنفيذ" (an imminent execution; the long gap). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_a_long_transfer_sentence():
    text = ("نقلت إدارة سجن أرومية المركزي في شمال غرب إيران، فجر يوم الاثنين الماضي، تسعة سجناء من "
            "الجناح العام إلى الزنازين الانفرادية تمهيداً لتنفيذ أحكام الإعدام الصادرة بحقهم.")
    assert facts(text, date(2025, 5, 8)) == [("imminent", "IR", 9, "2025-05-05", "2025-05-05")]
