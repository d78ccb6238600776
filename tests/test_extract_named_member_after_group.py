"""A wire lead counts a group hanged on one day; a later paragraph tells one of them by name, with no
day of their own ("A Bahraini man, X, was put to death for killing a policeman"). That person is one
of the group, their name labels its incident, and no second incident is counted on the same day. A
person the report dates apart ("a day after the authorities executed X ... X was hanged on Tuesday")
stays apart. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", "period_start", "names", published=date(2019, 7, 12))


def test_a_named_person_of_the_group_is_no_second_incident():
    got = facts("MANAMA (AP) — Bahrain executed five prisoners on Thursday, the public prosecutor said.\n\n"
                "The hangings took place at Jau Prison, the prosecutor said, citing the interior ministry.\n\n"
                "A Bahraini man, Ali Hasan Saleh, was put to death for killing a police officer in a 2017 "
                "attack, the prosecutor said.")
    assert got == [(5, "event", "2019-07-11", ("Ali Hasan Saleh",))]


def test_a_person_dated_apart_stays_apart():
    got = facts("Bahrain executed five prisoners on Thursday, the prosecutor said.\n\n"
                "The hangings came a day after the authorities executed Ali Hasan Saleh. Saleh was hanged on "
                "Wednesday in Jau Prison.")
    assert (5, "event", "2019-07-11", ()) in got
    assert any(row[0] == 1 and row[3] for row in got)


def test_another_named_person_is_not_folded():
    got = facts("Bahrain executed five prisoners on Thursday, the prosecutor said.\n\n"
                "Another prisoner, Ali Hasan Saleh, was put to death in Jau Prison.")
    assert not any(row[0] == 5 and row[3] for row in got)
