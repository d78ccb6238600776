"""Kinds of error seen in heldout5 (English reports written blind from real reporting), each pinned
with sentences written for this file: other names, figures, places and dates than the reports where
the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


# 1. A year told in running text just before a colon ("were hanged in 2017: two in March, ...") is
#    the figure's year, never a dateline; and the months of the list after it are months of that
#    year, not of the report's.

def test_a_year_before_a_colon_in_running_text_dates_the_figure():
    got = facts("Rights monitors say that five men were executed in Belarus in 2017: two in March, "
                "one in June and two in October.", date(2018, 4, 2))
    assert ("executed", "BY", 5, "2017-01-01", "2017-12-31", "aggregate") in got
    assert ("executed", "BY", 2, "2017-03-01", "2017-03-31", "aggregate") in got
    assert not [f for f in got if f[3].startswith("2018")]


def test_a_year_during_which_a_list_of_months_follows():
    got = facts("Three people were hanged during 2021: one in February and two in August, the group "
                "said.", date(2022, 9, 30))
    assert ("executed", "IR", 3, "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 2, "2021-08-01", "2021-08-31", "aggregate") in got
    assert ("executed", "IR", 1, "2021-02-01", "2021-02-28", "aggregate") in got


def test_a_real_dateline_before_a_colon_is_still_no_event_date():
    got = facts("Hengaw, 14 March 2024: Two Kurdish prisoners were hanged in Urmia Central Prison "
                "on Tuesday.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-12", "2024-03-12", "event")]


# 2. An execution "expected within hours" or "due to be carried out soon" is set for no day the
#    next sentence or paragraph names: that day belongs to another incident. The transfer keeps
#    its own day.

def test_the_day_of_the_next_paragraph_is_not_the_day_an_execution_is_set_for():
    got = facts("Seven prisoners were moved to solitary confinement in Vakilabad Prison today ahead of "
                "their execution. Their hangings are expected to be carried out within hours.\n\n"
                "On 3 June, at least four men were executed in the same prison.", date(2024, 6, 9))
    assert ("imminent", "IR", 7, "2024-06-09", "2024-06-09", "event") in got
    assert ("executed", "IR", 4, "2024-06-03", "2024-06-03", "event") in got


def test_a_day_in_the_next_sentence_does_not_schedule_the_transfer():
    got = facts("Two Baluch men were transferred to solitary confinement in Zahedan on Sunday for "
                "execution and will be hanged soon. A third man was executed there on 2 May.",
                date(2023, 5, 9))
    assert ("imminent", "IR", 2, "2023-05-07", "2023-05-07", "event") in got


def test_a_day_the_sentence_sets_is_still_read():
    got = facts("Four prisoners were moved to solitary confinement in Qezelhesar on Monday; their "
                "executions are scheduled for Wednesday, 14 August.", date(2024, 8, 13))
    assert ("imminent", "IR", 4, "2024-08-14", "2024-08-14", "event") in got


# 3. A roundup puts each item under a heading line naming the prison and the day ("Vakilabad
#    Prison, Mashhad – Tuesday 4 June"): the undated incidents under it happened that day, not on
#    the day the roundup was published.

ROUNDUP = ("At least nine prisoners were executed in Iran last week, rights groups reported.\n\n"
           "Vakilabad Prison, Mashhad – Tuesday 4 June\n"
           "Five men convicted of drug offences were hanged, the Kurdistan Human Rights Network said.\n\n"
           "Dastgerd Prison, Isfahan – Thursday 6 June\n"
           "Three prisoners were executed at dawn. Their families were not allowed a last visit.\n\n"
           "Qezelhesar Prison – Saturday 8 June\n"
           "Kurdish prisoner Farhad Salimi was hanged.")


def test_a_dated_heading_line_dates_the_incidents_under_it():
    got = facts(ROUNDUP, date(2024, 6, 10))
    assert ("executed", "IR", 5, "2024-06-04", "2024-06-04", "event") in got
    assert ("executed", "IR", 3, "2024-06-06", "2024-06-06", "event") in got
    assert ("executed", "IR", 1, "2024-06-08", "2024-06-08", "event") in got
    assert not [f for f in got if f[3] == "2024-06-10"]


def test_a_heading_without_a_day_leaves_the_incident_on_the_report_day():
    got = facts("Executions in Mashhad\nTwo men were hanged in Vakilabad Prison, a rights group said.",
                date(2024, 6, 10))
    assert ("executed", "IR", 2, "2024-06-10", "2024-06-10", "event") in got


def test_a_sentence_ending_in_a_full_stop_is_no_heading():
    got = facts("The group's last report covered Tuesday 4 June.\n"
                "Two men were hanged in Vakilabad Prison, the group said.", date(2024, 6, 10))
    assert ("executed", "IR", 2, "2024-06-10", "2024-06-10", "event") in got


# 4. Names set off after a group, each with the person's age ("Saeed Alizahi, 25, and Ismail
#    Alizahi, 29"), are the group's people: the ages are no counts and the second name adds no one.

def test_names_with_their_ages_after_a_group_are_its_people():
    got = extract_report("Two Baluch cousins, Javad Rigi, 27, and Nader Rigi, 33, were hanged in "
                         "Zahedan Central Prison on Sunday.", date(2024, 2, 6))
    assert [(c.count, sorted(c.names)) for c in got] == [(2, ["Javad Rigi", "Nader Rigi"])]


def test_three_names_with_ages_after_a_group_of_three():
    got = extract_report("Three men, Karim Mousavi, 41, Reza Pourali, 38, and Sina Amini were executed in "
                         "Shiraz on 2 March.", date(2024, 3, 4))
    assert [(c.count, sorted(c.names)) for c in got] == [(3, ["Karim Mousavi", "Reza Pourali", "Sina Amini"])]



# 5. Names given as a part of one incident ("Among the Baluch prisoners, the group identified A, B
#    and C", "Among them were A and B") are that incident's people: they label its claim, never a
#    second incident of the same day.

def test_names_identified_among_a_group_hanged_that_day_label_its_claim():
    got = extract_report("Fourteen prisoners, six of them Baluch, were hanged on Monday, 3 March, in Qezelhesar "
                         "Prison, the rights group said.\n\nAmong the Baluch prisoners, the group identified Omid "
                         "Shahbakhsh, Hamed Rigi, 38, and Yaser Dehvari.", date(2025, 3, 5))
    assert [(c.count, sorted(c.names)) for c in got] == [(14, ["Hamed Rigi", "Omid Shahbakhsh", "Yaser Dehvari"])]


def test_names_among_those_executed_on_one_day_label_its_claim():
    got = extract_report("On 12 March 2022 the authorities put 41 men to death in one day. Among them were "
                         "Karim al-Samer, arrested as a student, and Hussein al-Tawil.", date(2022, 3, 20))
    assert [(c.count, sorted(c.names)) for c in got] == [(41, ["Hussein al-Tawil", "Karim al-Samer"])]


def test_names_among_a_years_figure_remain_a_claim_of_their_own():
    got = facts("At least 300 people were executed in Iran in 2021. Among them were Ali Karimi and "
                "Nasser Rahimi, both hanged in Mashhad in May.", date(2022, 1, 10))
    assert ("executed", "IR", 300, "2021-01-01", "2021-12-31", "aggregate") in got
    assert len(got) >= 2


# 6. A roundup of several countries leads each item with the country in capitals and a dash
#    ("VIETNAM — ..."): the item's incidents happened there, not in the country of the report.

def test_a_country_in_capitals_before_a_dash_is_the_country_of_its_item():
    got = facts("Our round-up of the month's news.\n\n"
                "UNITED STATES — Texas executed Ronald Perkins, 51, by lethal injection on Tuesday, 11 March.\n\n"
                "VIETNAM — Nguyen Van Tam and Le Thi Hoa were sentenced to death in Hanoi on 14 March for "
                "trafficking heroin.\n\n"
                "SAUDI ARABIA – Two Yemeni men were executed in Jazan on 20 March.", date(2025, 4, 2))
    assert ("executed", "US", 1, "2025-03-11", "2025-03-11", "event") in got
    assert ("sentenced", "VN", 2, "2025-03-14", "2025-03-14", "event") in got
    assert ("executed", "SA", 2, "2025-03-20", "2025-03-20", "event") in got


def test_a_city_in_capitals_before_a_dash_is_no_country():
    got = facts("TEHRAN — Two men were hanged in Qom on Monday, 3 February.", date(2025, 2, 5))
    assert got == [("executed", "IR", 2, "2025-02-03", "2025-02-03", "event")]


def test_names_with_their_own_day_after_an_undated_group_keep_that_day():
    got = extract_report("Among those hanged were two Baluch fuel porters, Nabi Shahuzehi and Amin Rigi, who "
                         "were executed in Zahedan on 12 June after a trial of twenty minutes.", date(2025, 7, 1))
    assert [(c.count, sorted(c.names), str(c.period_start)) for c in got if c.names] == [
        (2, ["Amin Rigi", "Nabi Shahuzehi"], "2025-06-12")]


# 7. An annual report gives its span as "covering 21 March 2022 to 20 March 2023" (or "spanning
#    ..."): the figures of the report are over that span.

def test_a_report_covering_two_dates_gives_its_figures_that_span():
    got = facts("The monitoring centre has published its yearly report on the death penalty, covering "
                "21 March 2022 to 20 March 2023. In that period the authorities carried out 402 executions "
                "and sentenced 118 people to death.", date(2023, 4, 2))
    assert ("executed", "IR", 402, "2022-03-21", "2023-03-20", "aggregate") in got


def test_a_report_spanning_two_dates():
    got = facts("The review, spanning 1 July 2023 to 30 June 2024, recorded at least 610 executions in "
                "Iran.", date(2024, 7, 15))
    assert ("executed", "IR", 610, "2023-07-01", "2024-06-30", "aggregate") in got


# 8. One person told twice in one sentence is one claim: a noun phrase of one inside a relative
#    clause about the person named ("X, who was married off as a child, was hanged"), or set off
#    after the incident as its description ("..., its first hanging of a woman in 15 years").

def test_a_person_in_a_relative_clause_about_the_person_named_is_no_second_person():
    got = extract_report("Leila Hosseini, who was wed as a girl of 14 and later convicted of killing her husband, "
                         "was hanged in Qarchak Prison on Tuesday, 4 June.", date(2024, 6, 5))
    assert [(c.count, c.names) for c in got] == [(1, ("Leila Hosseini",))]


def test_a_description_of_the_hanging_set_off_after_it_is_the_same_hanging():
    got = extract_report("Malaysia hanged a 52-year-old man convicted of trafficking cannabis on Thursday, "
                         "its first hanging of a foreigner in eleven years.", date(2019, 3, 9))
    assert [c.count for c in got] == [1]


def test_two_people_in_one_sentence_stay_two():
    got = facts("A man was hanged in Qom on Monday, 2 June, and a woman was executed in Arak on "
                "Tuesday, 3 June.", date(2025, 6, 5))
    assert ("executed", "IR", 1, "2025-06-02", "2025-06-02", "event") in got
    assert ("executed", "IR", 1, "2025-06-03", "2025-06-03", "event") in got


# 9. A report tells a group's day, then names its people one by one in the next paragraph, each
#    with a prison: each was executed on the group's day, not on the day of the report.

def test_people_named_one_by_one_after_a_dated_group_take_its_day():
    got = facts("Three men were hanged on Sunday in separate prisons, the rights group said.\n\n"
                "Mohsen Darvishi was hanged in Dastgerd Prison in Isfahan. Kamran Heidari, a father of two, "
                "was executed in Vakilabad Prison. Yousef Karimi was hanged in Birjand.", date(2023, 8, 17))
    people = [f for f in got if f[2] == 1]
    assert len(people) == 3
    assert all(f[3] == f[4] == "2023-08-13" for f in people)


def test_an_undated_person_after_a_statistic_does_not_take_a_day_from_it():
    got = facts("At least 40 people were hanged in July, the group said.\n\n"
                "Mohsen Darvishi was hanged in Dastgerd Prison.", date(2023, 8, 17))
    assert ("executed", "IR", 1, "2023-08-17", "2023-08-17", "event") in got


# 10. A figure told over a week or a month in the lead and again on one day of it ("Iraq this week
#     hanged five men ... the five were executed on Tuesday") is one fact, on that day.

def test_a_figure_this_week_retold_on_its_day_is_one_incident_that_day():
    got = facts("BAGHDAD — Iraq this week hanged five men convicted of terrorism, officials said on Friday.\n\n"
                "A prison official said the five were executed on Tuesday in Nasiriyah.", date(2024, 4, 26))
    assert got == [("executed", "IQ", 5, "2024-04-23", "2024-04-23", "event")]


def test_a_figure_last_month_retold_on_its_day():
    got = facts("Two Baluch prisoners were hanged in Zahedan last month, a rights group has learned. "
                "The two men were executed on 9 March.", date(2024, 4, 3))
    assert got == [("executed", "IR", 2, "2024-03-09", "2024-03-09", "event")]


def test_a_years_figure_is_no_retelling_of_one_day():
    got = facts("Iran hanged 2 women in 2023. Two women were hanged in Qom on 5 May 2023.", date(2024, 1, 3))
    assert len(got) == 2


# 11. The death sentence of people whose execution the report tells, mentioned without a date
#     ("the charges on which the three were sentenced to death"), is background (optional), never
#     a new sentence dated by the report.

def test_the_sentence_of_those_executed_is_no_new_sentence():
    got = facts("Four Arab prisoners were hanged in Sepidar Prison in Ahvaz on Sunday, 2 March.\n\n"
                "The grounds on which the four were sentenced to death were never made public.", date(2025, 3, 4))
    assert got == [("executed", "IR", 4, "2025-03-02", "2025-03-02", "event")]


def test_a_sentence_of_other_people_is_still_a_claim():
    got = facts("Two men were hanged in Qom on Sunday, 2 March. On Monday, 3 March, a court in Tabriz "
                "sentenced five men to death for drug trafficking.", date(2025, 3, 4))
    assert ("sentenced", "IR", 5, "2025-03-03", "2025-03-03", "event") in got


def test_an_undated_sentence_of_as_many_other_people_is_still_a_claim():
    got = facts("Two men were hanged in Qom Prison on Sunday, 2 March.\n\nSeparately, a court in Tabriz has "
                "sentenced two men to death for armed robbery.", date(2025, 3, 4))
    assert len([f for f in got if f[0] == "sentenced" and f[2] == 2]) == 1


def test_a_part_of_a_short_statistic_is_no_retelling_of_an_incident():
    got = facts("Two Baluch men were hanged in Jiroft on Thursday, 25 May 2023.\n\nBetween 29 April and "
                "25 May 2023 at least 41 Baluch prisoners, two of them women, were executed.", date(2023, 5, 26))
    assert ("executed", "IR", 2, "2023-05-25", "2023-05-25", "event") in got
    assert ("executed", "IR", 2, "2023-04-29", "2023-05-25", "aggregate") in got


# 12. "Their death sentences were carried out on <day>" dates the group told before it, even when
#     the lead gave only a month: one incident on that day.

def test_their_sentences_carried_out_on_a_day_date_the_group():
    got = facts("Hengaw, 20 March 2024 – Four Kurdish prisoners were secretly hanged in Dizelabad Prison "
                "last month.\n\nThe men were named as Kamal Ahmadi, Omid Rahimi, Sirvan Karimi and Aram "
                "Nouri. Their death sentences were carried out on Tuesday, 13 February 2024, without notice "
                "to their families.", date(2024, 3, 20))
    assert got == [("executed", "IR", 4, "2024-02-13", "2024-02-13", "event")]


# 13. "For the second time in seven months", "the most in 30 years": "in N units" after a word that
#     measures how rare something is gives no date to the news; "within three days" still does.

def test_the_second_time_in_some_months_is_no_period():
    got = facts("For the second time in five months, a court in Ahvaz has sentenced Nasrin Kaabi to death, "
                "her family said.", date(2024, 9, 20))
    assert not [f for f in got if f[3] != f[4]]


def test_within_some_days_still_dates_a_figure():
    got = facts("Nine men were hanged in Iran within three days, the group said.", date(2024, 9, 20))
    assert [f[3:5] for f in got] == [("2024-09-18", "2024-09-20")]


# 14. A court sentences some to death and others to prison in one sentence ("... and three others to
#     15 years in prison"): the others got a prison term, no death sentence.

def test_others_sent_to_prison_by_the_same_verb_are_no_death_sentence():
    got = facts("On Tuesday a court in Vietnam's Hai Phong sentenced six men to death and three others to 15 "
                "years in prison each for trafficking heroin.", date(2019, 5, 9))
    assert got == [("sentenced", "VN", 6, "2019-05-07", "2019-05-07", "event")]


def test_others_sent_to_life_imprisonment_are_no_death_sentence():
    got = facts("On Monday the court sentenced two defendants to death and four to life imprisonment.",
                date(2021, 2, 3))
    assert [f[2] for f in got] == [2]
