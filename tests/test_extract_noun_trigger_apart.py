"""Kind: an execution noun whose people are told after something set between them: a place closed
by its place noun ("the execution in the northern Gilan province of two men") or a copula after the
noun phrase ("the latest hangings, reported on Monday, were of three Afghan nationals").

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2025, 2, 14))   # a Friday


def test_a_place_between_the_noun_and_its_people():
    assert facts("On Wednesday the agency announced the execution in the northern Gilan province of two men "
                 "convicted of murder.") == [("executed", 2, "2025-02-12", "2025-02-12")]


def test_the_people_after_a_copula():
    assert facts("Iran has hanged 90 people since January, a rights group said. The latest hangings, reported on "
                 "Monday, were of three Afghan nationals.") == [
        ("executed", 3, "2025-02-10", "2025-02-10"), ("executed", 90, "2025-01-01", "2025-02-14")]


def test_a_year_after_the_noun_is_no_place():
    # "in the first half of 2024": a span, not a place; the year is no count of people
    assert facts("Most of the executions in the first half of 2024 were of Afghan nationals.") == []
