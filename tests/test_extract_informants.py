"""The people a report quotes are its sources, never the people it tells about: a speaker joined
by "and" to another one, and a part of the sources ("two of the sources said ..."), count nobody
executed. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", published=date(2025, 3, 4))


def test_two_speakers_joined_by_and_are_no_second_incident():
    got = facts("Authorities hanged six men convicted of armed robbery at the central prison on Monday, "
                "a judicial official and a lawyer for two of the men told the agency.")
    assert got == [("executed", 6, "event")]


def test_a_speaker_then_others_joined_by_and():
    got = facts("Two men were executed in Qom on Sunday, a prison official and two relatives said.")
    assert got == [("executed", 2, "event")]


def test_a_part_of_the_sources_is_no_part_of_the_executed():
    got = facts("The group recorded 40 executions across the country in February, its sources said. "
                "Two of the sources said all those executed were men.")
    assert got == [("executed", 40, "aggregate")]


def test_a_part_of_those_executed_still_counts():
    got = facts("The group recorded 40 executions in February. Three of those executed were women.")
    assert got == [("executed", 3, "aggregate"), ("executed", 40, "aggregate")]
