"""A figure said of every year of a span ("more than 500 people in each year from 2015 to 2017")
is the figure of each of those years: one claim per year, never one claim over the whole span."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", published=date(2024, 5, 9))


def test_in_each_year_of_a_span():
    assert facts("The country hanged more than 600 prisoners in each year from 2014 to 2016.") == [
        ("executed", 600, "more_than", "2014-01-01", "2014-12-31"),
        ("executed", 600, "more_than", "2015-01-01", "2015-12-31"),
        ("executed", 600, "more_than", "2016-01-01", "2016-12-31"),
    ]


def test_in_each_of_the_years_after_the_trigger():
    assert facts("At least 250 people were executed in each of the two years to 2019, the report says.") == [
        ("executed", 250, "at_least", "2018-01-01", "2018-12-31"),
        ("executed", 250, "at_least", "2019-01-01", "2019-12-31"),
    ]


def test_a_years_own_figure_stays_one_claim():
    assert facts("The country hanged 612 prisoners in 2015.") == [("executed", 612, "exact", "2015-01-01", "2015-12-31")]
