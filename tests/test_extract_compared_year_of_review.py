"""A review's year stays the span of its country figures when a sentence between them compares the
world total with an earlier year: "compared with at least 2,310 in 2021" (a figure with a thousands
separator) and "fewer than the 841 it counted in 2021" (a figure named with "the" after "than") give
the year of the figure compared with, never the year later country figures are of. Every report
here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2023, 5, 16))


def test_compared_with_a_figure_in_thousands():
    text = ("The group's yearly review found that executions rose sharply in 2022.\n\n"
            "At least 1,210 people were put to death in 19 countries last year, compared with at least 2,310 in 2021.\n\n"
            "Iran hanged at least 480, Egypt at least 40 and Somalia at least 12.")
    got = facts(text)
    assert ("executed", "IR", 480, "2022-01-01", "2022-12-31") in got
    assert ("executed", "EG", 40, "2022-01-01", "2022-12-31") in got
    assert not [row for row in got if row[3] == "2021-01-01" and row[1] in ("IR", "EG", "SO")]


def test_than_the_figure_of_an_earlier_year():
    text = ("Death sentences climbed in 2022, the monitor said as it released its annual figures.\n\n"
            "It documented at least 700 executions, a third fewer than the 1,041 it counted in 2021.\n\n"
            "Figures by country for 2022:\n\n- Iraq: at least 30 executions;\n- Yemen: at least 14 executions.")
    got = facts(text)
    assert ("executed", "IQ", 30, "2022-01-01", "2022-12-31") in got
    assert ("executed", "YE", 14, "2022-01-01", "2022-12-31") in got


def test_more_than_a_figure_of_its_own_year_is_no_comparison():
    got = facts("More than 100 people were executed in 2022 in Saudi Arabia, the group said.")
    assert ("executed", "SA", 100, "2022-01-01", "2022-12-31") in got
