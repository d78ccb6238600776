"""Arabic reports: people counted by where they come from ("ثلاثة من أبناء بلدة العوامية") are a
count of people, on sentences written for these tests; the Hijri date in brackets beside the
Gregorian one only glosses it."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")


def test_sons_of_a_town_are_people_counted():
    text = ("وفي ١٥ يناير ٢٠٢٥ (١٥ رجب ١٤٤٦هـ) أعلنت وزارة الداخلية إعدام أربعة من أبناء قرية "
            "الربيعية في محافظة القطيف.")
    assert facts(text, date(2025, 1, 16)) == [("executed", 4, "2025-01-15", "2025-01-15", "event")]


def test_residents_killed_are_no_execution():
    assert facts("وقتل خمسة من سكان الحي في اشتباكات مع قوات الأمن يوم الجمعة.", date(2025, 1, 16)) == []
