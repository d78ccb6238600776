"""Year-end reviews share a bare number out to several states with "each" after it ("Ohio and
Utah carried out two each", "..., and Idaho, Nevada and Nebraska one each"): a claim per state, over the
review's span, as with a noun before "each". A bare number before "each year" stays a rate. Every
report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", "location")

LEAD = ("Executions in the United States fell in 2018, the monitor said in its year-end review released on "
        "Monday. Twenty people were put to death in 2018.\n\n")
Y18 = ("2018-01-01", "2018-12-17")


def test_a_bare_number_each_after_a_verb_is_one_claim_per_state():
    got = facts(LEAD + "Arizona carried out six, while Ohio and Utah carried out two each.", date(2018, 12, 17))
    assert ("executed", "US", 2, *Y18, "aggregate", "Ohio") in got
    assert ("executed", "US", 2, *Y18, "aggregate", "Utah") in got


def test_a_gapped_bare_number_each_is_one_claim_per_state():
    got = facts(LEAD + "Arizona executed six prisoners, and Idaho, Nevada and Nebraska one each.", date(2018, 12, 17))
    assert sorted(g[6] for g in got if g[2] == 1) == ["Idaho", "Nebraska", "Nevada"]


def test_a_number_before_each_year_is_no_claim():
    got = facts("Saudi Arabia executed 150 people in 2018, and Kuwait 12 each year.", date(2019, 1, 10))
    assert not [g for g in got if g[2] == 12]
