"""A country named as a border ("near the border with Pakistan", "the Iran-Iraq border") is a
neighbour of where things happened: it makes neither the report's country nor a claim's.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "kind", published=date(2023, 3, 9))


def test_a_neighbour_named_as_a_border_in_the_lead_is_not_the_report_country():
    got = facts("A young man from Taybad was hanged in Mashhad Central Prison on Tuesday, March 7. "
                "He had been detained two years earlier near the border with Afghanistan carrying opium.")
    assert got == [("IR", 1, "event")]


def test_a_border_written_before_its_noun_is_not_a_place():
    got = facts("Two Kurdish prisoners were executed in Urmia Central Prison on Monday. Both had worked as "
                "porters carrying goods across the Iraq border before their arrest.")
    assert got == [("IR", 2, "event")]


def test_a_hyphened_pair_of_countries_before_border_names_neither():
    got = facts("A Baluch man was executed in Zahedan on Wednesday, March 8, after being arrested on the "
                "Iran-Pakistan border in 2019.")
    assert got == [("IR", 1, "event")]


def test_a_country_named_as_a_place_still_wins():
    got = facts("Pakistan hanged a man convicted of murder in Lahore on Tuesday. He had fled towards the "
                "border with Afghanistan after the killing.")
    assert got == [("PK", 1, "event")]
