"""Comparisons in a year-end report that date no figure: a year a figure equals ("tying 2019 for the
fewest in decades") is compared with, never the span of the figures after it; a bound held over a run
of years ("for the sixth straight year, fewer than 40 people were sentenced to death") is a threshold,
no count. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2022, 12, 16))
LEAD = "US executions stayed near historic lows in 2022, the center said in its year-end report.\n\n"


def test_a_year_tied_is_no_span_of_later_figures():
    got = facts(LEAD + "Only six states carried out executions this year, tying 2019 for the fewest in two decades. "
                "All 18 executions were by lethal injection.")
    assert [row for row in got if row[3].startswith("2019")] == []


def test_a_bound_over_a_run_of_years_is_no_count():
    got = facts("For the sixth straight year, fewer than 40 people were sentenced to death in the United States, "
                "the center said today.")
    assert got == []


def test_a_bound_on_one_incident_stays():
    got = facts("Up to eight men were hanged in Riyadh on Tuesday, activists said.")
    assert [row[2] for row in got] == [8]
