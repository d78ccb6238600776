"""Statistics set beside figures of other periods (session 16): each figure keeps its own period,
never the one a phrase describing another year or a compared figure names. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_the_last_year_before_a_change_describes_the_year_written_not_last_year():
    text = ("The monitor counted at least 250 executions in 2021. In 2015, the last year before the new "
            "drug law came into force, it recorded at least 640 executions, most of them for trafficking.")
    got = facts(text, date(2022, 2, 10))
    assert ("executed", "IR", 640, "2015-01-01", "2015-12-31", "aggregate") in got
    assert not [g for g in got if g[2] == 640 and g[3] == "2021-01-01"]


def test_its_last_year_in_office_is_no_calendar_year():
    got = facts("Under the former chief justice, at least 312 people were hanged in 2012, his last year in "
                "office.", date(2014, 6, 3))
    assert ("executed", "IR", 312, "2012-01-01", "2012-12-31", "aggregate") in got


def test_last_year_alone_still_is_the_year_before_the_report():
    got = facts("At least 412 people were executed last year, the group said.", date(2014, 6, 3))
    assert ("executed", "IR", 412, "2013-01-01", "2013-12-31", "aggregate") in got


def test_a_month_compared_with_as_many_as_keeps_its_own_month():
    text = ("In March alone, at least 95 people were hanged, nearly three times as many as in March of last "
            "year, the group said.")
    got = facts(text, date(2023, 4, 6))
    assert ("executed", "IR", 95, "2023-03-01", "2023-03-31", "aggregate") in got
    assert not [g for g in got if g[3] == "2022-03-01"]


def test_as_many_executions_as_during_a_compared_year_dates_nothing():
    got = facts("The authorities carried out 48 executions in the first half of 2019, as many hangings as "
                "during the whole of 2017.", date(2019, 7, 15))
    assert ("executed", "IR", 48, "2019-01-01", "2019-06-30", "aggregate") in got
    assert not [g for g in got if g[3] == "2017-01-01"]


def test_a_part_after_a_deadlier_month_told_for_comparison_splits_the_reports_month():
    text = ("At least 98 people were hanged in Iran in May, the monitor said in its monthly report.\n\n"
            "The toll comes after a deadlier April, when the group counted 121 executions.\n\n"
            "By charge, 51 of the executions were for drug offences.")
    got = facts(text, date(2023, 6, 4))
    assert ("executed", "IR", 98, "2023-05-01", "2023-05-31", "aggregate") in got
    assert ("executed", "IR", 121, "2023-04-01", "2023-04-30", "aggregate") in got
    assert ("executed", "IR", 51, "2023-05-01", "2023-05-31", "aggregate") in got
    assert not [g for g in got if g[2] == 51 and g[3] == "2023-04-01"]


def test_in_that_year_takes_the_year_named_last_even_a_compared_one():
    text = ("At least 640 people were executed in Iran in 2022, the group said in its annual report.\n\n"
            "The 2022 figure is far higher than the 314 executions it recorded in 2021. In that year, those put to "
            "death included 88 Baluch prisoners (28% of the total) and 17 women.")
    got = facts(text, date(2023, 2, 20))
    assert ("executed", "IR", 17, "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 88, "2021-01-01", "2021-12-31", "aggregate") in got
    assert not [g for g in got if g[2] in (17, 88) and g[3] == "2022-01-01"]


def test_during_that_same_year_after_a_day_is_that_days_year():
    text = ("The activist was hanged in Qezelhesar prison on 3 May 2019. During that same year, at least "
            "280 people were executed across the country, the monitor said.")
    got = facts(text, date(2024, 5, 3))
    assert ("executed", "IR", 280, "2019-01-01", "2019-12-31", "aggregate") in got


def test_a_figure_of_the_previous_reporting_period_told_in_a_when_clause_is_of_the_span_before():
    # (the 366 days of the statistic, leap day included, ending the day before it starts)
    text = ("Between 1 April 2023 and 31 March 2024, at least 410 people were hanged, a rise of 40% on the "
            "preceding review period, when the group documented 293 executions.")
    got = facts(text, date(2024, 4, 10))
    assert ("executed", "IR", 410, "2023-04-01", "2024-03-31", "aggregate") in got
    assert ("executed", "IR", 293, "2022-03-31", "2023-03-31", "aggregate") in got
    assert not [g for g in got if g[2] == 293 and g[3] == "2023-04-01"]


def test_a_figure_of_the_previous_month_told_in_a_when_clause_is_the_month_before():
    got = facts("The monitor counted 61 executions in June, fewer than in the previous month, when 87 people "
                "were put to death.", date(2024, 7, 3))
    assert ("executed", "IR", 61, "2024-06-01", "2024-06-30", "aggregate") in got
    assert ("executed", "IR", 87, "2024-05-01", "2024-05-31", "aggregate") in got


def test_a_year_a_figure_exceeded_is_compared_so_later_parts_split_the_reports_own_year():
    text = ("Kuwait hanged 16 people in 2024, the most in two decades. The total exceeded its figure for all "
            "of 2022, when 11 prisoners were executed. Nine of those executed were foreigners.")
    got = facts(text, date(2025, 1, 20))
    assert ("executed", "KW", 11, "2022-01-01", "2022-12-31", "aggregate") in got
    assert ("executed", "KW", 9, "2024-01-01", "2024-12-31", "aggregate") in got
    assert not [g for g in got if g[2] == 9 and g[3] == "2022-01-01"]


def test_a_figure_written_after_the_month_it_surpassed_keeps_that_month():
    got = facts("The toll surpassed even the March 2015 mass execution of 40 prisoners in the same jail.",
                date(2025, 1, 20))
    assert ("executed", "IR", 40, "2015-03-01", "2015-03-31") == got[0][:5]


def test_the_same_period_last_year_when_a_figure_is_the_statistics_span_a_year_back():
    text = ("Between 1 April and 30 June, at least 260 prisoners were executed, the monitor said. That is a "
            "third more than in the same period last year, when 195 people were hanged.")
    got = facts(text, date(2025, 7, 8))
    assert ("executed", "IR", 260, "2025-04-01", "2025-06-30", "aggregate") in got
    assert ("executed", "IR", 195, "2024-04-01", "2024-06-30", "aggregate") in got
    assert not [g for g in got if g[2] == 195 and g[3] == "2024-01-01"]


def test_the_previous_week_after_a_weeks_figure_is_the_week_before_that_one():
    text = ("In the second week of March, 31 prisoners were hanged across Iran. The previous week, 18 "
            "executions were recorded.")
    got = facts(text, date(2025, 3, 20))
    assert ("executed", "IR", 31, "2025-03-08", "2025-03-14", "aggregate") in got
    assert ("executed", "IR", 18, "2025-03-01", "2025-03-07", "aggregate") in got


def test_the_previous_week_after_an_incident_is_still_the_week_before_the_report():
    got = facts("Iran hanged two men in Qom on Monday. The previous week, three prisoners were executed in "
                "Karaj.", date(2025, 11, 12))
    assert [g for g in got if g[2] == 3][0][3:5] == ("2025-11-05", "2025-11-11")
