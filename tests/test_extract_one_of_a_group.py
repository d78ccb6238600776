""""A 16-year-old was one of seven prisoners hanged last week in Qezel Hesar": the person described
is a member of the group the sentence counts; the group is the claim (an incident of its week),
not one person. "One of the two men" still points back at a group already counted."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2023, 9, 14))


def test_member_described_then_the_group_counted():
    rows = facts("A 16-year-old Baluch youth was one of seven prisoners hanged last week in Qezel Hesar "
                 "Prison, the group said.")
    assert rows == [(7, "2023-09-04", "2023-09-10", "event")]


def test_one_of_a_group_already_counted_adds_nothing():
    rows = facts("Two men were hanged in Tabriz Central Prison on Tuesday. One of the two men was a "
                 "former teacher.")
    assert rows == [(2, "2023-09-12", "2023-09-12", "event")]
