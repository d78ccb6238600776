"""Counts joined by "and" before a part phrase ("A woman and a Syrian were among those hanged")
are all parts of the group told before: none is a second incident. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", published=date(2025, 3, 4))


def test_two_people_joined_before_among_those_hanged_are_parts():
    got = facts("Kuwait hanged seven people at the central prison on Wednesday. An Ethiopian woman and a "
                "Kuwaiti woman were among those hanged, along with three Kuwaiti men, a Syrian and a Pakistani.")
    assert got == [("executed", 7, "2025-02-26", "event")]


def test_two_groups_joined_before_among_them():
    got = facts("Iran hanged nine men in Karaj on Monday. Two Afghans and a Kurd were among them.")
    assert got == [("executed", 9, "2025-03-03", "event")]


def test_counts_joined_under_their_own_verbs_stay_apart():
    got = facts("Two men were hanged in Qom on Monday and a woman was hanged in Shiraz.")
    assert got == [("executed", 1, "2025-03-03", "event"), ("executed", 2, "2025-03-03", "event")]
