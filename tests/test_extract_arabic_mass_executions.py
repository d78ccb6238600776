"""Arabic reports: "N عمليات إعدام جماعية" counts occasions of many hangings each, not people
(reject.occasions); the people are counted where they are told. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 11, 6)


def test_the_count_of_mass_executions_is_no_claim():
    text = "وذكرت المنظمة أن سلطات السجن نفذت ثلاث عمليات إعدام جماعية في سجن الناصرية خلال تشرين الأول/أكتوبر."
    assert facts(text, DAY) == []


def test_plural_executions_called_mass():
    text = "ونفذت السلطات العراقية 5 إعدامات جماعية منذ مطلع العام في سجن الحوت."
    assert facts(text, DAY) == []


def test_the_people_of_one_of_them_still_count():
    text = ("وقالت المنظمة إن إدارة السجن نفذت عمليتي إعدام جماعيتين وأربع عمليات إعدام جماعية أخرى خلال الشهر الماضي، "
            "كانت أكبرها في السابع منه، حين أُعدم 17 سجيناً فجراً في سجن الناصرية.")
    assert facts(text, DAY) == [("executed", "IQ", 17, "2024-10-07", "2024-10-07")]


def test_executions_not_called_mass_are_still_counted():
    text = "ونفذت السلطات العراقية 14 عملية إعدام في سجن الحوت خلال تشرين الأول/أكتوبر."
    assert facts(text, DAY) == [("executed", "IQ", 14, "2024-10-01", "2024-10-31")]
