"""Kinds of language that made wrong incident claims (kind "event"), each pinned with sentences
written for this file: other names, places, numbers and dates than any labelled report. Every
sentence is invented; each kind has wordings that must change and wordings that must not."""
from datetime import date

from claim_rows import claim_reader


incidents = claim_reader("event", "count", "period_start", "period_end", "location", "names",
                         where={"kind": "event"})


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


# 2. One group told with a named person and the others executed with them: "hanged A and two men",
#    "A and three other prisoners were executed", "A was executed ... along with three others".
#    One incident of everyone together, never the named person alone beside it, nor the named
#    person alone for the whole group.

def test_a_name_and_a_count_after_an_active_verb_are_one_group():
    got = incidents("Guards hanged Mina Farahani and two men in Birjand prison on 9 January.", date(2025, 1, 11))
    assert got == [("executed", 3, "2025-01-09", "2025-01-09", "Birjand prison", ("Mina Farahani",))]


def test_a_name_and_n_other_prisoners_before_a_passive_verb():
    got = incidents("Hadi Sohrabi and four other prisoners were executed in Yazd on Thursday.", date(2025, 1, 11))
    assert got == [("executed", 5, "2025-01-09", "2025-01-09", "Yazd", ("Hadi Sohrabi",))]


def test_a_name_and_n_others_before_a_passive_verb():
    got = incidents("Karim Dehvari and two others were hanged in Zabol on 5 January.", date(2025, 1, 11))
    assert got == [("executed", 3, "2025-01-05", "2025-01-05", "Zabol", ("Karim Dehvari",))]


def test_people_executed_along_with_the_one_counted_add_to_the_incident():
    got = incidents("Peyman Ghaderi was hanged in Ilam prison on Monday along with three other inmates convicted "
                    "of drug trafficking.", date(2025, 3, 5))
    assert got == [("executed", 4, "2025-03-03", "2025-03-03", "Ilam prison", ("Peyman Ghaderi",))]


def test_together_with_after_a_group():
    got = incidents("Two brothers were executed in Minab on Sunday together with a woman convicted in the same case.", date(2025, 3, 5))
    assert [(g[1], g[2]) for g in got] == [(3, "2025-03-02")]


def test_along_with_no_number_adds_nobody():
    got = incidents("Arman Vahidi was hanged in Qom on Monday along with his co-defendant.", date(2025, 3, 5))
    assert [(g[1], g[5]) for g in got] == [(1, ("Arman Vahidi",))]


def test_a_name_then_a_separate_group_with_its_own_verb_stays_two_incidents():
    got = incidents("Saman Jafari was hanged in Arak on Monday, and two men were executed in Qom on Tuesday.",
                    date(2025, 3, 5))
    assert [(g[1], g[2]) for g in got] == [(1, "2025-03-03"), (2, "2025-03-04")]


# 3. A group told over a few days, then its people dated one by one: "two more executions earlier
#    this week. A was hanged on Sunday, and B on Monday". The group is the sum of the incidents told
#    right after it (a restatement), not one incident more beside them.

def test_a_group_of_the_week_then_its_people_dated_is_their_sum():
    got = incidents("The executions followed two other hangings earlier this week. Soheil Karami was hanged in "
                    "Qom on Monday, and Bahman Azizi was executed in Arak on Tuesday.", date(2025, 9, 11))
    assert [(g[1], g[2]) for g in got] == [(1, "2025-09-08"), (1, "2025-09-09")]


def test_a_weekend_group_then_a_group_each_day():
    got = incidents("At least seven prisoners were hanged over the weekend. Four men were executed in Isfahan on "
                    "Saturday; three others were hanged in Ahvaz on Sunday.", date(2025, 9, 15))
    assert sorted((g[2], g[1]) for g in got) == [("2025-09-13", 4), ("2025-09-14", 3)]


def test_a_group_whose_parts_do_not_add_up_stays():
    got = incidents("At least nine prisoners were hanged over the weekend. Four men were executed in Isfahan on "
                    "Saturday; three others were hanged in Ahvaz on Sunday.", date(2025, 9, 15))
    assert 9 in [g[1] for g in got]


def test_a_group_and_a_later_incident_outside_its_days_stays():
    got = incidents("Two prisoners were hanged in Zanjan over the weekend. On Wednesday, Navid Sharifi was executed "
                    "in Qazvin. Kamran Hosseini was hanged in Rasht on Thursday.", date(2025, 9, 19))
    assert [g[1] for g in got] == [1, 1, 2]


# 4. A statistical report (its lead is a figure over a month or more) that goes on to tell one of
#    its people with no day ("One child offender, A, was executed ...", "A woman was also hanged in
#    X prison"): a member of the statistic, over its span, never an incident on the day the report
#    came out. A day anywhere before, or one of its own, keeps the incident.

claims = claim_reader("event", "count", "period_start", "period_end", "kind")


def test_one_person_told_without_a_day_in_a_half_year_report_is_of_its_span():
    got = claims("At least 390 prisoners were executed in Iran between 1 January and 30 June 2025, the centre said.\n\n"
                 "At least 14 women were executed in the same period. One juvenile offender, Farzad Amini from "
                 "Saqqez, was executed for a killing committed when he was 17.", date(2025, 7, 6))
    assert ("executed", 1, "2025-07-06", "2025-07-06", "event") not in got
    assert [g for g in got if g[1] == 1] == [("executed", 1, "2025-01-01", "2025-06-30", "aggregate")]


def test_a_woman_also_executed_in_a_monthly_report():
    got = claims("Iranian authorities executed at least 118 people in October, according to the monitor's monthly "
                 "report. A woman convicted of killing her husband was also hanged in Urmia prison.",
                 date(2025, 11, 3))
    assert [g for g in got if g[1] == 1] == [("executed", 1, "2025-10-01", "2025-10-31", "aggregate")]


def test_a_day_named_keeps_the_incident_in_a_statistical_report():
    got = claims("Iranian authorities executed at least 118 people in October, according to the monitor's monthly "
                 "report. On Sunday, a woman was hanged in Urmia prison.", date(2025, 11, 3))
    assert ("executed", 1, "2025-11-02", "2025-11-02", "event") in got


def test_a_news_report_with_a_day_before_keeps_the_undated_person():
    got = claims("Two prisoners were hanged in Kerman on Tuesday, the group said. It recorded 96 executions in "
                 "September. Another man was executed in Yasuj prison.", date(2025, 10, 9))
    assert not [g for g in got if g[1] == 1 and g[4] == "aggregate"]
