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
