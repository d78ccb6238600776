"""Arabic reports: death sentences issued or upheld told as a noun ("صدور أحكام بالإعدام بحق") or
with "صادق على" are sentenced claims, on sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="ar")


def test_sentences_issued_over_a_year():
    text = "ورصد التقرير صدور أحكام بالإعدام بحق 74 شخصاً على الأقل في العراق خلال عام 2023."
    assert facts(text, date(2024, 1, 20)) == [("sentenced", 74, "at_least", "2023-01-01", "2023-12-31", "aggregate")]


def test_sentences_upheld_in_a_dated_year():
    text = "وفي عام 2022 صادقت المحكمة العليا على أحكام الإعدام بحق 12 متهماً في قضايا مخدرات."
    assert facts(text, date(2023, 3, 1)) == [("sentenced", 12, "exact", "2022-01-01", "2022-12-31", "aggregate")]


def test_sentences_in_the_same_period_take_the_statistics_span():
    text = ("أعدمت السلطات الإيرانية ما لا يقل عن 900 شخص خلال عام 2024. كما وثقت المنظمة صدور أحكام "
            "بالإعدام بحق 150 شخصاً على الأقل خلال الفترة نفسها.")
    assert ("sentenced", 150, "at_least", "2024-01-01", "2024-12-31", "aggregate") in facts(text, date(2025, 1, 15))
