"""Phrasing families met in reports the rules were not tuned on; every sentence here is invented."""
from datetime import date

import pytest

from extract import extract_report
from extract.dates import find_dates


def facts(text, published):
    return sorted((c.event, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published))


def period(expression, published):
    found = [m for m in find_dates(expression, published) if not m.dateline]
    assert found, f"no date found in {expression!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("expression, published, start, end", [
    ("in the Iranian month of Ordibehesht", date(2024, 6, 2), date(2024, 4, 21), date(2024, 5, 21)),
    ("during the month of Dey", date(2024, 2, 1), date(2023, 12, 22), date(2024, 1, 20)),
    ("in the Persian year 1401", date(2023, 4, 1), date(2022, 3, 21), date(2023, 3, 20)),
    ("in Bahman 1402", date(2024, 3, 1), date(2024, 1, 21), date(2024, 2, 19)),
    ("(1 April 2022 to 31 March 2023)", date(2023, 5, 1), date(2022, 4, 1), date(2023, 3, 31)),
    ("since the uprising began in October 2019", date(2020, 2, 10), date(2019, 10, 1), date(2020, 2, 10)),
    ("on the last day of the year", date(2021, 1, 4), date(2020, 12, 31), date(2020, 12, 31)),
    ("told he would be hanged on Friday", date(2024, 5, 14), date(2024, 5, 17), date(2024, 5, 17)),
])
def test_spans_and_calendars(expression, published, start, end):
    assert period(expression, published) == (start, end)


def test_comparison_date_does_not_take_over_the_period():
    pub = date(2022, 3, 1)
    assert facts("The monitor logged at least 212 hangings in 2021, the most since 2013.", pub) == [
        ("executed", 212, "2021-01-01", "2021-12-31", "aggregate")]
    assert facts("In 2020 the group counted 98 executions, a slight rise on 2019.", pub) == [
        ("executed", 98, "2020-01-01", "2020-12-31", "aggregate")]


def test_a_compared_date_with_its_own_clause_keeps_its_claim():
    got = facts("That is twice as many as in March 2019, when 30 prisoners were hanged.", date(2020, 4, 2))
    assert ("executed", 30, "2019-03-01", "2019-03-31", "aggregate") in got


def test_breakdown_after_a_lead_in_takes_the_statistic_period():
    text = ("The group counted 410 executions in 2020. Of those executed last year, 37 had been convicted "
            "of murder, a sharp increase after the courts changed policy in late 2018.")
    got = facts(text, date(2021, 2, 3))
    assert ("executed", 37, "2020-01-01", "2020-12-31", "aggregate") in got


def test_during_the_year_is_the_year_of_the_review():
    got = facts("The group counted some 300 drug-related executions during the year.", date(2024, 1, 9))
    assert got == [("executed", 300, "2023-01-01", "2023-12-31", "aggregate")]
