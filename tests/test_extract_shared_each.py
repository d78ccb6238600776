"""One figure given to each of several places in a year-end review ("Arizona, Ohio and Utah each carried
out two executions", "Georgia and Alabama each executed four"): a claim per place, with the statistic's
period and event, the place as the location (a state of the report's country, even one named like a
country) or, when every label is another country, that country (table.shared_each). Every sentence is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", "location", published=date(2021, 12, 16),
                     where={"kind": "aggregate", "event": "executed"})

LEAD = "WASHINGTON - The United States carried out 11 executions in 2021, a year-end report said.\n\n"


def test_each_place_gets_the_figure():
    got = facts(LEAD + "Arizona, Ohio and Utah each carried out two executions, the report said.")
    assert [f for f in got if f[4]] == [("US", 2, "2021-01-01", "2021-12-16", "Arizona"),
                                        ("US", 2, "2021-01-01", "2021-12-16", "Ohio"),
                                        ("US", 2, "2021-01-01", "2021-12-16", "Utah")]


def test_a_state_named_like_a_country_stays_a_place():
    got = facts(LEAD + "Georgia and Alabama each executed four.")
    assert {f[4] for f in got if f[4]} == {"Georgia", "Alabama"} and {f[0] for f in got} == {"US"}


def test_other_countries_each_get_their_own_claim():
    text = ("DUBAI - Saudi Arabia executed 196 people in 2022, a rights group said on Thursday.\n\n"
            "Kuwait and Bahrain each carried out seven executions in 2022.")
    got = facts(text, date(2023, 2, 2))
    assert ("KW", 7, "2022-01-01", "2022-12-31", None) in got and ("BH", 7, "2022-01-01", "2022-12-31", None) in got


def test_each_of_people_is_no_breakdown_by_place():
    text = LEAD + "Smith and Jones each spent 20 years on death row."
    assert [f for f in facts(text) if f[4]] == []
