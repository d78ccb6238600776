"""Names set off after a group whose noun is led by another plural noun ("three Baluch prisoners,
A, 31, B, 26, and C, were ...") are the group's people: they label its one claim and make no
incident of their own. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", "names", published=date(2025, 3, 4))


def test_names_with_ages_after_an_ethnic_group_label_it():
    got = facts("Three Baluch prisoners, Karim Naroui, 30, Hamid Shahbakhsh, 25, and Omid Dehvari, were "
                "transferred to solitary confinement in Zahedan Central Prison on Sunday ahead of their execution.")
    assert got == [("imminent", 3, "event", ("Karim Naroui", "Hamid Shahbakhsh", "Omid Dehvari"))]


def test_two_names_with_ages_after_a_group_of_kurds():
    got = facts("Two Kurds prisoners, Aram Karimi, 41, and Soran Ahmadi, 36, were hanged in Urmia Central "
                "Prison on Sunday.")
    assert got == [("executed", 2, "event", ("Aram Karimi", "Soran Ahmadi"))]


def test_a_plural_noun_before_another_counts_the_second():
    got = facts("Two women prisoners were hanged in Qarchak Prison on Sunday.")
    assert got == [("executed", 2, "event", ())]


def test_a_named_undated_group_whose_members_are_dated_one_by_one_is_their_headline():
    got = facts("Three Kurdish prisoners, Aram Karimi, Soran Ahmadi and Hiwa Rahimi, have been executed in "
                "Urmia and Salmas.\n\nAram Karimi was hanged in Urmia Central Prison on Saturday, March 1.\n\n"
                "On Sunday, March 2, Soran Ahmadi and Hiwa Rahimi were executed in Salmas prison.")
    assert ("executed", 1, "event", ("Aram Karimi",)) in got
    assert ("executed", 2, "event", ("Soran Ahmadi", "Hiwa Rahimi")) in got
    assert not [g for g in got if g[1] == 3]


def test_one_member_dated_leaves_the_group_one_claim():
    got = facts("Three Kurdish prisoners, Aram Karimi, Soran Ahmadi and Hiwa Rahimi, were executed in Urmia "
                "Central Prison on Monday. Aram Karimi was hanged at dawn on Monday, March 3, his family said.")
    assert got == [("executed", 3, "event", ("Aram Karimi", "Soran Ahmadi", "Hiwa Rahimi"))]
