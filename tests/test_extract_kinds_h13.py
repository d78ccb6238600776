"""Kinds of error seen in heldout13 and heldout11 (world and wire reporting written from real public
reports), each pinned with sentences written for this file: other countries, names, figures and
dates than the reports where the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report


def facts(text, published):
    return sorted((c.event, c.country, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published))


# 1. A wire story tells who the people of the day's incident were, by nationality or sex, in a
#    sentence of its own with no date ("identified those executed as ...", "Those executed
#    included ..."): a split of that incident, never more incidents of the same day.

def test_people_identified_as_a_list_of_nationalities_are_the_incidents():
    got = facts("Bahrain executed five men on Sunday. The interior ministry identified those executed as "
                "three Bahraini men, a Jordanian man and a Yemeni woman.", date(2023, 3, 14))
    assert got == [("executed", "BH", 5, "2023-03-12", "2023-03-12", "event")], got


def test_those_executed_included_splits_the_incident_told_before():
    got = facts("Jordan hanged 15 men at dawn on Sunday, the largest number in a decade. Those executed "
                "included eleven Jordanians, three Iraqis and one Egyptian, the ministry said.", date(2023, 3, 14))
    assert got == [("executed", "JO", 15, "2023-03-12", "2023-03-12", "event")], got


def test_a_dated_breakdown_after_an_incident_is_still_the_statistics():
    got = facts("Two men were hanged in Shiraz on Sunday, the group said. Those executed this year "
                "included 31 women.", date(2023, 3, 14))
    assert ("executed", "IR", 31, "2023-01-01", "2023-03-14", "aggregate") in got, got


def test_a_list_larger_than_the_incident_is_no_split_of_it():
    got = facts("Jordan hanged two men on Sunday. Those executed included eleven Jordanians and three Iraqis, "
                "the group said.", date(2023, 3, 14))
    assert any(f[2] == 11 for f in got), got
