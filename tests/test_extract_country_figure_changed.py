"""A country's figure told as a change in a review of a year: "Pakistan tripled its yearly total to 90",
"Somalia's figure nearly halved, to 12", "executions in Japan rose to 15" are that country's figures
for the review's year (a change to a number with no start of its own is no running tally when the
report names the span of its figures). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", published=date(2019, 4, 9))
LEAD = "Executions around the world fell again in 2018, the organization said in its annual global review.\n\n"


def test_an_owner_changed_its_total_to_a_number():
    got = facts(LEAD + "Pakistan tripled its yearly total to at least 90, while Belarus halved its annual tally to 4.")
    assert ("executed", "PK", 90, "at_least", "2018-01-01", "2018-12-31") in got
    assert ("executed", "BY", 4, "exact", "2018-01-01", "2018-12-31") in got


def test_a_possessive_figure_changed_after_a_comma():
    got = facts(LEAD + "Somalia's figure nearly halved, to 12.")
    assert ("executed", "SO", 12, "exact", "2018-01-01", "2018-12-31") in got


def test_executions_in_a_country_rose_to_a_number():
    got = facts(LEAD + "In Japan, recorded executions more than doubled to 15.")
    assert ("executed", "JP", 15, "exact", "2018-01-01", "2018-12-31") in got


def test_a_change_with_no_span_anywhere_is_still_no_claim():
    got = facts("Somalia's figure nearly halved, to 12, a monitor said.")
    assert got == []
