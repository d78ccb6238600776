"""A pseudo-table under a heading that also quotes an earlier year for comparison ("31 executions this
year, against 25 in 2021. By state, they break down as follows:" then "Georgia - 9" ...): each line is a
part of this year's figure, never of the compared year's (rule period.heading_not_compared). Every
sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "location", published=date(2022, 12, 20),
                     where={"kind": "aggregate", "event": "executed"})

HEADING_WITH_COMPARISON = (
    "ATLANTA - Executions rose again this year, a year-end survey found.\n\n"
    "Six states carried out 19 executions this year, compared with 11 in 2021. By state, the executions "
    "break down as follows:\n\n"
    "Georgia - 7\nArizona - 5\nOhio - 4\nUtah - 3\n\n"
    "Courts imposed 15 new death sentences.")


def test_rows_take_the_year_of_the_statistic_not_the_compared_year():
    rows = [f for f in facts(HEADING_WITH_COMPARISON) if f[3]]
    assert rows == [(3, "2022-01-01", "2022-12-20", "Utah"), (4, "2022-01-01", "2022-12-20", "Ohio"),
                    (5, "2022-01-01", "2022-12-20", "Arizona"), (7, "2022-01-01", "2022-12-20", "Georgia")]


def test_the_compared_figure_keeps_its_own_year():
    assert (11, "2021-01-01", "2021-12-31", None) in facts(HEADING_WITH_COMPARISON)


def test_a_heading_that_names_only_an_earlier_year_still_dates_the_rows_by_it():
    text = ("A review of 2019 by the state's prisons office was published on Tuesday.\n\n"
            "Executions in 2019, by prison:\n\n"
            "Central Prison - 6\nNorth Prison - 4\nEast Prison - 2")
    got = [f for f in facts(text) if f[3]]
    assert got and {(f[1], f[2]) for f in got} == {("2019-01-01", "2019-12-31")}, got
