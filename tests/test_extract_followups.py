"""Claims dated or counted outside their own clause: a follow-up sentence that dates the fact
before it, a scheduled date, a figure quoted for comparison. Every sentence here is invented."""
from datetime import date

import pytest

from extract import extract_report

from claim_rows import claim_reader

THURSDAY = date(2024, 3, 14)


facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=THURSDAY)


@pytest.mark.parametrize("text, expected", [
    ("Two men were sentenced to death by the Revolutionary Court of Mashhad. The verdict was communicated "
     "to them last week.", ("sentenced", 2, "2024-03-04", "2024-03-10", "event")),
    ("Omid Kiani was sentenced to death in Ahvaz. The ruling was issued on Saturday by Branch 2.",
     ("sentenced", 1, "2024-03-09", "2024-03-09", "event")),
    ("Nasser Jalali was hanged in Ghezel Hesar prison. It took place at dawn on Tuesday.",
     ("executed", 1, "2024-03-12", "2024-03-12", "event")),
    ("A young man was hanged in Yazd prison. The hanging was carried out on Sunday, 10 March.",
     ("executed", 1, "2024-03-10", "2024-03-10", "event")),
])
def test_a_follow_up_sentence_dates_the_claim_before_it(text, expected):
    assert facts(text) == [expected]


def test_a_follow_up_with_a_figure_of_its_own_dates_only_itself():
    got = facts("Two men were sentenced to death in Shiraz. Three other prisoners were hanged in Shiraz last week.")
    assert ("sentenced", 2, "2024-03-14", "2024-03-14", "event") in got


def test_an_unrelated_follow_up_date_is_not_taken():
    got = facts("Karim Azadi was hanged in Zahedan. His family had visited him on Monday.")
    assert got == [("executed", 1, "2024-03-14", "2024-03-14", "event")]


@pytest.mark.parametrize("text, day", [
    ("Hamid Karimi was moved to solitary confinement on Monday and is due to be hanged on Saturday.", "2024-03-16"),
    ("Hamid Karimi was transferred to solitary confinement on Monday and is set to be executed on Saturday.",
     "2024-03-16"),
    ("Hamid Karimi was transferred to solitary confinement on Monday; his execution is expected on Saturday.",
     "2024-03-16"),
])
def test_an_imminent_claim_takes_the_scheduled_date(text, day):
    assert facts(text) == [("imminent", 1, day, day, "event")]


@pytest.mark.parametrize("text, earlier", [
    ("Iran executed 300 people in 2023, up from 250 the previous year.",
     ("executed", 250, "2022-01-01", "2022-12-31", "aggregate")),
    ("The monitor counted 410 hangings in 2022, compared with 280 in 2021.",
     ("executed", 280, "2021-01-01", "2021-12-31", "aggregate")),
    ("Kuwait carried out 14 executions in 2023, surpassing the 9 carried out in 2022.",
     ("executed", 9, "2022-01-01", "2022-12-31", "aggregate")),
    ("The group recorded 31 executions in February, down from 40 a year earlier.",
     ("executed", 40, "2023-02-01", "2023-02-28", "aggregate")),
    ("In the first four months of 2022, the group documented at least 200 executions, compared with 150 in "
     "the same period a year earlier.", ("executed", 150, "2021-01-01", "2021-04-30", "aggregate")),
])
def test_a_figure_quoted_for_comparison_is_a_claim_with_its_own_period(text, earlier):
    assert earlier in facts(text)


@pytest.mark.parametrize("text", [
    "Iran executed 300 people in 2023. The number of prisoners on death row rose to 5,000, up from 4,000 the previous year.",
    "Iran executed 300 people in 2023, and police arrested 900 activists, up from 700 the previous year.",
    "Iran executed 300 people in 2023; women made up 4 percent of them, up from 3 percent the previous year.",
    "At least 300 people were executed in 2023. Arrests of activists climbed to 800, compared with 650 in 2022.",
    "Five men were hanged in Karaj on Monday, compared with 12 last year.",
    "The man was sentenced to 12 years in prison in 2023, up from 8 the previous year.",
    "Iran executed 300 people in 2023, most of them aged 30, up from 28 the previous year.",
])
def test_compared_numbers_of_other_things_are_not_claims(text):
    assert all(c.count not in (4000, 700, 3, 650, 12, 8, 28) for c in extract_report(text, THURSDAY))


@pytest.mark.parametrize("text, part", [
    ("At least 120 people were executed in 2023. Baluch prisoners accounted for 23 of the executions.", 23),
    ("At least 120 people were executed in 2023. Kurds made up 40 of the total.", 40),
])
def test_a_share_of_the_executions_is_a_breakdown_with_the_statistic_period(text, part):
    assert ("executed", part, "2023-01-01", "2023-12-31", "aggregate") in facts(text)


@pytest.mark.parametrize("text", [
    "At least 120 people were executed in 2023. One of the executions was carried out in public.",
    "At least 120 people were executed in 2023. Police arrested 12 of the protesters.",
])
def test_an_instance_or_another_group_is_not_a_breakdown(text):
    assert facts(text) == [("executed", 120, "2023-01-01", "2023-12-31", "aggregate")]


@pytest.mark.parametrize("text, day", [
    ("The death sentence of Reza Moradi was carried out in Ardabil prison on Friday.", "2024-03-08"),
    ("The qisas sentence of a prisoner named Reza Moradi, 41, was implemented in Ardabil Central Prison on the "
     "morning of Tuesday, 12 March 2024.", "2024-03-12"),
    ("His death sentence was carried out on Tuesday in Ghezel Hesar prison.", "2024-03-12"),
    ("Reza Moradi was sentenced to death in 2019 for murder. The qisas sentence was implemented on Tuesday in "
     "Isfahan's Dastgerd prison.", "2024-03-12"),
])
def test_a_sentence_carried_out_is_an_execution(text, day):
    assert ("executed", 1, day, day, "event") in facts(text)


@pytest.mark.parametrize("text", [
    "His prison sentence was carried out in Evin.",
    "The sentence was carried out on Tuesday.",
    "His sentence of 74 lashes was carried out on Tuesday.",
])
def test_other_sentences_carried_out_are_not_executions(text):
    assert facts(text) == []


def test_a_named_person_executed_in_a_month_is_an_event():
    assert facts("This follows the execution of blogger Ali Kazemi in March 2021.") == [
        ("executed", 1, "2021-03-01", "2021-03-31", "event")]


def test_first_n_months_keep_their_span_when_compared_with_the_same_period():
    text = ("At least 20 people were executed in May. In the first five months of 2024, the group documented no "
            "fewer than 150 executions, a rise of 30 per cent compared with the same period last year.")
    got = facts(text, date(2024, 6, 3))
    assert ("executed", 150, "2024-01-01", "2024-05-31", "aggregate") in got
    assert ("executed", 20, "2024-05-01", "2024-05-31", "aggregate") in got


def test_in_the_same_period_still_takes_the_statistic_span():
    got = facts("At least 20 people were executed in May. In the same period, 4 women were hanged.", date(2024, 6, 3))
    assert ("executed", 4, "2024-05-01", "2024-05-31", "aggregate") in got
