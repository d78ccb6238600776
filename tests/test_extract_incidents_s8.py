"""Kinds of language that made wrong incident claims (kind "event"), each pinned with sentences
written for this file: other names, places, numbers and dates than any labelled report. Every
sentence is invented; each kind has wordings that must change and wordings that must not."""
from datetime import date

from extract import extract_report


def incidents(text, published):
    return sorted((c.event, c.count, str(c.period_start), str(c.period_end), c.location, c.names)
                  for c in extract_report(text, published) if c.kind == "event")


# 1. A person named as the object of an active verb and described in apposition ("hanged X, a
#    Kurdish prisoner, in Y on Monday"): the description is the same person, so the place and day
#    after it are still the execution's (not the report's day, with no place).

def test_an_apposition_after_the_object_keeps_the_day_and_place_after_it():
    got = incidents("Iran has hanged Kaveh Rostami, a Baluch fisherman, in Zahedan Central Prison on Saturday, "
                    "his brother said.", date(2024, 4, 16))
    assert got == [("executed", 1, "2024-04-13", "2024-04-13", "Zahedan Central Prison", ("Kaveh Rostami",))]


def test_an_age_and_a_description_may_both_stand_between():
    got = incidents("The authorities executed Nasser Jalili, 36, a former army conscript, at Vakilabad prison "
                    "on 2 October.", date(2023, 10, 5))
    assert got == [("executed", 1, "2023-10-02", "2023-10-02", "Vakilabad prison", ("Nasser Jalili",))]


def test_a_short_description_before_the_day_alone():
    got = incidents("Singapore executed Devan Pillai, a delivery driver, on Friday.", date(2025, 2, 10))
    assert got == [("executed", 1, "2025-02-07", "2025-02-07", None, ("Devan Pillai",))]


def test_a_second_person_after_the_apposition_is_still_another_claim():
    got = incidents("Iran hanged Reza Alavi, a young Kurdish labourer, in Sanandaj on Tuesday and three others "
                    "in Birjand on Thursday.", date(2024, 5, 27))
    assert ("executed", 1, "2024-05-21", "2024-05-21", "Sanandaj", ("Reza Alavi",)) in got
    assert ("executed", 3, "2024-05-23", "2024-05-23", "Birjand", ()) in got


def test_the_plain_object_without_apposition_is_unchanged():
    got = incidents("Iran hanged Omid Sadeghi in Arak prison on Sunday.", date(2024, 5, 27))
    assert got == [("executed", 1, "2024-05-26", "2024-05-26", "Arak prison", ("Omid Sadeghi",))]
