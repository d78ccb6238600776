"""English wordings that put a count's period in another phrase than the nearest date: a record told
with the count ("the third-lowest total since 1990", "its first executions since 2012"), a total the
count raises ("bringing the number since January to 41"), a figure of last year to the same day, a
part whose whole is written as a number, a relative clause that tells the person's own hanging, a
month that narrows the year a clause opened with, an ordinal told with another incident's day, a
figure to date given on an earlier day, and the subject of a "since" clause. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")
spans = claim_reader("count", "period_start", "period_end")


# rank before a superlative: "the second-lowest total since 1976" measures a record

def test_a_ranked_record_after_the_count_is_not_its_period():
    text = ("The death penalty in 2023: the year in review.\n\n"
            "Juries handed down 27 new death sentences, the fourth-lowest number since 1980.")
    got = spans(text, date(2023, 12, 18))
    assert (27, "2023-01-01", "2023-12-18") in got
    assert not [g for g in got if g[1].startswith("1980")]


def test_a_ranked_record_written_with_a_space_is_not_the_period_either():
    text = ("Executions in 2022: our annual report.\n\n"
            "The state carried out 11 executions, the third highest figure since 2009.")
    got = spans(text, date(2022, 12, 20))
    assert (11, "2022-01-01", "2022-12-20") in got


# a record's start told before the count: "its first executions since 2015 when it hanged ..."

def test_the_start_of_a_record_before_the_count_is_not_its_period():
    text = ("Around the world in 2019: executions fell again, the monitor's annual review found.\n\n"
            "Taiwan carried out its first executions since 2016 when it shot two men convicted of murder.")
    got = facts(text, date(2020, 4, 21))
    assert not [g for g in got if g[1] == "TW" and g[3].startswith("2016")]


def test_a_record_start_with_its_own_clause_still_dates_that_clause():
    text = ("Bahrain hanged five men on Monday, its first executions since June 2019, when it hanged three "
            "prisoners convicted of killing a police officer.")
    got = facts(text, date(2021, 3, 10))
    assert ("executed", "BH", 3, "2019-06-01", "2019-06-30", "aggregate") in got \
        or ("executed", "BH", 3, "2019-06-01", "2019-06-30", "event") in got


# a total the count raises owns the span written between its raising verb and the total

def test_the_span_of_a_raised_total_is_not_the_parts():
    text = ("Monthly report for May 2024.\n\n"
            "At least 83 prisoners were executed in May. At least 12 women were among those executed, bringing "
            "the number of women executed since the start of the year to 41.")
    got = spans(text, date(2024, 6, 3))
    assert (12, "2024-05-01", "2024-05-31") in got
    assert (41, "2024-01-01", "2024-06-03") in got


def test_taking_the_total_since_a_month_leaves_the_part_its_statistics_month():
    text = ("Monthly report: August 2023.\n\n"
            "In August, 71 executions were recorded. Seven Baluch prisoners were among those hanged, taking the "
            "total of Baluch prisoners executed since January to 70.")
    got = spans(text, date(2023, 9, 2))
    assert (7, "2023-08-01", "2023-08-31") in got


def test_a_count_with_its_own_span_before_a_raised_total_keeps_it():
    got = spans("Nine men were hanged in 2023, bringing the number executed since 2020 to 30.", date(2024, 2, 1))
    assert (9, "2023-01-01", "2023-12-31") in got


# "by this point last year": last year's figure up to the same day

def test_by_this_time_last_year_runs_to_the_same_day_a_year_back():
    text = "The kingdom has executed 150 people so far this year. By this time last year it had put 98 prisoners to death."
    got = spans(text, date(2024, 8, 15))
    assert (98, "2023-01-01", "2023-08-15") in got


def test_at_the_same_point_last_year_is_last_years_figure_to_date():
    got = spans("At the same point last year, 60 people had been hanged.", date(2025, 5, 20))
    assert (60, "2024-01-01", "2024-05-20") in got


def test_last_year_alone_is_still_the_whole_year():
    got = spans("Last year 60 people were hanged in the country.", date(2025, 5, 20))
    assert (60, "2024-01-01", "2024-12-31") in got


def test_a_figure_the_news_follows_is_of_the_year_before():
    got = facts("The rise follows a year in which Egypt executed 30 people, rights groups said.", date(2024, 3, 4))
    assert ("executed", "EG", 30, "2023-01-01", "2023-12-31", "aggregate") in got


# a partitive whose whole is written as a number splits the figure of that number

def test_a_part_of_a_numbered_whole_takes_that_figures_period():
    text = ("Singapore has hanged 16 people so far this year, the group said.\n\n"
            "That passed the 14 hanged in 2023.\n\n"
            "Eleven of the 16 people executed were convicted of trafficking heroin.")
    got = spans(text, date(2024, 11, 5))
    assert (11, "2024-01-01", "2024-11-05") in got


# a relative clause telling the person's own execution dates them

def test_a_person_among_those_executed_is_dated_by_the_clause_of_their_hanging():
    text = ("At least 20 prisoners were executed in the past week, the group said.\n\n"
            "Among those executed was Reza Karimi, 41, a labourer from Arak, who was hanged in Arak Central "
            "Prison on Tuesday.")
    got = facts(text, date(2024, 4, 12))
    assert ("executed", "IR", 1, "2024-04-09", "2024-04-09", "event") in got \
        or ("executed", "IR", 1, "2024-04-09", "2024-04-09", "aggregate") in got


def test_a_clause_of_another_deed_does_not_date_the_person():
    text = ("At least 20 prisoners were executed in the past week, the group said.\n\n"
            "Among those executed was Reza Karimi, a labourer, who was arrested on 3 January 2019.")
    got = spans(text, date(2024, 4, 12))
    assert not [g for g in got if g[0] == 1 and g[1].startswith("2019")]


# a month in a clause a year opened narrows the year

def test_a_month_in_a_when_clause_narrows_its_year():
    text = ("Oman last carried out executions in 2015, when four men were hanged in March and two others were "
            "put to death in October.")
    got = spans(text, date(2018, 2, 7))
    assert (4, "2015-03-01", "2015-03-31") in got
    assert (2, "2015-10-01", "2015-10-31") in got


def test_a_when_clause_without_a_month_keeps_the_whole_year():
    got = spans("Oman last carried out executions in 2015, when four men were hanged.", date(2018, 2, 7))
    assert (4, "2015-01-01", "2015-12-31") in got


# an ordinal told with another incident's day after "after"

def test_an_ordinal_runs_to_the_incident_told_not_the_earlier_ones_day():
    text = ("Malaysia on Thursday hanged a man convicted of murder, officials said.\n\n"
            "He was the third person executed in the country this year, after a drug trafficker was hanged "
            "on 12 March.")
    got = spans(text, date(2024, 5, 10))
    assert (3, "2024-01-01", "2024-05-09") in got


def test_an_ordinal_since_a_month_counts_from_that_month_not_the_year_of_the_crimes():
    text = ("Ali Rostami, a former militia commander, was hanged on Tuesday.\n\n"
            "He is the fourth man to be executed for 1988 crimes since May 2015, when the first of them was hanged.")
    got = spans(text, date(2019, 7, 4))
    assert (4, "2015-05-01", "2019-07-02") in got


# a month in the sentence of "last year" is of last year, not of the figure before

def test_a_month_of_last_year_stays_in_last_year():
    text = ("The state put nine people to death in 2019.\n\n"
            "Among those executed in the state last year was John Doe, put to death in September.")
    got = spans(text, date(2025, 2, 1))
    assert (1, "2024-09-01", "2024-09-30") in got


# a year-to-date figure given on an earlier day runs to that day

def test_a_figure_to_date_said_on_an_earlier_day_ends_then():
    text = ("Executions have continued through the autumn.\n\n"
            "In early June, the UN office said at least 400 people had been executed since the start of the year.")
    got = spans(text, date(2024, 12, 1))
    assert (400, "2024-01-01", "2024-06-10") in got


def test_a_figure_so_far_this_year_said_in_a_month_ends_in_that_month():
    got = spans("In September, the group said 120 people had been executed so far this year.", date(2025, 1, 20))
    assert (120, "2024-01-01", "2024-09-30") in got


def test_a_figure_to_date_with_no_earlier_day_runs_to_the_report():
    got = spans("The UN said 400 people had been executed since the start of the year.", date(2024, 12, 1))
    assert (400, "2024-01-01", "2024-12-01") in got


# the subject of a "since" clause is no count that ends the count's clause

def test_a_named_ruler_in_a_since_clause_does_not_hide_its_day():
    text = ("At least 200 executions have been carried out since King Faisal Rahman took the throne on 3 March "
            "2015, the group said.")
    got = spans(text, date(2021, 6, 1))
    assert (200, "2015-03-03", "2021-06-01") in got


def test_a_since_of_the_next_ordinal_is_not_this_ones():
    text = ("Vietnam on Friday executed a man convicted of drug trafficking.\n\n"
            "It was the seventh execution this year, and the sixth carried out since March.")
    got = spans(text, date(2024, 10, 12))
    assert (7, "2024-01-01", "2024-10-11") in got


# a part told after another part splits the same whole

def test_a_part_after_a_part_of_the_sentence_before_splits_the_whole():
    text = ("At least 640 people were executed in Iraq in 2023, the monitor said, including some 30 in a single "
            "week in late March.\n\n"
            "The total included at least 12 women, up from 9 the previous year.")
    got = spans(text, date(2024, 1, 9))
    assert (12, "2023-01-01", "2023-12-31") in got
    assert (9, "2022-01-01", "2022-12-31") in got


def test_a_part_partitive_of_the_part_before_keeps_that_part_as_its_whole():
    text = ("At least 640 people were executed in Iraq in 2023, including 50 in March.\n\n"
            "Of those 50, 12 were women.")
    got = spans(text, date(2024, 1, 9))
    assert (12, "2023-03-01", "2023-03-31") in got


# the day a halt ended is no span of the report's statistics

def test_the_month_a_hiatus_ended_is_not_the_span_of_later_figures():
    text = ("Fifteen people were executed in the country in 2021.\n\n"
            "Nine of them were put to death in the capital after the ministry ended a 10-year moratorium in "
            "June. The provinces carried out six executions, the fewest in 20 years.")
    got = spans(text, date(2021, 12, 17))
    assert (6, "2021-01-01", "2021-12-17") in got
    assert not [g for g in got if g[0] == 6 and g[1] == "2021-06-01"]


def test_a_month_told_as_a_months_figure_still_spans_later_parts():
    text = ("Monthly report.\n\n"
            "In June, 40 executions were recorded. Six of them were of women.")
    got = spans(text, date(2021, 7, 3))
    assert (6, "2021-06-01", "2021-06-30") in got


# "the first half of that month": a half of the month named before

def test_the_first_half_of_that_month_is_of_the_month_named_before():
    got = spans("The group said in March that 30 people had been hanged in the first half of that month.",
                date(2023, 6, 1))
    assert (30, "2023-03-01", "2023-03-15") in got


def test_the_second_half_of_that_month_runs_to_its_end():
    got = spans("In April, the monitor said, 25 more men were executed in the second half of that month.",
                date(2023, 6, 1))
    assert (25, "2023-04-16", "2023-04-30") in got


def test_the_first_half_of_the_year_is_still_six_months():
    got = spans("At least 300 people were executed in the first half of the year.", date(2023, 7, 10))
    assert (300, "2023-01-01", "2023-06-30") in got


# ", all of them in ...": the span after it narrows the date before it

def test_all_of_them_between_two_years_narrows_a_since_span():
    got = spans("Only four executions had been carried out in the state since 1970, all of them between 1995 and "
                "1999.", date(2021, 3, 2))
    assert (4, "1995-01-01", "1999-12-31") in got


def test_all_in_a_month_narrows_a_year():
    got = spans("The kingdom beheaded 12 people in 2019, all in April.", date(2020, 2, 2))
    assert (12, "2019-04-01", "2019-04-30") in got


def test_a_span_after_all_that_is_outside_the_first_one_does_not_narrow_it():
    got = spans("Nine men were hanged in 2018, all of them convicted of crimes committed in 2009.", date(2019, 2, 2))
    assert (9, "2018-01-01", "2018-12-31") in got
