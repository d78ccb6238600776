"""A name written with another form of the given name in brackets ("Gholamreza (Reza) Rasaei") is one
person's name: the execution told with it is a claim of one, named. Brackets after a group count
are no name."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "names", published=date(2024, 8, 8), where={"event": "executed"})


def test_longer_form_first():
    assert facts("On Tuesday the authorities executed Mohammadreza (Reza) Karimi, a 40-year-old Yarsan man, "
                 "in Qezelhesar Prison.") == [(1, "2024-08-06", ("Mohammadreza (Reza) Karimi",))]


def test_shorter_form_first():
    assert facts("Reza (Mohammadreza) Karimi was hanged in Qezelhesar Prison on Tuesday.") == [
        (1, "2024-08-06", ("Reza (Mohammadreza) Karimi",))]


def test_brackets_after_a_group_are_no_name():
    assert facts("Two men (both Baluch) were hanged in Zahedan on Tuesday.") == [(2, "2024-08-06", ())]
