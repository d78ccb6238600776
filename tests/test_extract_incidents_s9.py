"""Kinds of English reporting that made wrong or wrongly dated incident claims (kind "event"),
each pinned with sentences written for this file: other names, places, numbers and dates than any
labelled report. Each kind has wordings that must change and wordings that must keep their claim."""
from datetime import date

from claim_rows import claim_reader


claims = claim_reader("event", "count", "period_start", "period_end", "kind", "country")


counts = claim_reader("count")


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


# 2. The day someone spoke ("the group said on Thursday that ...") dates the saying. When the
#    fact reported after "that" carries its own span ("in the first nine months of 2023", "in
#    August"), the speech day never replaces it, even with "the same period last year" after it.

def test_a_span_reported_after_a_speech_day_is_the_figure_s():
    got = claims("The rights group said on Thursday that at least 312 people were executed in the first nine "
                 "months of 2023, nearly twice the number for the same period last year.", date(2023, 10, 20))
    assert ("executed", 312, "2023-01-01", "2023-09-30", "aggregate", "IR") in got
    assert not [c for c in got if c[4] == "event"]


def test_a_month_reported_after_an_announcement_day_keeps_its_comparison():
    got = claims("The group announced on Tuesday that 41 prisoners had been hanged in August, up from 30 in the "
                 "same month last year.", date(2024, 9, 10))
    assert ("executed", 41, "2024-08-01", "2024-08-31", "aggregate", "IR") in got


def test_the_speech_day_still_dates_a_fact_with_no_date_of_its_own():
    got = claims("Rights groups said on Thursday that two men were hanged in Qom Prison.", date(2024, 5, 20))
    assert got == [("executed", 2, "2024-05-16", "2024-05-16", "event", "IR")]


def test_a_span_before_the_figure_still_dates_the_same_period_compared():
    got = claims("In the first half of 2022, at least 251 people were executed, more than double the figure for "
                 "the same period last year.", date(2022, 7, 27))
    assert ("executed", 251, "2022-01-01", "2022-06-30", "aggregate", "IR") in got


def test_the_same_period_after_a_reported_span_is_the_compared_figure_s_even_after_another_statistic():
    got = claims("Iran executed 582 people in 2022, the group said. Amnesty International said on Wednesday that "
                 "at least 251 people were executed in the first six months of 2023, more than double the number "
                 "for the same period last year.", date(2023, 7, 27))
    assert ("executed", 251, "2023-01-01", "2023-06-30", "aggregate", "IR") in got


# 3. A month or a year told inside the phrase that links people to an event ("in connection with
#    the protests that followed ... in September 2022", "in connection with the 2019 fuel protests")
#    dates that event, never the execution or the sentence. A charge is no event ("in connection
#    with drug offences in 2023" is the figure's year), and a verb after the phrase ends it.

def test_a_month_inside_the_connected_event_does_not_date_the_execution():
    got = claims("Reza Kamali was executed in Qezel Hesar prison in connection with the death of a guard during "
                 "the unrest in Karaj, in November 2022.", date(2024, 6, 4))
    assert got == [("executed", 1, "2024-06-04", "2024-06-04", "event", "IR")]


def test_a_range_of_months_naming_the_uprising_does_not_date_the_sentence():
    got = claims("Rapper Kian Bahrami has been sentenced to death in connection with the uprising of "
                 "September–December 2022, his lawyer said.", date(2024, 4, 25))
    assert [c[2] for c in got] == ["2024-04-25"]


def test_the_year_before_a_quoted_name_of_the_protests_dates_the_protests():
    got = claims('Iran executed at least 975 people in 2024, Amnesty said. Two protesters, Ali Navidi and Hamid '
                 'Sohrabi, were executed in connection with the 2019 "Bloody November" protests.', date(2025, 4, 8))
    assert ("executed", 2, "2024-01-01", "2024-12-31", "aggregate", "IR") in got


def test_a_charge_is_no_event_and_keeps_the_figure_s_year():
    got = claims("At least 400 people were executed in connection with drug offences in 2023, the group said.",
                 date(2024, 3, 5))
    assert got == [("executed", 400, "2023-01-01", "2023-12-31", "aggregate", "IR")]


def test_a_day_of_its_own_after_the_phrase_still_dates_the_execution():
    got = claims("Saeed Moradi was executed in Qezel Hesar prison in connection with the 2022 protests on Sunday.",
                 date(2024, 6, 4))
    assert got == [("executed", 1, "2024-06-02", "2024-06-02", "event", "IR")]


# 4. A span whose year is written once, at its end ("between 1 January and 20 December 2020",
#    "from 1 March to 30 June 2023"): both ends are of that year, never the first end of the year
#    the report was published in (which made an inverted span and an incident of a statistic).

def test_a_span_with_its_year_at_the_end_is_that_year_s():
    got = claims("According to the centre, 236 executions were recorded in Iran between 1 January and 20 December "
                 "2020.", date(2021, 10, 12))
    assert got == [("executed", 236, "2020-01-01", "2020-12-20", "aggregate", "IR")]


def test_a_span_from_a_month_to_a_month_of_another_year_keeps_its_start():
    got = claims("From 1 March to 30 June 2023, at least 300 people were hanged, the group said.",
                 date(2024, 6, 15))
    assert got == [("executed", 300, "2023-03-01", "2023-06-30", "aggregate", "IR")]


def test_a_span_across_new_year_starts_the_year_before():
    got = claims("Between December 1 and February 28, 2023, 95 prisoners were executed.", date(2023, 4, 2))
    assert got == [("executed", 95, "2022-12-01", "2023-02-28", "aggregate", "IR")]


# 5. "On the last day of the month" (or the first) is that day of the month the report is about,
#    not a date left unresolved (an incident with no period).

def test_the_last_day_of_the_month_in_a_monthly_report():
    got = claims("At least 120 prisoners were executed in Iran in March 2025, the group said. On the last day of "
                 "the month, two Kurdish prisoners, Kamal Rezaei and Omid Fattahi, were hanged in Sanandaj prison.",
                 date(2025, 4, 4))
    assert ("executed", 2, "2025-03-31", "2025-03-31", "event", "IR") in got


def test_the_first_day_of_the_month_named_before():
    got = claims("Rights groups recorded 60 executions in October. On the first day of the month, three men were "
                 "hanged in Qom.", date(2024, 11, 3))
    assert ("executed", 3, "2024-10-01", "2024-10-01", "event", "IR") in got


def test_a_step_told_after_being_does_not_date_the_execution():
    got = claims("On Tuesday, two men were hanged in Qom prison, after being moved to solitary confinement two "
                 "days before.", date(2025, 4, 4))
    assert ("executed", 2, "2025-04-01", "2025-04-01", "event", "IR") in got


def test_the_last_day_of_the_month_before_a_step_told_after_being():
    got = claims("At least 120 prisoners were executed in Iran in March 2025, the group said. On the last day of "
                 "the month, Kamal Rezaei and Omid Fattahi were hanged in Sanandaj prison, after being moved to "
                 "solitary confinement the day before.", date(2025, 4, 4))
    assert ("executed", 2, "2025-03-31", "2025-03-31", "event", "IR") in got


# 6. A transfer or a sentence told in a relative clause on the people executed, ending in an adverb
#    of time ("who had been moved to solitary confinement the day before were hanged"): "before" and
#    "after" after a unit of time open no clause, so the verb after them is the main one and the
#    execution is the news, the transfer its lead-up (no imminent or sentenced incident of its own).

def test_a_transfer_the_day_before_in_a_relative_clause_is_lead_up():
    got = claims("Three Kurdish prisoners who had been moved to solitary confinement in Urmia the day before were "
                 "hanged in the city's prison on Monday morning.", date(2021, 8, 3))
    assert [(c[0], c[1], c[2]) for c in got] == [("executed", 3, "2021-08-02")]


def test_a_transfer_a_week_before_in_a_relative_clause_is_lead_up():
    got = claims("Two prisoners who were moved to solitary confinement a week before were hanged at dawn on "
                 "Thursday in Qom.", date(2023, 5, 8))
    assert got == [("executed", 2, "2023-05-04", "2023-05-04", "event", "IR")]


def test_a_sentence_the_year_before_in_a_relative_clause_is_lead_up():
    got = claims("Five men who had been sentenced to death the year before were executed in Shiraz on Monday.",
                 date(2023, 5, 10))
    assert got == [("executed", 5, "2023-05-08", "2023-05-08", "event", "IR")]


# 7. An imminent execution with no day of its own takes the day it is set for ("his execution is
#    scheduled for 5 March"), even when the day of a transfer is told between the two.

def test_the_scheduled_day_beats_a_transfer_day_told_between():
    got = claims("Karim Nouri, who was 16 when he was arrested, is at imminent risk of execution in Qezel Hesar "
                 "prison in Karaj. On 2 March 2024 he was transferred to solitary confinement, and his family were "
                 "told that his execution is scheduled for 5 March 2024.", date(2024, 3, 3))
    assert ("imminent", 1, "2024-03-05", "2024-03-05", "event", "IR") in got
    assert ("imminent", 1, "2024-03-02", "2024-03-02", "event", "IR") not in got


def test_a_transfer_alone_still_dates_the_imminent_execution():
    got = claims("Sara Kamali faces imminent execution in Qarchak prison. On 2 March 2024 she was transferred to "
                 "solitary confinement.", date(2024, 3, 3))
    assert [c[:4] for c in got if c[0] == "imminent"] == [("imminent", 1, "2024-03-02", "2024-03-02")]


# 8. An estimate of people who "face imminent execution" ("at least 150 prisoners face imminent
#    execution", "more than 40 men are facing ...") is an "at risk" count, no incident; known people
#    told with an exact number stay one.

def test_a_hedged_number_facing_execution_is_no_incident():
    assert claims("Rights groups say at least 150 prisoners in Nasiriyah face imminent execution, while thousands "
                  "more are on death row.", date(2024, 9, 25)) == []
    assert claims("More than 40 men are facing imminent execution in Qezel Hesar prison.", date(2024, 9, 25)) == []


def test_an_exact_group_facing_execution_is_still_an_incident():
    got = claims("Four Kurdish prisoners face imminent execution in Urmia after the Supreme Court upheld their "
                 "sentences.", date(2024, 9, 25))
    assert [c[:2] for c in got] == [("imminent", 4)]


# 3b. A running total counts from the event it is linked to: the date kept from dating incidents
#     (kind 3) is still where "the eighth person executed in connection with the 2022 protests" and
#     "the number executed in connection with the protests that began in September" start.

def test_an_ordinal_linked_to_dated_protests_runs_from_them():
    got = claims('Two men were hanged in Karaj on Monday. He is the eighth person executed in connection with the '
                 '2022 "Woman, Life, Freedom" protests.', date(2023, 11, 23))
    assert ("executed", 8, "2022-09-16", "2023-11-20", "aggregate", "IR") in got


def test_a_total_linked_to_protests_that_began_in_a_month_runs_from_that_month():
    got = claims("Two men were hanged on Monday. With these hangings, the number of people executed in connection "
                 "with the protests that began in September 2022 has risen to nine.", date(2024, 1, 24))
    assert ("executed", 9, "2022-09-16", "2024-01-24", "aggregate", "IR") in got
