"""A change told later end first: "executions in Jordan fell to 30 from 52 in 2020", "halved, to at
least 12 from at least 25". The later end is a figure of the review's span; the earlier end is a figure
of the year written after it, or of the span a year before; and that year is never the span of the
figures after it (they stay the review's). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", published=date(2022, 5, 3))
LEAD = "The monitor documented 410 executions in 2021, it said in its yearly review.\n\n"


def test_later_end_first_with_the_earlier_year_written():
    got = facts(LEAD + "Recorded executions in Jordan fell to at least 30, from at least 52 in 2020. "
                "Sudan executed 14 people.")
    assert ("executed", "JO", 30, "at_least", "2021-01-01", "2021-12-31") in got
    assert ("executed", "JO", 52, "at_least", "2020-01-01", "2020-12-31") in got
    # the year of the earlier end is no span for the figures after it
    assert ("executed", "SD", 14, "exact", "2021-01-01", "2021-12-31") in got
    assert not any(row[4] == "2020-01-01" and row[2] in (30, 14) for row in got)


def test_later_end_first_with_no_year_is_the_year_before():
    got = facts(LEAD + "In Jordan the number of executions climbed to 11 from 6.")
    assert ("executed", "JO", 11, "exact", "2021-01-01", "2021-12-31") in got
    assert ("executed", "JO", 6, "exact", "2020-01-01", "2020-12-31") in got


def test_a_change_with_its_size_then_the_ends():
    got = facts(LEAD + "Hangings in Kuwait were halved, to at least 3 from at least 6, and those in Iraq "
                "dropped by 40 percent, to 9 from 15 the previous year.")
    assert ("executed", "KW", 3, "at_least", "2021-01-01", "2021-12-31") in got
    assert ("executed", "KW", 6, "at_least", "2020-01-01", "2020-12-31") in got
    assert ("executed", "IQ", 15, "exact", "2020-01-01", "2020-12-31") in got


def test_a_change_of_something_else_is_no_claim():
    got = facts(LEAD + "Arrests of activists rose to 120 from 80 in 2020.")
    assert not any(row[2] in (120, 80) for row in got)


def test_a_share_is_no_earlier_end():
    got = facts(LEAD + "The share of executions for drug offences rose to 40% from 25% in 2020.")
    assert not any(row[2] == 25 for row in got)
