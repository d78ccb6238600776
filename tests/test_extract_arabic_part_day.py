"""Arabic monitors' copy: a day told after a breakdown word and a count of its own ("أُعدم خلال الشهر
عشرة سجناء، بينهم أربعة سجناء أُعدموا في السابع من مايو") dates that part, not the month's figure before it.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")


def test_the_part_keeps_its_day_and_the_whole_its_month():
    text = ("وثقت المنظمة إعدام ما لا يقل عن 150 شخصاً في إيران خلال شهر مايو 2024. وأُعدم خلال الشهر عشرة "
            "سجناء أكراد على الأقل، بينهم أربعة سجناء أُعدموا في السابع من مايو في سجن أرومية.")
    claims = facts(text, date(2024, 6, 3))
    assert ("executed", "IR", 10, "2024-05-01", "2024-05-31", "aggregate") in claims
    assert ("executed", "IR", 4, "2024-05-07", "2024-05-07", "event") in claims
    assert not [c for c in claims if c[2] == 10 and c[3] == "2024-05-07"]
