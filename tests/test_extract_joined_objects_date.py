"""A date right after the second of two objects joined by "and" ("recorded 17 death sentences and
the arrest of 236 people in January") dates the first too, when the first has no date of its own.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2026, 2, 3))


def test_a_month_after_a_noun_of_action_dates_the_count_before():
    got = facts("The monitors also recorded 21 new death sentences and the arrest of 310 people in January.")
    assert got == [("sentenced", 21, "2026-01-01", "2026-01-31", "aggregate")]


def test_two_figures_joined_share_their_month():
    got = facts("The group documented 40 executions and 12 death sentences in January.")
    assert got == [("executed", 40, "2026-01-01", "2026-01-31", "aggregate"),
                   ("sentenced", 12, "2026-01-01", "2026-01-31", "aggregate")]


def test_a_count_with_its_own_day_keeps_it():
    got = facts("Three men were hanged in Qom on Sunday, and two women were flogged in Shiraz on Monday.")
    assert got == [("executed", 3, "2026-02-01", "2026-02-01", "event")]
