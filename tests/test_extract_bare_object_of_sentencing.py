"""Kind: a group told before, counted again by its number alone as the object of a verb of
sentencing ("the court sentenced all three to death", "upheld the death sentences of the two"): the
people of that verdict, one claim of that many; a second verdict on another day is a claim of its own.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2024, 11, 22))


def test_all_three_sentenced_in_a_month():
    assert facts("Our brothers were arrested in Bushehr in 2021. In May 2023 a revolutionary court sentenced "
                 "all three to death after a trial of twenty minutes.") == [("sentenced", 3, "2023-05-01", "2023-05-31")]


def test_the_verdict_and_its_upholding_are_two_facts():
    assert facts("In May 2023 a revolutionary court sentenced the four to death. Last week the Supreme Court "
                 "upheld the death sentences of all four.") == [
        ("sentenced", 4, "2023-05-01", "2023-05-31"), ("sentenced", 4, "2024-11-11", "2024-11-17")]


def test_a_prison_term_of_the_group_is_none():
    assert facts("In May 2023 a revolutionary court sentenced all three to ten years in prison.") == []
