"""Annual reviews and year-end figures: a country's bullet in a review of last year is of that
year, not of a record span ("more than in any year since 1995") nor of the day the review was
published; "after a year in which ..." is the calendar year before the report. Every report here
is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")

Y17 = ("2017-01-01", "2017-12-31")


def test_bullets_of_a_review_take_the_reviewed_year_not_a_record_span():
    text = ("A fall in the number of people put to death around the world last year brought the total to at "
            "least 993, fewer than in any year since 2006, the monitor said in its yearly report, released "
            "today.\n\nThree countries carried out most of them:\n\n"
            "- Iraq hanged at least 125 people.\n"
            "- Pakistan executed at least 60 people, the monitor said.\n")
    got = facts(text, date(2018, 4, 12))
    assert ("executed", "IQ", 125, *Y17, "aggregate") in got
    assert ("executed", "PK", 60, *Y17, "aggregate") in got
    assert not [g for g in got if g[2] == 993]


def test_a_figure_after_a_year_in_which_is_of_the_year_before_the_report():
    text = ("Bahrain executed three men on Sunday, officials said. The hangings came after a year in which "
            "the kingdom's neighbour Kuwait executed at least seven prisoners, according to a tally by "
            "rights groups.")
    got = facts(text, date(2018, 2, 4))
    assert ("executed", "KW", 7, *Y17, "aggregate") in got


def test_a_figure_following_a_year_in_which_is_of_last_year():
    got = facts("The warning was issued following a year in which Singapore hanged 13 people, the most in two "
                "decades.",
                date(2018, 1, 20))
    assert ("executed", "SG", 13, *Y17, "aggregate") in got


def test_a_figure_told_of_both_of_two_years_is_each_years():
    got = facts("Kuwait hanged two men on Monday. In both 2015 and 2016, nine people were executed in the "
                "emirate's prisons, officials said.", date(2018, 3, 5))
    assert ("executed", "KW", 9, "2015-01-01", "2015-12-31", "aggregate") in got
    assert ("executed", "KW", 9, "2016-01-01", "2016-12-31", "aggregate") in got
