"""Arabic reports: a running total told on a day ("أعلنت في 26 سبتمبر أن عدد من أعدمتهم السلطات تجاوز
ألف شخص") runs from the start of that day's year to the day, not over the one day
(period.ends_on_day_told); sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="ar")


def test_a_total_announced_on_a_day():
    text = ("قبل أن تعلن منظمة حقوقية في 14 أغسطس/آب أن عدد من أعدمتهم السلطات الإيرانية تجاوز 700 شخص.")
    assert facts(text, date(2024, 10, 1)) == [("executed", "IR", 700, "more_than", "2024-01-01", "2024-08-14")]


def test_a_total_with_its_start_keeps_it():
    text = "وقالت المنظمة في 14 أغسطس إن عدد الإعدامات منذ مطلع يونيو بلغ 120 حالة."
    [row] = facts(text, date(2024, 10, 1))
    assert row[2:5] == (120, "exact", "2024-06-01")   # (a span since a month is not moved to the year's start)
