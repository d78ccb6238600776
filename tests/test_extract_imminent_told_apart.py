"""Imminent executions of a named group whose people are then warned of one by one, each on a day
of their own (a transfer and a date set for one, the family called to the prison for a final visit
for the other): one claim per person on their own day, not a group claim beside them. The family
summoned for a last visit is a warning of an imminent execution, dated the day it was told. A group
whose people are all told on its own day stays one claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "names", published=date(2024, 5, 4),
                     where={"event": "imminent"})


def test_group_warned_of_then_each_on_a_day_of_their_own():
    text = ("Two Baluch prisoners, Hamid Rigi and Omid Narouei, are at imminent risk of execution, the group warned.\n\n"
            "Hamid Rigi was moved to solitary confinement in Zahedan Central Prison on Friday, and his execution "
            "is scheduled for Sunday. On Thursday, the family of Omid Narouei was told to come to the prison next "
            "week for what may be a final visit.")
    assert facts(text) == [(1, "2024-05-02", "2024-05-02", ("Omid Narouei",)),
                           (1, "2024-05-05", "2024-05-05", ("Hamid Rigi",))]


def test_group_from_a_town_then_named():
    text = ("Two Kurdish prisoners from Baneh, Hamid Rigi and Omid Narouei, are at imminent risk of execution. "
            "Hamid Rigi was transferred to solitary confinement on Friday. The family of Omid Narouei was "
            "summoned to Urmia Central Prison on Thursday for a last meeting with him.")
    assert facts(text) == [(1, "2024-05-02", "2024-05-02", ("Omid Narouei",)),
                           (1, "2024-05-03", "2024-05-03", ("Hamid Rigi",))]


def test_family_called_for_a_final_visit_alone():
    text = ("On Friday, the family of Saman Karimi, a Kurdish prisoner held in Qezelhesar, was told to come to "
            "the prison for a final visit.")
    assert facts(text) == [(1, "2024-05-03", "2024-05-03", ("Saman Karimi",))]


def test_group_whose_one_member_is_told_again_stays_a_group():
    text = ("Two Baluch prisoners, Hamid Rigi and Omid Narouei, are at imminent risk of execution. Their "
            "executions are scheduled for Sunday. Hamid Rigi was moved to solitary confinement on Friday.")
    rows = facts(text)
    assert (2, "2024-05-05", "2024-05-05", ("Hamid Rigi", "Omid Narouei")) in rows
    assert len(rows) <= 2


def test_a_visit_with_no_final_or_last_is_no_warning():
    text = "The family of Saman Karimi was told to come to the prison next month to collect his belongings."
    assert facts(text) == []
