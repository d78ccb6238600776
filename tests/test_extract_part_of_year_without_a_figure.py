"""Annual reports say when something changed ("the pace quickened in the last three months of the
year") before giving more of the year's figures: a part of the reported year that no figure is over
is not the span of the undated figures after it. A part that does carry a figure still is. Every
report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")

Y23 = ("2023-01-01", "2023-12-31")


def test_a_part_of_the_year_with_no_figure_does_not_date_the_figures_after_it():
    text = ("At least 340 people were executed in Saudi Arabia in 2023, the monitor said in its annual report "
            "released on Tuesday.\n\n"
            "The group said executions quickened in the second half of the year, with up to ten beheadings "
            "on some days. Only 120 executions were announced by the state news agency.")
    got = facts(text, date(2024, 3, 5))
    assert ("executed", "SA", 120, *Y23, "aggregate") in got


def test_a_part_of_the_year_with_its_own_figure_still_dates_what_follows():
    text = ("At least 340 people were executed in Saudi Arabia in 2023, the monitor said in its annual report "
            "released on Tuesday.\n\n"
            "In the second half of the year alone, 200 people were put to death. Forty executions were for "
            "drug offences.")
    got = facts(text, date(2024, 3, 5))
    assert ("executed", "SA", 200, "2023-07-01", "2023-12-31", "aggregate") in got
    assert ("executed", "SA", 40, "2023-07-01", "2023-12-31", "aggregate") in got
