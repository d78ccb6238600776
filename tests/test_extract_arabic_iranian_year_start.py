"""Arabic reports on Iran: "منذ بداية السنة الإيرانية" (since the start of the Iranian year) opens a span at
Nowruz (1 Farvardin, about 21 March), not on 1 January; "منذ بداية العام" stays the Gregorian year.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")


def test_since_the_start_of_the_iranian_year():
    text = "وقالت المنظمة إن السلطات أعدمت ما لا يقل عن 250 سجيناً منذ بداية السنة الإيرانية الحالية."
    assert facts(text, date(2025, 7, 1)) == [(250, "2025-03-21", "2025-07-01")]


def test_since_the_start_of_the_year_is_january():
    text = "وقالت المنظمة إن السلطات أعدمت ما لا يقل عن 250 سجيناً منذ بداية العام."
    assert facts(text, date(2025, 7, 1)) == [(250, "2025-01-01", "2025-07-01")]
