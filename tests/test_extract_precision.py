"""Precision rules: dates of the offence, world figures, anchored shifts and ordinals.
Every sentence here is invented (published on a Thursday)."""
from datetime import date

import pytest

from claim_rows import claim_reader

THURSDAY = date(2024, 3, 14)


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=THURSDAY)


@pytest.mark.parametrize("text, expected", [
    ("Iraq on Tuesday hanged a man over a 2016 bombing in Basra.",
     ("executed", "IQ", 1, "2024-03-12", "2024-03-12", "event")),
    ("Iran on Monday executed a man for a murder committed in 2019.",
     ("executed", "IR", 1, "2024-03-11", "2024-03-11", "event")),
    ("A farmer arrested in 2021 was hanged in Qom prison on Wednesday.",
     ("executed", "IR", 1, "2024-03-13", "2024-03-13", "event")),
])
def test_a_date_of_the_offence_or_arrest_does_not_date_the_execution(text, expected):
    assert facts(text) == [expected]


def test_a_year_that_dates_the_execution_still_does():
    assert facts("Two prisoners convicted of drug offences were hanged in Yazd in 2022.") == [
        ("executed", "IR", 2, "2022-01-01", "2022-12-31", "aggregate")]


@pytest.mark.parametrize("text", [
    "Amnesty recorded 1,630 executions in 17 countries in 2023.",
    "At least 900 executions were carried out worldwide last year.",
])
def test_a_world_figure_is_no_country_claim(text):
    assert facts(text) == []


def test_a_country_named_before_a_world_comparison_keeps_its_figure():
    got = facts("Iran carried out 834 executions in 2023, more than any other country in the world.")
    assert ("executed", "IR", 834, "2023-01-01", "2023-12-31", "aggregate") in got


@pytest.mark.parametrize("text, expected", [
    ("Two men were hanged in Karaj on 10 March. A week earlier, three men were hanged in Arak.",
     ("executed", "IR", 3, "2024-03-03", "2024-03-03", "event")),
    ("Two men were hanged in Karaj on 10 March. Three days before that, a woman was hanged in Arak.",
     ("executed", "IR", 1, "2024-03-07", "2024-03-07", "event")),
    ("A man was hanged in Karaj on 5 March. Two days later, a woman was hanged in Arak.",
     ("executed", "IR", 1, "2024-03-07", "2024-03-07", "event")),
])
def test_a_shift_from_the_day_named_before(text, expected):
    assert expected in facts(text)


def test_an_ordinal_since_a_day_runs_to_the_execution_it_counts():
    got = facts("Mahin Rigi was hanged in Zahedan prison on Tuesday. She is the fifth Baluch woman hanged "
                "since the start of Nowruz on 20 March.", published=date(2024, 4, 4))
    assert ("executed", "IR", 5, "2024-03-20", "2024-04-02", "aggregate") in got


def test_a_name_with_age_and_origin_in_apposition_is_one_execution():
    got = facts("Hamid Saberi, 41, from Ilam, was hanged in Ilam Prison yesterday, Wednesday 13 March.")
    assert got == [("executed", "IR", 1, "2024-03-13", "2024-03-13", "event")]


@pytest.mark.parametrize("follow_up", [
    "The three hangings were not announced by state media.",
    "None of the three executions was reported officially until Thursday.",
])
def test_a_definite_reference_back_is_no_new_claim(follow_up):
    got = facts("Two men were hanged in Karaj on Monday. A woman was hanged in Arak on Tuesday. " + follow_up)
    assert got == [("executed", "IR", 1, "2024-03-12", "2024-03-12", "event"),
                   ("executed", "IR", 2, "2024-03-11", "2024-03-11", "event")]


def test_a_definite_count_nobody_told_before_is_a_claim():
    got = facts("Rights groups said the four prisoners were hanged in Qom on Monday.")
    assert got == [("executed", "IR", 4, "2024-03-11", "2024-03-11", "event")]
