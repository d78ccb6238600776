"""A figure told of two or more years alike: "the totals for 2021 and 2020, when 27 foreigners were
hanged in each year", "almost double the figures for each of the two previous years, when 27 were
hanged" (after "in 2022"). The figure is a claim of each of those years. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2022, 11, 20))
LEAD = "KUWAIT CITY (AFP) - Kuwait hanged a man on Saturday, bringing to 52 the number executed this year.\n\n"


def test_two_years_then_in_each_year():
    got = facts(LEAD + "That is nearly double the totals for 2021 and 2020, when 27 people were hanged in each year.")
    assert (27, "2021-01-01", "2021-12-31") in got and (27, "2020-01-01", "2020-12-31") in got


def test_each_of_the_previous_years_after_a_year():
    got = facts(LEAD + "The number executed in 2022 is almost double the figures for each of the two previous "
                "years, when 27 people were hanged, according to the tally.")
    assert (27, "2021-01-01", "2021-12-31") in got and (27, "2020-01-01", "2020-12-31") in got
    assert not any(row[0] == 27 and row[1] == "2022-01-01" for row in got)


def test_one_year_named_alone_stays_one_claim():
    got = facts(LEAD + "In 2021, 27 people were hanged, according to the tally.")
    assert [row for row in got if row[0] == 27] == [(27, "2021-01-01", "2021-12-31")]
