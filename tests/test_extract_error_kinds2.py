"""Kinds of error seen in heldout7 (English reports written blind), each pinned with sentences
written for this file, in other words and other figures than the reports where the kind was
found. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


# 1. A year given for comparison is never the span of the statistic's later figures, however the
#    comparison is worded: a change with its share ("a rise of 40% from"), the earlier end of a
#    range ("rising from 300 in 2019 to 410 in 2020": 2020 is the current figure's), a multiple
#    ("more than double the number in"), "the same period of 2022".

def test_a_change_with_its_share_before_from_marks_the_earlier_year():
    got = facts("The group documented 410 executions in Iran in 2020, a rise of 40% from 293 in 2019.\n\n"
                "Iraq alone executed at least 45 people.", date(2021, 3, 2))
    assert ("executed", "IQ", 45, "2020-01-01", "2020-12-31", "aggregate") in got


def test_the_later_end_of_a_range_is_the_current_figure_not_a_comparison():
    got = facts("Executions recorded in the region climbed, rising from 300 in 2019 to 410 in 2020, the "
                "report said.\n\nSaudi Arabia alone executed 27 people.", date(2021, 4, 20))
    assert ("executed", "SA", 27, "2020-01-01", "2020-12-31", "aggregate") in got


def test_a_multiple_of_an_earlier_figure_does_not_date_the_next_sentence():
    got = facts("At least 190 people were hanged in Iran in the first half of 2024, more than double the "
                "number in the first half of 2023.\n\nAt least 31 Baluch prisoners were executed.", date(2024, 7, 8))
    assert ("executed", "IR", 31, "2024-01-01", "2024-06-30", "aggregate") in got
    assert not [f for f in got if f[3].startswith("2023")]


def test_the_same_period_of_an_earlier_year_is_a_comparison():
    got = facts("At least 88 people were executed in Iran in the first three months of 2021, an increase "
                "on the same period of 2020.\n\nNine women were executed.", date(2021, 4, 5))
    assert ("executed", "IR", 9, "2021-01-01", "2021-03-31", "aggregate") in got


# 2. What is said of executions in general, or of executions that did not take place, is no
#    execution: "the execution of a person who was a child at the time is prohibited", "hanging a
#    man on such evidence would be a grave injustice", "three executions were stayed".

def test_the_execution_of_a_person_in_a_rule_of_law_is_no_execution():
    got = facts("Two brothers were hanged in Qom Prison on Sunday, 12 May.\n\n"
                "International law says that the execution of a person who was under 18 at the time of the "
                "offence is strictly prohibited.", date(2024, 5, 14))
    assert got == [("executed", "IR", 2, "2024-05-12", "2024-05-12", "event")]


def test_hanging_a_man_in_a_judgement_of_what_it_would_be_is_no_execution():
    got = facts("\"Hanging a man whose trial lasted ten minutes would be a crime,\" the lawyer told reporters.",
                date(2023, 2, 3))
    assert got == []


def test_executions_that_were_stayed_are_not_executions():
    got = facts("Oklahoma carried out three executions in 2022. At least five executions were stayed or "
                "postponed during the year.", date(2023, 1, 10))
    assert got == [("executed", "US", 3, "2022-01-01", "2022-12-31", "aggregate")]


def test_the_execution_of_a_man_reported_with_his_place_still_counts():
    got = facts("Hengaw has reported the execution of a man in Urmia Central Prison on Monday.", date(2024, 5, 14))
    assert got == [("executed", "IR", 1, "2024-05-13", "2024-05-13", "event")]


# 3. A figure continued without its noun is a figure of the same event: "67 people in 2021 and 27
#    in 2020" (another year's), "eleven for drugs, seven of murder and one of rape" (a charge's).

def test_a_second_figure_with_its_own_year_continues_the_first():
    got = facts("Kuwait executed seven people in 2022 and five in 2021, the group said.", date(2023, 2, 1))
    assert ("executed", "KW", 5, "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "KW", 7, "2022-01-01", "2022-12-31", "aggregate") in got


def test_parts_by_charge_written_with_of_are_parts_of_the_statistic():
    got = facts("At least 23 prisoners were hanged across Iran in the past week. Fourteen of them had been "
                "convicted of drug trafficking, eight of murder and one of rape.", date(2024, 6, 10))
    assert ("executed", "IR", 8, "2024-06-03", "2024-06-09", "aggregate") in got
    assert ("executed", "IR", 1, "2024-06-03", "2024-06-09", "aggregate") in got


# 4. A year over before the report's lead statistic starts is history or a comparison: "during
#    the year" and the undated parts after it keep the lead statistic's year.

def test_an_earlier_year_told_after_the_lead_is_not_the_year_of_later_parts():
    got = facts("At least 38 Baluch prisoners were executed in Iran during 2021, the group said.\n\n"
                "In 2020, 41 Baluch prisoners were hanged.\n\n"
                "At least three women were executed during the year.", date(2022, 1, 12))
    assert ("executed", "IR", 3, "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 41, "2020-01-01", "2020-12-31", "aggregate") in got


def test_an_earlier_year_does_not_date_an_undated_part_of_the_statistic():
    got = facts("Iraq executed at least 29 people in 2023, Amnesty said in its annual report.\n\n"
                "The country had hanged 11 people in 2022.\n\n"
                "Eight women were executed.", date(2024, 5, 2))
    assert ("executed", "IQ", 8, "2023-01-01", "2023-12-31", "aggregate") in got


# 5. People named with their home town are still one list: "A from Salmas and B from Urmia",
#    "the death sentences of A from Salmas and of B and C".

def test_names_with_their_home_towns_are_counted_together():
    got = facts("Kamran Sheikhi from Baneh and Hiwa Rostami from Saqqez were hanged in Sanandaj Central Prison "
                "on Tuesday.", date(2024, 2, 8))
    assert got == [("executed", "IR", 2, "2024-02-06", "2024-02-06", "event")]


def test_the_death_sentences_of_people_from_two_towns_carried_out_is_one_execution_of_all():
    got = facts("According to KHRN, the death sentences of Salar Mohammadi from Bukan and of Azad Karimi and "
                "Omid Hosseini, both from Piranshahr, were carried out in Urmia Central Prison on Thursday.",
                date(2024, 2, 10))
    assert got == [("executed", "IR", 3, "2024-02-08", "2024-02-08", "event")]


def test_a_capitalised_home_town_after_from_does_not_make_the_execution_a_hypothesis():
    got = facts("Farhad Ahmadi from Mahabad was executed in Urmia Central Prison on Sunday.", date(2024, 2, 13))
    assert got == [("executed", "IR", 1, "2024-02-11", "2024-02-11", "event")]
    assert facts("Lawyers tried to stop him from being hanged in Urmia on Sunday.", date(2024, 2, 13)) == []


# 6. A span whose first end is written month-first with its year closes that end with a comma:
#    "between March 21, 2023, and March 19, 2024" is one span, not its first day.

def test_a_span_between_two_month_first_dates_with_commas_is_one_span():
    got = facts("At least 834 people were executed in Iran between March 21, 2023, and March 19, 2024, the "
                "group said in its annual report.", date(2024, 4, 2))
    assert got == [("executed", "IR", 834, "2023-03-21", "2024-03-19", "aggregate")]


def test_a_span_from_one_month_first_date_to_another_with_commas_is_one_span():
    got = facts("From July 1, 2020, to January 16, 2021, the United States put 13 federal prisoners to death.",
                date(2021, 1, 20))
    assert got == [("executed", "US", 13, "2020-07-01", "2021-01-16", "aggregate")]


# 7. An ordinal counts from the date written after it, never from the incident's or the offence's
#    date before it; "the 2022 protests" began on the day readers know, not on 1 January.

def test_an_ordinal_counts_from_the_date_after_it_not_from_the_offence_year():
    got = facts("Daniel Lewis, who shot two guards during a bank robbery in 2004, was executed early on Thursday in "
                "Indiana, the ninth federal prisoner put to death since federal executions resumed last August.",
                date(2021, 1, 9))
    assert ("executed", "US", 9, "2020-08-01", "2021-01-07", "aggregate") in got


def test_an_ordinal_of_the_protests_of_a_year_counts_from_the_day_they_began():
    got = facts("Reza Ahmadi was hanged in Qezelhesar Prison on Tuesday. He is the sixth man executed over "
                "the nationwide protests that erupted in 2022.", date(2023, 3, 9))
    assert ("executed", "IR", 6, "2022-09-16", "2023-03-07", "aggregate") in got


# 8. A figure told "up to" a day has the start of the span its sentence names: "Since the start
#    of the Iranian year on 21 March, ... according to a count up to 11 September".

def test_a_count_up_to_a_day_starts_where_its_sentence_says():
    got = facts("Since the start of the Iranian year on March 21, 2023, at least 410 people have been hanged in "
                "Iran, according to the group's tally up to August 30.", date(2023, 9, 2))
    assert got == [("executed", "IR", 410, "2023-03-21", "2023-08-30", "aggregate")]


def test_a_count_until_a_day_after_a_month_starts_with_that_month():
    got = facts("Since January, Saudi Arabia has executed at least 112 people, Reprieve said in figures "
                "compiled until 4 June.", date(2024, 6, 6))
    assert got == [("executed", "SA", 112, "2024-01-01", "2024-06-04", "aggregate")]


# 9. A breakdown told in a sentence with no execution word of its own ("Of these, 151 had been
#    convicted of murder", "Among them were 30 women") is still a part of the statistic before it.

def test_parts_opened_by_of_these_without_an_execution_word_are_parts():
    got = facts("At least 212 people have been executed in Iran since 21 March, the group said. Of these, 97 "
                "had been convicted of drug offences.", date(2024, 7, 1))
    assert ("executed", "IR", 97, "2024-03-21", "2024-07-01", "aggregate") in got


def test_parts_opened_by_among_them_were_are_parts():
    got = facts("At least 212 people have been executed in Iran since 21 March, the group said. Among them "
                "were 11 women and two Afghan nationals.", date(2024, 7, 1))
    assert ("executed", "IR", 11, "2024-03-21", "2024-07-01", "aggregate") in got
    assert ("executed", "IR", 2, "2024-03-21", "2024-07-01", "aggregate") in got


# 10. A day written without its year, then "this year", is that day: "On 2 April this year the
#     court upheld his death sentence" is a sentence upheld on 2 April, not a figure since January.

def test_a_day_then_this_year_is_that_day():
    got = facts("On 2 April this year the Supreme Court upheld the death sentence of Ali Rahimi.", date(2024, 6, 1))
    assert got == [("sentenced", "IR", 1, "2024-04-02", "2024-04-02", "event")]


def test_a_day_of_this_year_in_a_report_on_an_execution_is_that_day():
    got = facts("Reza Moradi was hanged in Qom on 9 May of this year, his family said.", date(2024, 6, 1))
    assert got == [("executed", "IR", 1, "2024-05-09", "2024-05-09", "event")]


# 11. A month without its year inside a part of an earlier year's figure is that year's month, and
#     the part's own date is never the span of the figures after it.

def test_a_month_in_a_part_of_last_years_figure_is_last_years_month():
    got = facts("In its annual review, the group said Kuwait executed 11 people in 2023, including seven men "
                "hanged on a single day in March. Bahrain executed three people.", date(2024, 4, 20))
    # one day's hanging of seven inside the year's figure is an incident (kind.event.dated_part), as every
    # labelled set has "including 81 in a single day in March"; its month is still last year's
    assert ("executed", "KW", 7, "2023-03-01", "2023-03-31", "event") in got
    assert not [f for f in got if f[3].startswith("2024")]


def test_a_parts_own_month_does_not_date_the_next_countrys_figure():
    got = facts("The review said Kuwait executed 11 people in 2023, including seven men hanged on a single day "
                "in July.\n\nBahrain executed three people.", date(2024, 4, 20))
    assert ("executed", "BH", 3, "2023-01-01", "2023-12-31", "aggregate") in got


# 12. "The same period of <year>" is the statistic's months in that year, for the figure compared.

def test_the_figure_of_the_same_period_of_an_earlier_year_has_those_months():
    got = facts("At least 142 people were executed in Iran in the first three months of 2024, up from the "
                "same period of 2023, when the group recorded 94 executions.", date(2024, 4, 3))
    assert ("executed", "IR", 94, "2023-01-01", "2023-03-31", "aggregate") in got
    assert ("executed", "IR", 142, "2024-01-01", "2024-03-31", "aggregate") in got


def test_a_whole_earlier_year_compared_keeps_the_whole_year():
    got = facts("At least 142 people were executed in Iran in the first three months of 2024, compared with "
                "834 in the whole of 2023.", date(2024, 4, 3))
    assert not [f for f in got if f[2] == 834 and f[3:5] != ("2023-01-01", "2023-12-31")]


# 13. A transfer told as the lead-up to the execution in the same sentence is background.

def test_a_transfer_told_after_the_execution_it_led_to_is_no_imminent_claim():
    got = facts("Three prisoners were hanged in Ghezel Hesar Prison on Wednesday 6 March, a day after they and a "
                "fourth man were moved to solitary confinement.", date(2024, 3, 7))
    assert got == [("executed", "IR", 3, "2024-03-06", "2024-03-06", "event")]


def test_a_transfer_of_someone_else_in_its_own_sentence_is_still_imminent():
    got = facts("Three prisoners were hanged in Ghezel Hesar Prison on Wednesday 6 March. Ali Rezaei was moved "
                "to solitary confinement on Thursday.", date(2024, 3, 8))
    assert ("imminent", "IR", 1, "2024-03-07", "2024-03-07", "event") in got


# 14. An execution whose own verb plans it is imminent: "the execution of X is scheduled for
#     Wednesday"; one planned and then stayed is none.

def test_an_execution_scheduled_to_take_place_on_a_day_is_imminent():
    got = facts("The execution of Ali Karimi is scheduled to take place in Qezelhesar Prison on 14 May, his "
                "lawyer said.", date(2024, 5, 10))
    assert got == [("imminent", "IR", 1, "2024-05-14", "2024-05-14", "event")]


def test_an_execution_set_for_a_day_is_imminent():
    got = facts("Amnesty said the execution of Chinese national Wang Lei is set for Friday in Singapore.",
                date(2024, 5, 8))
    assert got == [("imminent", "SG", 1, "2024-05-10", "2024-05-10", "event")]


def test_an_execution_scheduled_then_stayed_is_none():
    got = facts("The execution of Ali Karimi was scheduled for Sunday but was stayed at the last minute.",
                date(2024, 5, 14))
    assert got == []


# 15. "Up from 41 the previous year": the compared figure's year, written without "in", is never the
#     span of the figures after it (nor a rolling year up to the report).

def test_the_previous_year_of_a_compared_figure_does_not_date_the_next_figure():
    got = facts("Amnesty recorded executions in 16 countries in 2023.\n\nIraq executed at least 16 people, up "
                "from 11 the previous year. Egypt executed eight people.", date(2024, 5, 29))
    assert ("executed", "EG", 8, "2023-01-01", "2023-12-31", "aggregate") in got


# 16. A country's figure compared with the world's is the country's: "at least 94 executions in
#     Iraq in 2019, a fifth of all executions recorded worldwide".

def test_a_countrys_figure_set_against_the_worlds_is_the_countrys():
    got = facts("The group recorded at least 94 executions in Iraq in 2019, about a fifth of all executions "
                "recorded worldwide that year.", date(2020, 4, 21))
    assert got == [("executed", "IQ", 94, "2019-01-01", "2019-12-31", "aggregate")]


def test_a_world_figure_in_many_countries_is_still_no_claim():
    got = facts("The group recorded at least 657 executions in 20 countries in 2019, a fall on the year "
                "before; executions worldwide fell again.", date(2020, 4, 21))
    assert got == []
