"""Earlier years' figures given for comparison in reviews: "double the previous year's total of 80",
"nearly twice last year's total of 12", "triple the 9 of 2019" are claims of the year before the
statistic's (or the year written). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2021, 4, 20))


def test_the_previous_years_total_is_the_year_before():
    got = facts("Egypt executed 107 people in 2020, more than double the previous year's total of 32, the "
                "group said.")
    assert ("executed", "EG", 107, "2020-01-01", "2020-12-31") in got
    assert ("executed", "EG", 32, "2019-01-01", "2019-12-31") in got


def test_last_years_total_in_a_year_to_date_figure():
    got = facts("Singapore has hanged 11 people so far in 2021, nearly twice last year's total of 6.",
                date(2021, 11, 2))
    assert ("executed", "SG", 6, "2020-01-01", "2020-11-02") in got or \
        ("executed", "SG", 6, "2020-01-01", "2020-12-31") in got


def test_a_figure_of_a_year_written_after_of():
    text = ("The review counted 483 executions worldwide in 2020.\n\nCountry figures for 2020:\n\n"
            "Iraq - at least 45 executions, triple the 15 of 2019\nEgypt - at least 107\n")
    got = facts(text)
    assert ("executed", "IQ", 15, "2019-01-01", "2019-12-31") in got
