"""Arabic reports: an execution named "the day after" or "following" which something else happened ("غداة
تنفيذ حكم الإعدام الأحد بحق X", "عقب تنفيذ حكم الإعدام بحق X") is told as done: one person executed, on the
day written with it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_the_day_after_an_execution_names_it_as_done():
    text = ("وجاءت احتجاجات الطلاب غداة تنفيذ حكم الإعدام الأحد بحق بهروز نوري في سجن قزلحصار، بعد إدانته "
            "بالانتماء إلى جماعة معارضة.")
    assert facts(text, date(2024, 3, 12)) == [("executed", 1, "2024-03-10", "2024-03-10")]


def test_a_plea_against_an_execution_is_no_execution():
    text = "وناشدت المنظمة السلطات عدم تنفيذ حكم الإعدام بحق بهروز نوري في سجن قزلحصار."
    assert facts(text, date(2024, 3, 12)) == []
