"""Precision rules about when a figure happened, not when it was told: the day a report was
said, the year of the unrest a charge belongs to, a scheduled date after a transfer, a follow-up
anchored to the day before. Every sentence here is invented (published on a Thursday)."""
from datetime import date

import pytest

from claim_rows import claim_reader

THURSDAY = date(2024, 3, 14)


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=THURSDAY)


@pytest.mark.parametrize("text, expected", [
    # a breakdown keeps its figure's period, not the day the figure was announced
    ("At least 600 people were executed in Iran last year, including 22 women, the rapporteur said on Monday.",
     ("executed", "IR", 22, "2023-01-01", "2023-12-31", "aggregate")),
    # the day the lawyer spoke yields to the day the follow-up names
    ("A court in Tabriz has sentenced a man to death for espionage, his lawyer told reporters on Wednesday. "
     "The verdict was read to him in prison on Sunday.",
     ("sentenced", "IR", 1, "2024-03-10", "2024-03-10", "event")),
    # "the day before" in a follow-up resolves against the day just named
    ("A woman has been sentenced to death in Ahvaz, his family announced on 12 March. "
     "The verdict had been issued the day before.",
     ("sentenced", "IR", 1, "2024-03-11", "2024-03-11", "event")),
])
def test_the_day_a_figure_was_told_does_not_date_it(text, expected):
    assert expected in facts(text)


def test_a_day_named_as_the_event_still_dates_it():
    assert facts("Three men were hanged in Arak on Monday, a local rights group said.") == [
        ("executed", "IR", 3, "2024-03-11", "2024-03-11", "event")]


@pytest.mark.parametrize("text, expected", [
    ("Iran on Wednesday hanged a man convicted of wounding a guard during the protests of 2022.",
     ("executed", "IR", 1, "2024-03-13", "2024-03-13", "event")),
    ("Iraq on Tuesday executed a man over the unrest in 2019, officials said.",
     ("executed", "IQ", 1, "2024-03-12", "2024-03-12", "event")),
])
def test_the_year_of_the_unrest_does_not_date_the_execution(text, expected):
    assert facts(text) == [expected]


@pytest.mark.parametrize("text, day", [
    ("Two prisoners were moved to solitary confinement on Tuesday and told their sentences would be carried out "
     "on Saturday.", "2024-03-16"),
    ("Two prisoners in Karaj were transferred to solitary confinement on Monday. Relatives were told the hanging "
     "is set for Sunday.", "2024-03-17"),
])
def test_an_imminent_execution_takes_its_scheduled_day(text, day):
    got = [f for f in facts(text) if f[0] == "imminent"]
    assert got and got[0][3] == day and got[0][4] == day


def test_a_definite_count_of_the_incidents_told_is_no_new_claim():
    got = facts("On Monday, three prisoners were hanged in Zahedan prison. They were named in local media. "
                "On the same day, a man was executed in Birjand prison. He had been convicted of murder. "
                "Rights groups say the minority is over-represented. None of the four executions was announced.")
    assert [f[2] for f in got] == [1, 3]


def test_the_year_of_a_figure_compared_with_does_not_date_the_next_statistic():
    got = facts("In 2023, Amnesty recorded 1,000 executions in 16 countries. Iran carried out at least 800 "
                "executions, up from at least 600 in 2022. Saudi Arabia executed at least 170 people.")
    assert ("executed", "SA", 170, "2023-01-01", "2023-12-31", "aggregate") in got
