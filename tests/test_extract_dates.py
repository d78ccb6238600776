"""Periods resolved against the report's publication date, never the clock."""
from datetime import date

import pytest

from extract import extract_report
from extract.dates import find_dates

PUB = date(2025, 9, 23)  # a Tuesday


def period(expression, published=PUB):
    found = [m for m in find_dates(expression, published) if not m.dateline]
    assert found, f"no date found in {expression!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("expression, start, end", [
    ("on Tuesday", date(2025, 9, 23), date(2025, 9, 23)),
    ("on Saturday", date(2025, 9, 20), date(2025, 9, 20)),
    ("last week", date(2025, 9, 15), date(2025, 9, 21)),
    ("in the past week", date(2025, 9, 16), date(2025, 9, 22)),
    ("over the past nine months", date(2024, 12, 23), date(2025, 9, 23)),
    ("in the past ten days", date(2025, 9, 14), date(2025, 9, 23)),
    ("in March", date(2025, 3, 1), date(2025, 3, 31)),
    ("in November", date(2024, 11, 1), date(2024, 11, 30)),
    ("in March 2019", date(2019, 3, 1), date(2019, 3, 31)),
    ("in 2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("since the start of the year", date(2025, 1, 1), PUB),
    ("so far this year", date(2025, 1, 1), PUB),
    ("between January and August", date(2025, 1, 1), date(2025, 8, 31)),
    ("between 3 February 2023 and 9 May 2024", date(2023, 2, 3), date(2024, 5, 9)),
    ("since 14 July", date(2025, 7, 14), PUB),
    ("in the first half of 2024", date(2024, 1, 1), date(2024, 6, 30)),
    ("in the first eight months of the year", date(2025, 1, 1), date(2025, 8, 31)),
    ("yesterday", date(2025, 9, 22), date(2025, 9, 22)),
    ("on 4-5 August", date(2025, 8, 4), date(2025, 8, 5)),
    ("last month", date(2025, 8, 1), date(2025, 8, 31)),
    ("last year", date(2024, 1, 1), date(2024, 12, 31)),
    ("over the weekend", date(2025, 9, 20), date(2025, 9, 21)),
])
def test_period_resolution(expression, start, end):
    assert period(expression) == (start, end)


def test_weekday_looking_ahead_is_the_next_one():
    assert period("they are scheduled to be hanged on Thursday") == (date(2025, 9, 25), date(2025, 9, 25))


def test_month_day_late_in_year_belongs_to_previous_year():
    assert period("on December 30", date(2026, 1, 3)) == (date(2025, 12, 30), date(2025, 12, 30))


def test_dateline_is_not_an_event_date():
    found = find_dates("Rights Watch, March 3: two men were hanged", date(2024, 3, 3))
    assert [m.dateline for m in found] == [True]


def test_without_a_publication_date_relative_periods_are_null():
    claims = extract_report("Nine prisoners were hanged in Mashhad on Wednesday.", None)
    assert [(c.count, c.period_start, c.period_end) for c in claims] == [(9, None, None)]


def test_explicit_years_survive_a_missing_publication_date():
    claims = extract_report("At least 310 people were executed in 2019, the report said.", None)
    assert [(c.count, c.period_start, c.period_end) for c in claims] == [(310, date(2019, 1, 1), date(2019, 12, 31))]


def test_clock_is_never_consulted():
    a = extract_report("Five men were hanged in Arak yesterday.", date(2011, 5, 4))
    assert (a[0].period_start, a[0].kind) == (date(2011, 5, 3), "event")
