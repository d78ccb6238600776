"""Kind: two incidents in one sentence, "two men were shot in X on 3 May, and a third was executed in Y
two days later".

The singular verb after ", and a third" is that one person's, never the verb of the several told
before it: reading "two men ... was executed" made one phantom incident of two on the wrong day
and place. A verb that serves a plural and a singular subject together ("had been moved") still
serves both.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "location", published=date(2024, 6, 1), where={"event": "executed"})


def test_a_singular_verb_after_and_is_not_the_verb_of_the_group_before():
    rows = facts("Two men were flogged in a stadium in Kandahar on 3 May, and a prisoner was executed in "
                 "Herat two days later.")
    assert rows == [(1, "2024-05-05", "Herat")]


def test_two_incidents_joined_by_and_keep_their_own_counts():
    rows = facts("Two men were hanged in Qom on Monday, and a woman was executed in Shiraz on Tuesday.")
    assert [count for count, _, _ in rows] == [1, 2]


def test_a_compound_subject_keeps_its_verb():
    rows = facts("Three prisoners in Karaj and one prisoner from Tehran had been hanged on Monday, the group said.")
    assert [count for count, _, _ in rows] == [4]
