"""A world figure whose sentence names countries only as having shares of it ("with A, B and C
responsible for most of them") is no country's claim; a country's own figure told the same way
stays its own. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2020, 4, 21)
facts = claim_reader("event", "country", "count", "period_start", "period_end", published=PUB)


def test_a_total_shared_out_among_named_countries_is_nobodys():
    got = facts("The group counted 657 executions in 2019, with Iran, Saudi Arabia and "
                "Iraq accounting for the bulk of them, it said in a report released on Tuesday.")
    assert [g for g in got if g[2] == 657] == []


def test_a_rise_driven_by_one_country_is_not_that_countrys_figure():
    got = facts("Recorded executions climbed to 1,120 in 2019, a rise driven largely by Saudi Arabia, the "
                "monitor said.")
    assert [g for g in got if g[2] == 1120] == []


def test_a_country_that_accounted_for_a_number_keeps_that_number():
    got = facts("Saudi Arabia accounted for 184 of the 657 executions recorded in 2019, a record for the kingdom.")
    assert ("executed", "SA", 184, "2019-01-01", "2019-12-31") in got


def test_a_countrys_figure_with_its_share_of_the_world_is_its_own():
    text = ("Executions recorded around the world rose in 2019, the group said in its global review.\n\n"
            "Saudi Arabia drove much of the rise. Authorities there put at least 184 people to death, or 28% "
            "of all recorded executions, a 23% increase on the 149 executed in 2018.")
    got = facts(text)
    assert ("executed", "SA", 184, "2019-01-01", "2019-12-31") in got
    assert ("executed", "SA", 149, "2018-01-01", "2018-12-31") in got
