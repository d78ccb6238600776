"""A name after "under" ("executed under President X", "under Crown Prince X") is the ruler of the
time, never one of the people put to death. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", published=date(2024, 6, 3), where={"kind": "event"})


def test_a_ruler_after_under_is_no_person_executed():
    assert facts("The group said most foreigners executed under Crown Prince Faisal bin Nayef had been "
                 "convicted of drug smuggling.") == []


def test_a_president_after_under_is_no_person_executed():
    assert facts("Dozens of dissidents were hanged under President Omar Haddad, and Salim Touma was "
                 "executed on Friday.") == [(1, ("Salim Touma",))]
