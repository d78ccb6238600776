"""Arabic: "الإعدامات المنفذة ... إذ بلغ عددها N" names what is counted first, then "their number
reached" and the figure: a total of executions with the period told beside it; the pronoun agrees
with what it counts ("عددها" the executions, "عددهم" those executed), and "عددهم" after people of
another kind (detainees) is no claim. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
rules = claim_reader("count", "rules", lang="ar")


def test_the_executions_then_their_number_in_a_year():
    text = "وجاء ذلك بعد عام شهد قفزة في الإعدامات المنفذة بالبلاد، إذ بلغ عددها 210 خلال عام 2019 وفق إحصاء صحفي."
    day = date(2020, 3, 1)
    assert facts(text, day) == [("executed", 210, "2019-01-01", "2019-12-31", "aggregate")]
    assert "count.total" in rules(text, day)[0][1]


def test_those_executed_then_their_number_this_year():
    text = "وتضاعف عدد المعدومين بتهم المخدرات هذا العام، إذ بلغ عددهم ٩٢ شخصاً حتى اليوم."
    assert facts(text, date(2024, 11, 20)) == [("executed", 92, "2024-01-01", "2024-11-20", "aggregate")]


def test_the_number_of_other_people_is_no_claim():
    text = "وانتقدت المنظمة الإعدامات، مشيرة إلى المعتقلين الذين بلغ عددهم 40 شاباً خلال الاحتجاجات."
    assert facts(text, date(2020, 3, 1)) == []
