"""Kind: an execution dated relative to the news, "N days after X was hanged".

The clause that "N days after" opens tells of people executed N days BEFORE the day of the news
(and "N days before" N days after it); they are their own incident on their own day, never a
second incident on the news day.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2022, 11, 19),
                     where={"event": "executed"})


def test_after_the_name_and_age_of_another_prisoner_moves_back():
    rows = facts("Malaysia on Saturday hanged a man convicted of drug trafficking at Kajang Prison.\n\n"
                 "His hanging came three days after Lim Boon Keat, 61, was executed for murder.")
    assert ("executed", 1, "2022-11-16", "2022-11-16") in rows
    assert ("executed", 1, "2022-11-19", "2022-11-19") in rows


def test_after_with_the_verb_before_the_people_moves_back_from_the_day_told():
    rows = facts("Vietnam executed two men on Thursday for drug trafficking, a week after Hanoi executed "
                 "another man on similar charges.", date(2022, 11, 19))
    assert ("executed", 1, "2022-11-10", "2022-11-10") in rows
    assert ("executed", 2, "2022-11-17", "2022-11-17") in rows


def test_before_moves_forward():
    rows = facts("Two brothers were hanged on Monday, two days before Amir Hosseini was executed "
                 "in the same prison.")
    assert ("executed", 1, "2022-11-16", "2022-11-16") in rows


def test_a_phrase_opening_the_sentence_dates_nothing():
    # the people are in the main clause, after the comma: the day is the news day, not moved
    rows = facts("Two days after the verdict was read out, Reza Karimi was hanged on Friday.")
    assert rows == [("executed", 1, "2022-11-18", "2022-11-18")]


def test_a_clause_of_another_kind_keeps_its_own_date():
    rows = facts("Omar Saleh was hanged on Tuesday, three days after the court upheld the sentence of "
                 "his co-accused.")
    assert rows == [("executed", 1, "2022-11-15", "2022-11-15")]


def test_a_clause_with_its_own_day_keeps_it():
    rows = facts("Vietnam executed two men on Thursday, four days after Hanoi executed Tran Van Binh on "
                 "Sunday night.")
    assert ("executed", 1, "2022-11-13", "2022-11-13") in rows


def test_a_later_sentence_naming_the_person_with_a_day_gives_one_claim():
    rows = facts("Two men were hanged in Karaj on Thursday.\n\nThe hangings came a day after the authorities "
                 "hanged Kamal Ahmadi in Urmia prison.\n\nAhmadi was hanged on Wednesday after a trial "
                 "that lasted minutes.")
    assert rows.count(("executed", 1, "2022-11-16", "2022-11-16")) == 1


def test_after_a_person_described_by_a_relative_clause_moves_back():
    # "who ..." between the name and its verb: the person is still the clause's subject
    rows = facts("Three Baluch prisoners were hanged in Zahedan Central Prison on Saturday.\n\n"
                 "The executions came five days after Jalil Rigi, who had spent eleven years on death row on "
                 "charges of belonging to an armed opposition group, was hanged in the same prison.")
    assert ("executed", 1, "2022-11-14", "2022-11-14") in rows
    assert ("executed", 1, "2022-11-19", "2022-11-19") not in rows
