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


YEAR_HEAD = "وثقت منظمة حقوقية إعدام 300 شخص على الأقل في إيران خلال عام 2024.\n\n"
YEAR_END = date(2025, 2, 20)
years = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_bare_parts_after_the_way_they_were_distributed():
    # "على النحو الآتي:" then bare numbers by charge; the date of the protests, told in a relative clause,
    # is what the charge was about, not when these were executed
    text = YEAR_HEAD + ("وتوزعت الإعدامات بحسب التهم على النحو الآتي: 160 في قضايا مخدرات، و90 في قضايا قتل، "
                        "و7 على صلة بالاحتجاجات التي اندلعت في نوفمبر/تشرين الثاني 2019.")
    got = years(text, YEAR_END)
    for n in (300, 160, 90, 7):
        assert ("executed", n, "2024-01-01", "2024-12-31") in got
    assert len(got) == 4


def test_parts_by_the_kind_of_sentence_carried_out():
    # "نُفذ N إعداماً تعزيراً، وM قصاصاً، وK حداً": the bare numbers after a count of executions are parts too
    text = YEAR_HEAD + "وبحسب نوع الحكم، نُفذ 150 إعداماً قصاصاً، و120 تعزيراً، و30 حداً."
    got = years(text, YEAR_END)
    for n in (150, 120, 30):
        assert ("executed", n, "2024-01-01", "2024-12-31") in got


def test_the_day_after_protests_with_no_relative_clause_still_dates_the_execution():
    text = "أعدمت السلطات الإيرانية رجلين أدينا بالمشاركة في الاحتجاجات في 7 ديسمبر/كانون الأول 2024."
    assert years(text, YEAR_END) == [("executed", 2, "2024-12-07", "2024-12-07")]
