"""A country's adjective before a body of its state ("Nigerian courts", "Kuwaiti authorities") names
where a figure was counted, as the country's name does; the same adjective before a person ("two
Kuwaiti nationals") still tells who, not where. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", published=date(2016, 4, 6))
LEAD = "Death sentences rose sharply in 2015, the group said in its annual global review.\n\n"


def test_courts_of_a_country_named_by_its_adjective():
    got = facts(LEAD + "Egyptian courts sentenced at least 300 people to death last year, while Nigerian courts "
                "imposed at least 170 death sentences.")
    assert ("sentenced", "EG", 300) in got
    assert ("sentenced", "NG", 170) in got


def test_a_nationality_before_a_person_is_no_place():
    got = facts("Saudi Arabia executed three Jordanian nationals on Monday for drug smuggling, the ministry said.")
    assert got == [("executed", "SA", 3)]
