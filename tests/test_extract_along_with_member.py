"""Kind: "among them was A, who was executed on Wednesday along with two other men".

A person named as one of an incident, and the group "along with" him, are a split of that
incident (SCHEMA.md: optional), never a second, smaller incident of the group alone.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2021, 3, 12),
                     where={"event": "executed"})


def test_group_along_with_a_named_member_adds_no_incident():
    rows = facts("Eleven prisoners were hanged in Mashhad prison on Wednesday and Thursday.\n\n"
                 "Among them was Saeed Moradi, who was executed on Thursday along with three other men.")
    assert rows == [(11, "2021-03-10", "2021-03-11")]


def test_a_person_alone_along_with_others_is_one_incident_of_them_all():
    rows = facts("Saeed Moradi was executed in Mashhad on Thursday along with three other men.")
    assert rows == [(4, "2021-03-11", "2021-03-11")]
