"""A name joined by "and" straight after a group ("seven Baluch prisoners and Reza Karimi, a
journalist ...") is one more person, with a claim of their own, not one of the group's people (only
a comma sets a group's people off: "two prisoners, A and B"). Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", published=date(2025, 2, 20))


def test_a_name_joined_by_and_after_a_group_is_one_more_person():
    got = facts("At least 31 people were executed on security-related charges in Iran in 2024, the group said. "
                "The security-related executions included seven Baluch prisoners and Reza Karimi, a journalist "
                "abducted in Turkey in 2019 and executed on 4 May 2024.")
    assert (1, ("Reza Karimi",)) in got, got
    assert not any(count == 7 and "Reza Karimi" in names for count, names in got), got


def test_names_set_off_by_a_comma_are_the_groups_people():
    got = facts("Two prisoners, teacher Reza Karimi and farmer Ali Nouri, were hanged in Qom on Monday.")
    assert got == [(2, ("Reza Karimi", "Ali Nouri"))], got
