"""A record figure told with its own year ("below the peak of 1,634 recorded in 2015", "a high of
98 reached in 1999") is a comparison: its year is never the span of the statistic the report is
about, so figures after it keep the statistic's year; and in a review of the world, a record no
country is named beside is the world's, no country's claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2021, 5, 3))

_TEXT = ("Executions recorded worldwide fell last year to the lowest level in a decade, a rights group said.\n\n"
         "It counted 500 executions in 19 countries in 2020, 60 percent below the peak of 1,400 recorded in 2016.\n\n"
         "Somalia carried out 11 executions. Kuwait executed 3 prisoners.")


def test_later_figures_keep_the_statistic_year_not_the_peak_year():
    rows = facts(_TEXT)
    assert ("SO", 11, "2020-01-01", "2020-12-31") in rows
    assert ("KW", 3, "2020-01-01", "2020-12-31") in rows


def test_world_record_is_no_country_claim():
    assert all(row[1] != 1400 for row in facts(_TEXT))


def test_a_high_reached_in_a_year_is_compared_too():
    text = ("Executions around the world rose in 2020, the monitor's annual report shows.\n\n"
            "It logged 700 executions in 20 countries in 2020, short of a high of 1,100 reached in 2015.\n\n"
            "Somalia carried out 11 executions.")
    assert ("SO", 11, "2020-01-01", "2020-12-31") in facts(text)


def test_a_record_noun_qualified_by_two_words_still_leads_its_figure():
    rows = claim_reader("country", "count", "period_start", "period_end", published=date(2024, 11, 17))
    text = ("Kuwait has executed 61 people so far in 2024, well above its earlier yearly peaks of 42 in 2022 "
            "and 37 in 2007.")
    got = rows(text)
    assert ("KW", 42, "2022-01-01", "2022-12-31") in got
    assert ("KW", 37, "2007-01-01", "2007-12-31") in got


def test_a_peak_with_words_before_at_is_a_figure_of_its_year():
    rows = claim_reader("country", "count", "period_start", "period_end", published=date(2025, 12, 15))
    text = ("Texas has carried out 12 executions so far in 2025, up from 5 in 2024. Executions in the state "
            "peaked in the late 1990s at 40 in 2000.")
    assert ("US", 40, "2000-01-01", "2000-12-31") in rows(text)
