"""Arabic reports: "في العام السابق" after a written year is the year before that one, on sentences
written for these tests ("خلال عام 2024 ... مقارنة بـ31 في العام السابق": 2023)."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_the_previous_year_after_a_written_year_is_the_one_before_it():
    text = "وفي مصر، أعدمت السلطات ما لا يقل عن 44 شخصاً خلال عام 2021، مقارنة بـ107 أشخاص في العام السابق."
    assert facts(text, date(2022, 5, 24)) == [("executed", "EG", 44, "2021-01-01", "2021-12-31"),
                                              ("executed", "EG", 107, "2020-01-01", "2020-12-31")]


def test_the_previous_year_in_the_next_sentence():
    text = "نفذت السلطات العراقية 17 حكماً بالإعدام في عام 2022. وكانت قد أعدمت 7 أشخاص خلال السنة السابقة."
    assert ("executed", "IQ", 7, "2021-01-01", "2021-12-31") in facts(text, date(2023, 5, 16))
