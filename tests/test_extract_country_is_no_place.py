"""A country or a continent named after "in" ("in Nigeria", "in the United States", "in the
Americas") is where a claim's country comes from, never the prison or town that makes an undated
count one incident: a yearly review's country figures told without a date are not incidents on
the day of publication. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", published=date(2019, 4, 10),
                     where={"kind": "event"})
located = claim_reader("country", "count", "location", "kind", published=date(2019, 4, 10))


def test_an_undated_country_figure_in_a_review_is_no_incident():
    got = facts("The group's yearly review counted fewer executions worldwide. The rise in death sentences "
                "came mostly from Vietnam, where 212 people were sentenced to death, and from new sentences "
                "in Indonesia.")
    assert got == []


def test_a_figure_told_as_in_a_country_is_no_incident():
    got = facts("In its annual review the centre said that fewer than 40 people were sentenced to death "
                "in the United States.")
    assert got == []


def test_a_continent_after_the_figure_is_no_place():
    got = facts("The US put 31 prisoners to death, and stayed the last country in the Americas to use "
                "the death penalty.")
    assert got == []


def test_a_state_is_still_a_place():
    assert located("A man was executed in Oklahoma, prison officials said.") == [("US", 1, "Oklahoma", "event")]


def test_a_dated_hanging_in_a_city_state_stays_an_incident():
    assert facts("Two men were hanged in Singapore on Friday for drug trafficking.") == [
        ("executed", "SG", 2, "event")]
