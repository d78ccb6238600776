"""Iran-stream reports (session 15): a span of two days without a year told early in January, two
groups' tallies of one year (a bound that is no round number is no rounding of the other), a relative
named inside a list of the executed ("A, his cousin B and C").
Every report here is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind")


# --- a span of two days without a year, told early in the next year ------------------------------

@pytest.mark.parametrize("text, start, end", [
    pytest.param("The monitor documented at least 410 executions in Iran between 1 January and 15 December, "
                 "most of them for drug offences.", "2023-01-01", "2023-12-15", id="between_and"),
    pytest.param("From 3 February to 28 December, at least 57 prisoners were hanged in Qezelhesar Prison, "
                 "the group said.", "2023-02-03", "2023-12-28", id="from_to"),
])
def test_a_span_of_days_without_a_year_told_in_early_january_is_of_the_year_just_ended(text, start, end):
    got = facts(text, date(2024, 1, 4))
    assert [(g[2], g[3]) for g in got if g[0] == "executed"] == [(start, end)]


def test_the_same_span_told_later_in_the_year_stays_in_that_year():
    got = facts("The monitor documented at least 210 executions in Iran between 1 January and 15 June.",
                date(2024, 7, 2))
    assert got == [("executed", 210, "2024-01-01", "2024-06-15", "aggregate")]


# --- two groups' tallies of one year: a bound is a rounding only when it is a round number ----------

def test_another_groups_bound_that_is_no_round_number_is_its_own_tally():
    got = facts("One monitor recorded at least 318 executions in Iran in 2022. Another group counted 327 "
                "executions over the same year.", date(2023, 2, 14))
    assert sorted(g[1] for g in got) == [318, 327]


def test_a_round_bound_of_an_exact_figure_of_the_same_year_is_still_one_fact():
    got = facts("Iran executed more than 320 people in 2022, the group said. Its final count for the year was "
                "327 executions.", date(2023, 2, 14))
    assert [g[1] for g in got] == [327]


# --- a relative named inside a list of the executed -------------------------------------------------

def test_a_relative_named_after_a_comma_inside_a_list_is_one_of_the_executed():
    got = claim_reader("count", "names", "period_start")(
        "Hiwa Karimi, his brother Soran Karimi and Dana Rostami were hanged in Urmia Central Prison on "
        "Tuesday.", date(2023, 5, 4))
    assert got == [(3, ("Hiwa Karimi", "Soran Karimi", "Dana Rostami"), "2023-05-02")]


def test_a_relative_who_speaks_is_no_one_executed():
    got = claim_reader("count", "names")(
        "Hiwa Karimi was hanged in Urmia Central Prison on Tuesday. His cousin Soran Karimi said the family "
        "had not been warned.", date(2023, 5, 4))
    assert got == [(1, ("Hiwa Karimi",))]


# --- "so far" inside the perfect of a verdict ------------------------------------------------------

def test_have_so_far_been_sentenced_to_death_is_a_verdict():
    got = facts("Rights groups say at least 23 protesters have so far been sentenced to death in connection with "
                "the unrest, which began in mid-September.", date(2022, 12, 20))
    assert [(g[0], g[1], g[4]) for g in got] == [("sentenced", 23, "aggregate")]


# --- "hanged this year": the year is the figure's own, whatever months the report named before ---------

def test_a_figure_hanged_this_year_inside_a_quote_is_of_this_year():
    got = facts("Two Baluch men were executed in Zahedan Central Prison on Sunday. They had been sentenced to "
                "death in March 2023 after a trial that lasted minutes.\n\n\"This is part of a wave that has seen "
                "around 400 people hanged this year,\" a researcher at the group said.", date(2024, 6, 10))
    assert [g for g in got if g[1] == 400] == [("executed", 400, "2024-01-01", "2024-06-10", "aggregate")]


# --- a year's running total told beside a figure since a day: the day starts that figure only ----------

@pytest.mark.parametrize("since", ["since the parliamentary vote of 2 September",
                                   "since the new judiciary chief took office on 2 September"])
def test_a_running_total_after_a_figure_since_a_day_runs_to_publication(since):
    got = facts(f"The group has documented at least 64 executions {since}, bringing the total for 2025 to at "
                "least 1,150.", date(2025, 10, 15))
    assert sorted(g for g in got) == [("executed", 64, "2025-09-02", "2025-10-15", "aggregate"),
                                      ("executed", 1150, "2025-01-01", "2025-10-15", "aggregate")]


def test_a_running_total_told_on_a_day_still_ends_on_that_day():
    got = facts("In a statement on 9 October, the group said 1,150 people had been executed since the start of "
                "the year.", date(2025, 10, 15))
    assert got == [("executed", 1150, "2025-01-01", "2025-10-09", "aggregate")]


# --- a verdict upheld for a person described by two nouns joined by "and" ---------------------------

def test_a_death_sentence_upheld_for_a_person_of_two_descriptions_is_theirs():
    got = claim_reader("event", "count", "names", "period_start")(
        "Iran's Supreme Court has upheld the death sentence of the Kurdish teacher and civil rights campaigner "
        "Soran Mahmoudi, his lawyer said on Monday.", date(2025, 3, 5))
    assert got == [("sentenced", 1, ("Soran Mahmoudi",), "2025-03-03")]


# --- "... and N more in <place>": a second group of one verb, on the first group's day ----------------

def test_n_more_in_another_prison_is_a_second_group_of_the_same_day():
    got = facts("At least 15 prisoners were executed on Monday in two prisons in Isfahan province.\n\n"
                "Eleven men were hanged in Dastgerd Prison and four more in Naein Prison. Two of those hanged "
                "were Afghan nationals. The group is also looking into reports that a woman was hanged in "
                "Shiraz the same day.", date(2024, 9, 4))
    assert (("executed", 4, "2024-09-02", "2024-09-02", "event") in got
            and ("executed", 11, "2024-09-02", "2024-09-02", "event") in got)


# --- members of a year's statistic named with a time of their own are their own incidents -------------

REVIEW = ("Iran executed at least 310 people in 2021, the monitor said in its annual report. It recorded 28 "
          "executions in March and 41 in November.\n\n")


def test_members_of_a_years_statistic_told_with_their_own_months_are_incidents():
    got = claim_reader("count", "names", "period_start", "period_end", "kind")(
        REVIEW + "Among those executed were Karim Jafari, hanged in Qom in May, and the boxer Sina Rahimi, hanged "
        "in Tabriz in October, both over killings during unrest in 2019.", date(2022, 2, 10))
    assert (1, ("Karim Jafari",), "2021-05-01", "2021-05-31", "event") in got
    assert (1, ("Sina Rahimi",), "2021-10-01", "2021-10-31", "event") in got


def test_members_of_a_statistic_with_no_time_of_their_own_are_no_incidents():
    got = claim_reader("count", "names", "kind")(
        REVIEW + "Among those executed were Karim Jafari and Sina Rahimi, both convicted over killings during "
        "unrest in 2019.", date(2022, 2, 10))
    assert [g for g in got if g[2] == "event"] == []


# --- "bringing the total recorded since ... to N": a running total of what the group recorded ----------

def test_a_total_recorded_since_the_start_of_the_year_is_a_running_total():
    got = facts("At least 64 people were executed in May, bringing the total documented since the start of 2023 "
                "to 282, the group said.", date(2023, 6, 3))
    assert ("executed", 282, "2023-01-01", "2023-06-03", "aggregate") in got
