"""Kind: counts joined by "and" in a figure over a span ("in the past two weeks") that add up to a
total of the same event told before in the report are that total's breakdown (SCHEMA.md: a
breakdown of a statistic is a required claim), not one group told again; joined counts that add up
to no earlier total stay one group.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", "period_start", "period_end", published=date(2024, 4, 18),
                     where={"event": "executed"})


def test_joined_counts_adding_up_to_a_total_told_before_are_its_parts():
    text = ("Kuwait hanged one more man on Thursday, taking to 12 the number of people executed there in the "
            "past three weeks. Five Kuwaitis and seven Asian migrant workers have been executed in the past three weeks.")
    rows = facts(text)
    assert (12, "aggregate", "2024-03-28", "2024-04-18") in rows
    assert (5, "aggregate", "2024-03-28", "2024-04-18") in rows
    assert (7, "aggregate", "2024-03-28", "2024-04-18") in rows


def test_joined_counts_of_one_incident_stay_one_group():
    assert facts("Two men and a woman were hanged in Mashhad on Tuesday.") == [
        (3, "event", "2024-04-16", "2024-04-16")]
