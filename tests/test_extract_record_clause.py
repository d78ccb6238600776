"""Kind: one incident told twice in its own sentence, the second time as the record it sets
("..., the first time in 12 years that any state has executed three men on one day"): the count in
the record's clause is that incident's again, never a second incident."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "kind", published=date(2031, 9, 3))


def test_the_record_clause_after_an_incident_adds_no_incident():
    got = facts("Oklahoma executed three men on Tuesday, the first time in 12 years that any U.S. state "
                "has put three inmates to death on a single day.")
    assert got == [("executed", "US", 3, "2031-09-02", "event")]


def test_the_only_occasion_since_a_year_is_the_same_incident():
    got = facts("Singapore hanged two traffickers on Friday, the only occasion since 2019 that the city-state "
                "has hanged two people in one morning.")
    assert got == [("executed", "SG", 2, "2031-08-29", "event")]

