"""Kinds of English reporting of the Iran stream (rights groups' news, monthly and yearly reviews,
exile media) that gave wrong or wrongly dated claims. Each kind is pinned with sentences written
for this file (other names, places, numbers and dates than any labelled report), with wordings
that must change and wordings that must keep their reading."""
from datetime import date

from claim_rows import claim_reader
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


# 2. A running total over "the protests" named without a year, where the report makes the year
#    knowable: by dating the protests in another sentence ("arrested during the 2022 protests"), by
#    naming the movement ("since the 'Woman, Life, Freedom' movement began"), or by its own date in
#    the years after the nationwide protests began (a report of December 2022 about "the second
#    protester executed"). It runs from the day they began, not from the day of the incident.

def test_an_ordinal_over_the_protests_dated_in_another_sentence_runs_from_their_start():
    got = periods("Behnam Rostami was hanged at dawn on Thursday in Karaj. He had been arrested during the 2022 "
                  "protests in Tehran. He is the ninth person executed in connection with the protests, rights "
                  "groups said.", date(2024, 3, 8))
    assert (9, "2022-09-16") in [(count, start) for count, start, _ in got]


def test_a_total_since_a_named_movement_began_runs_from_its_start():
    got = periods("Two men were hanged in Qom on Tuesday. Their hangings bring to five the number of protesters "
                  "executed since the 'Woman, Life, Freedom' movement began.", date(2023, 3, 1))
    assert (5, "2022-09-16", "2023-02-28") in got


def test_an_ordinal_protester_in_a_report_months_after_the_uprising_began_counts_from_it():
    got = periods("Iran hanged Kasra Nouri in Shiraz on Saturday, the third protester to be put to death.",
                  date(2023, 1, 8))
    assert (3, "2022-09-16", "2023-01-07") in got


def test_a_figure_since_the_protests_began_with_no_date_of_them_runs_from_their_start():
    got = periods("Since the protests began, at least 14 people have been executed in connection with them, "
                  "the group said.", date(2023, 6, 20))
    assert got == [(14, "2022-09-16", "2023-06-20")]


def test_an_ordinal_protester_long_before_any_known_uprising_keeps_its_day():
    got = periods("Iran hanged Kasra Nouri in Shiraz on Saturday, the third protester to be put to death.",
                  date(2019, 1, 8))
    assert (3, "2022-09-16", "2019-01-05") not in got


# 3. A person described by a step of their case in apposition, with its own date ("a dissident
#    kidnapped in Iraq in 2019", "a journalist abducted from Turkey in 2021"): the date is the
#    abduction's, like an arrest's; the execution is the news of the day told.

def test_the_year_of_an_abduction_in_apposition_does_not_date_the_execution():
    got = periods("Iran has hanged Farid Kamrani, a British-Iranian engineer kidnapped in Iraq in 2019, state "
                  "media said.", date(2023, 5, 10))
    assert got == [(1, "2023-05-10", "2023-05-10")]


def test_the_year_of_an_abduction_from_a_city_does_not_date_the_execution():
    got = periods("Iran executed Saeed Rahimi, an opposition broadcaster abducted from Istanbul in 2021, the "
                  "judiciary announced.", date(2024, 2, 12))
    assert got == [(1, "2024-02-12", "2024-02-12")]


# 4. One person's news told "after" a dated step ("at imminent risk of execution after his family
#    was called for a last visit on Sunday") is dated by that step; only a figure runs from a step
#    to the report ("40 people have been executed after the ceasefire on 24 June").

def test_one_person_at_risk_after_a_dated_step_is_dated_by_the_step():
    got = periods("Omid Sharifi is at imminent risk of execution in Adelabad Prison after his family was called "
                  "for a last visit on Sunday.", date(2024, 2, 14), event="imminent")
    assert got == [(1, "2024-02-11", "2024-02-11")]


def test_a_figure_after_a_dated_event_still_runs_to_the_report():
    got = periods("At least 40 people have been executed after the ceasefire on 24 June, the group said.",
                  date(2025, 8, 1))
    assert got == [(40, "2025-06-24", "2025-08-01")]



# 5. A part of a figure ("12 of them for murder") whose verb comes only after another count with
#    its own subject ("and 7 people were sentenced to death") belongs to the figure it splits: it
#    takes that figure's event, never the next clause's.

claims_of = claim_reader("event", "count", "period_start", "period_end")


def test_a_part_before_a_new_subject_keeps_its_figure_s_event():
    got = claims_of("In April, 41 prisoners were hanged across Iran, 12 of them for murder, and 7 people were "
                    "sentenced to death.", date(2024, 5, 3))
    assert ("executed", 12, "2024-04-01", "2024-04-30") in got
    assert ("sentenced", 7, "2024-04-01", "2024-04-30") in got
    assert ("sentenced", 12, "2024-04-01", "2024-04-30") not in got


def test_a_part_set_off_before_the_shared_verb_keeps_it():
    got = claims_of("Five men, two of them Afghan nationals, and a woman were hanged in Karaj on Sunday.",
                    date(2024, 5, 7))
    assert ("executed", 6, "2024-05-05", "2024-05-05") in got or ("executed", 5, "2024-05-05", "2024-05-05") in got
    assert not any(event != "executed" for event, *_ in got)
