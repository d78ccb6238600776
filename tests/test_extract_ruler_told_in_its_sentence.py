"""A figure "under" a ruler whose coming to power its own sentence tells: "at least 40 executions under
the king, who ascended the throne in March 2015" runs from that month to the report's day, never an
incident of the report's day (session 16). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_a_ruler_who_became_leader_in_the_counts_own_sentence_dates_its_span():
    got = facts("The group counted at least 40 public executions under Mr Park, who became leader in June 2016.",
                date(2022, 3, 1))
    assert got == [("executed", "IR", 40, "2016-06-01", "2022-03-01", "aggregate")]
