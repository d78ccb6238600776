"""Arabic: "بينها" (among them, of executions: the feminine plural) opens a part of the figure just told
as "منها" does: "بلغ عدد الإعدامات منذ مطلع العام 212، بينها 97 في قضايا مخدرات" (vocab-ar
breakdown_markers). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 9, 3)


def test_a_part_after_the_feminine_among_them():
    text = "وبحسب إحصاء لوكالة الأنباء، بلغ عدد الإعدامات منذ مطلع العام 212، بينها 97 في قضايا مخدرات."
    assert sorted(facts(text, DAY)) == [("executed", 97, "2024-01-01", "2024-09-03"),
                                        ("executed", 212, "2024-01-01", "2024-09-03")]
