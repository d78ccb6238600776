"""One person told twice, once without a name or place ("hanged a third protester on Monday") and
once named with a place ("X was hanged on Monday in Shiraz"), is one incident: a place told only
once contradicts nothing. Two different places still keep two people apart. Every sentence is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", "period_start", published=date(2023, 1, 10), where={"kind": "event"})


def test_an_unplaced_lead_and_a_placed_named_body_are_one_person():
    got = facts("The authorities on Monday hanged a third protester within a month.\n\n"
                "Arman Tavakoli, 27, was hanged at dawn on Monday in the city of Shiraz, the judiciary said.")
    assert got == [(1, ("Arman Tavakoli",), "2023-01-09")]


def test_two_places_keep_two_people():
    got = facts("A man was hanged in Qom on Monday for drug trafficking.\n\n"
                "Arman Tavakoli was hanged on Monday in Shiraz, the judiciary said.")
    assert got == [(1, (), "2023-01-09"), (1, ("Arman Tavakoli",), "2023-01-09")]
