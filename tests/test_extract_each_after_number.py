"""A figure each of several places had, with "each" after the number ("Ohio, Utah and Idaho tied for
third with two executions each"): a claim per place, as with "each" before it. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", "location", published=date(2023, 12, 20),
                     where={"kind": "aggregate", "event": "executed"})
LEAD = "WASHINGTON (AP) - The United States carried out 24 executions in 2023, a year-end report said.\n\n"


def test_each_after_the_number_and_its_noun():
    got = facts(LEAD + "Ohio, Utah and Idaho tied for third with two executions each.")
    assert [row for row in got if row[4]] == [("US", 2, "2023-01-01", "2023-12-20", "Idaho"),
                                              ("US", 2, "2023-01-01", "2023-12-20", "Ohio"),
                                              ("US", 2, "2023-01-01", "2023-12-20", "Utah")]
