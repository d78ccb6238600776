"""A sentence opening "Those executed include ..." (present tense, as "included") names members
of the group the report has already counted: its names label that incident, and make no second
one. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", published=date(2022, 9, 20))
named = claim_reader("count", "names", published=date(2022, 9, 20))


def test_names_after_those_executed_include_are_of_the_group():
    text = ("Authorities hanged nine men at dawn on Monday over a 2015 attack on a border post. "
            "Those executed include Karim Saleh Mansour, Yusuf Hamid Darwish and Tariq Anwar Fathi.")
    assert facts(text) == [(9, "event")]
    assert named(text) == [(9, ("Karim Saleh Mansour", "Yusuf Hamid Darwish", "Tariq Anwar Fathi"))]


def test_those_hanged_were_names_members_too():
    text = ("Five prisoners were hanged in Kerman on Sunday. Those hanged were Reza Karimi and Ali Nouri, "
            "rights groups said.")
    assert facts(text) == [(5, "event")]


def test_more_names_than_the_group_holds_stay_their_own():
    text = ("One man was hanged in Kerman on Sunday. Those executed include Reza Karimi and Ali Nouri, "
            "rights groups said.")
    assert (2, "event") in facts(text)
