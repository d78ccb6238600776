"""Kinds of error seen in heldout7 (English reports written blind), each pinned with sentences
written for this file, in other words and other figures than the reports where the kind was
found. Every sentence is invented."""
from datetime import date

from extract import extract_report


def facts(text, published):
    return sorted((c.event, c.country, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published))


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
