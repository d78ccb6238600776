"""Kinds of English reporting that made wrong or wrongly dated incident claims (kind "event"),
each pinned with sentences written for this file: other names, places, numbers and dates than any
labelled report. Each kind has wordings that must change and wordings that must keep their claim."""
from datetime import date

from extract import extract_report


def claims(text, published):
    return sorted((c.event, c.count, str(c.period_start), str(c.period_end), c.kind, c.country)
                  for c in extract_report(text, published))


def counts(text, published):
    return sorted(c.count for c in extract_report(text, published))


# 1. The year of a written date ("on March 4, 2024 in Qom") sits after a comma like the next item
#    of a list ("two in Qom, three in Arak"): it is part of the date, never a count of people.

def test_the_year_of_a_month_day_date_before_a_place_is_no_count():
    text = ("Two people, including Omid Rahmani, were executed on political charges. Rahmani, who was "
            "hanged on March 4, 2024 in Qom Prison, had been accused of spying.")
    assert 2024 not in counts(text, date(2024, 3, 20))


def test_the_year_of_a_date_before_a_charge_is_no_count():
    text = ("Four men, among them Saman Jafari, were executed in Shiraz on Sunday. Jafari, who was hanged on "
            "June 9, 2023 for drug trafficking, was 24.")
    assert 2023 not in counts(text, date(2023, 6, 15))


def test_a_list_after_a_comma_still_counts():
    text = "Nine men were hanged on Monday: four in Qom, five in Arak."
    assert {4, 5} <= set(counts(text, date(2024, 2, 14)))

