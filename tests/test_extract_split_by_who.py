"""A sentence that opens on the split of an incident just told ("They included three Afghans and
a Pakistani", "Among them were two women") says who its people were: no part is an incident of its
own, unless the part has a day of its own ("Among them were four men hanged on Monday"). Every
sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", published=date(2024, 2, 9), where={"kind": "event"})


def test_parts_by_nationality_after_they_included_make_no_incident():
    got = facts("Bahrain on Thursday executed six men convicted of drug smuggling. They included three "
                "Pakistanis, two Indians and a Bahraini, and had all been held in Jau prison.")
    assert got == [(6, "event")]


def test_parts_after_among_them_were_make_no_incident():
    got = facts("Nine prisoners were hanged in Zahedan Central Prison on Wednesday. Among them were two women "
                "and four Baluch men convicted of drug offences.")
    assert got == [(9, "event")]


def test_a_part_with_a_day_of_its_own_stays_an_incident():
    got = facts("Nine prisoners were hanged this week in Zahedan Central Prison. Among them were four Baluch "
                "men hanged on Monday.")
    assert (4, "event") in got
