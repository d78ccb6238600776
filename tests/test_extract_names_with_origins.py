"""Names set off after a group, each with an age and a hometown ("A, 44, from Marivan, and B, 29"),
are the group's people: a hometown between them adds no one. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", "names", published=date(2025, 3, 4))


def test_names_with_ages_and_hometowns_label_the_group():
    got = facts("Two prisoners, Reza Karimi, 31, from Sanandaj, and Ali Nouri, 27, were hanged in Sanandaj "
                "Central Prison on Monday.")
    assert got == [("executed", 2, "event", ("Reza Karimi", "Ali Nouri"))]


def test_a_two_word_hometown():
    got = facts("The two other men, Kamal Rahimi, 44, from Eslamabad-e Gharb, and Yousef Amini, 29, were "
                "executed in Dizelabad Prison on Monday, their relatives said.")
    assert got == [("executed", 2, "event", ("Kamal Rahimi", "Yousef Amini"))]
