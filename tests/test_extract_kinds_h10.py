"""Kinds of English reporting of the Iran stream (rights groups' news, monthly and yearly reviews,
exile media) that gave wrong or wrongly dated claims. Each kind is pinned with sentences written
for this file (other names, places, numbers and dates than any labelled report), with wordings
that must change and wordings that must keep their reading."""
from datetime import date

from extract import extract_report


def periods(text, published, event="executed"):
    return sorted((c.count, str(c.period_start), str(c.period_end))
                  for c in extract_report(text, published) if c.event == event)


# 1. A running total with no date of its own runs from the start of the event its sentence dates:
#    "the ninth executed over the 2022 protests", "the number executed in connection with the
#    protests that followed a woman's death in custody in September", "at least eleven people have
#    been executed in connection with the 2022 uprising". The date the rejections set aside as the
#    event's (it dates no execution) is where the total starts; a known start inside that date's
#    span ("the 2022 protests" began on 16 September) beats its first day.

def test_a_total_linked_to_protests_dated_by_a_month_runs_from_their_known_start():
    got = periods("Arman Vafa was hanged in Urmia on Thursday. His execution brings to seven the number of people "
                  "put to death in connection with the protests that followed a young woman's death in custody "
                  "in September.", date(2023, 5, 20))
    assert (7, "2022-09-16", "2023-05-18") in got


def test_a_perfect_count_linked_to_dated_protests_runs_from_their_start_to_the_report():
    got = periods("The court's ruling was condemned abroad. Rights groups say at least eleven people have been "
                  "executed in connection with the 2022 uprising.", date(2024, 6, 10))
    assert got == [(11, "2022-09-16", "2024-06-10")]


def test_a_perfect_count_linked_to_a_dated_bombing_runs_from_that_year():
    got = periods("Kaveh Azimi was sentenced to death on Sunday. Officials say four men have been executed over "
                  "the 2018 bombing of a military parade so far.", date(2021, 2, 3))
    assert (4, "2018-01-01", "2021-02-03") in got


def test_an_ordinal_over_a_named_years_protests_still_runs_from_their_start():
    got = periods("Davoud Nikzad was hanged in Isfahan on Saturday, the twelfth man executed over the 2022 "
                  "nationwide protests.", date(2024, 8, 12))
    assert (12, "2022-09-16", "2024-08-10") in got


def test_a_part_linked_to_dated_protests_keeps_the_statistic_s_span():
    got = periods("Iran hanged at least 640 people in 2023. Five of them have been executed in connection with "
                  "the 2022 protests.", date(2024, 1, 30))
    assert (5, "2023-01-01", "2023-12-31") in got


def test_a_past_count_linked_to_dated_protests_is_no_running_total():
    got = periods("Two men were executed in Mashhad on Tuesday in connection with the 2022 protests.",
                  date(2023, 3, 2))
    assert got == [(2, "2023-02-28", "2023-02-28")]


def test_an_unhedged_perfect_count_linked_to_dated_protests_is_the_news():
    got = periods("Two men have been executed in connection with the 2022 protests, the judiciary said.",
                  date(2023, 6, 1))
    assert got == [(2, "2023-06-01", "2023-06-01")]
