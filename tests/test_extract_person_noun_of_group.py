"""Kind: a person noun that describes a body of people, "convicted of belonging to a militant group".

"a militant group", "an extremist Salafi cell", "two insurgent networks": the noun says what the
group is, it counts no person; read as "a militant" it made a phantom execution of one.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", published=date(2019, 4, 24))


def test_membership_of_a_militant_group_counts_no_one():
    assert facts("Sri Lanka hanged eight men on Tuesday for membership of a militant Islamist group.") == [
        ("executed", 8)]


def test_an_extremist_cell_counts_no_one():
    assert facts("Six men were hanged in Baghdad on Monday after being convicted of joining an extremist cell.") == [
        ("executed", 6)]


def test_a_militant_alone_is_still_a_person():
    assert facts("A militant was hanged in Nasiriyah prison on Monday.") == [("executed", 1)]
