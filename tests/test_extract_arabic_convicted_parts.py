"""Arabic parts told by their conviction: "وأدين 45 من هؤلاء في قضايا تهريب مخدرات", "أُدين 41 في
قضايا مرتبطة بالمخدرات", "بينهم 31 بسبب جرائم مخدرات" under a statistic are a part of it with the
charge (SCHEMA.md: a breakdown by offence is a required claim), over its period. Sentences written
for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "offences", lang="ar")
DAY = date(2025, 6, 10)
HEAD = "أعدمت السلطات الكويتية منذ بداية العام 120 شخصاً، بحسب إحصاء لمنظمة حقوقية.\n\n"


def test_a_part_convicted_of_these():
    got = facts(HEAD + "وأدين 45 من هؤلاء الأجانب في قضايا تهريب مخدرات.", DAY)
    assert ("executed", 45, "2025-01-01", "2025-06-10", ("drug",)) in got


def test_a_part_convicted_after_its_whole():
    got = facts(HEAD + "ومن بين الأجانب الـ70، أُدين 41 في قضايا مرتبطة بالمخدرات.", DAY)
    assert ("executed", 41, "2025-01-01", "2025-06-10", ("drug",)) in got


def test_a_part_for_a_charge_after_among_them():
    got = facts("وفي مايو 2025 وحده، أعدمت السلطات 40 شخصاً، بينهم 31 بسبب جرائم مخدرات.", DAY)
    assert [row[:4] for row in got] == [("executed", 31, "2025-05-01", "2025-05-31"),
                                        ("executed", 40, "2025-05-01", "2025-05-31")]


def test_a_conviction_with_no_statistic_above_is_no_claim():
    assert facts("وأدين 12 من هؤلاء في قضايا فساد مالي.", DAY) == []
