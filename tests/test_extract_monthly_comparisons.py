"""A monthly or quarterly report compares its figure with other spans, each figure with its own:
"well below January's 70" (that month, the latest before the statistic's), "compared with 140 in the
same three months of 2023" (the statistic's months in that year), "nearly double last year's total
of 30" (the whole year before), and "12 of this year's executions" (a part of the year's figure)."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2024, 3, 5))


def test_the_month_in_the_possessive_is_the_month_before():
    text = ("In February, the authorities hanged at least 48 prisoners, the monitors said.\n\n"
            "The February figure was well below January's 70, the group added.")
    assert facts(text) == [(48, "2024-02-01", "2024-02-29"), (70, "2024-01-01", "2024-01-31")]


def test_same_number_of_months_in_an_earlier_year():
    text = "The last quarter of 2023 ended with at least 210 executions, compared with 140 in the same three months of 2022."
    assert facts(text) == [(140, "2022-10-01", "2022-12-31"), (210, "2023-10-01", "2023-12-31")]


def test_last_years_total_is_the_whole_year_before():
    text = "So far this year, 11 men have been executed in the state, nearly double last year's total of 6."
    assert facts(text, published=date(2024, 11, 20)) == [(6, "2023-01-01", "2023-12-31"),
                                                         (11, "2024-01-01", "2024-11-20")]


def test_part_of_this_years_executions():
    text = ("Thirty people have been put to death in the country so far in 2024.\n\n"
            "Texas alone accounted for 12 of this year's executions.")
    assert facts(text, published=date(2024, 11, 20)) == [(12, "2024-01-01", "2024-11-20"),
                                                         (30, "2024-01-01", "2024-11-20")]


def test_a_possessive_month_without_a_figure_before_makes_nothing():
    assert facts("Officials said March's 15 new judges would start work soon.") == []
