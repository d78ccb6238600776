"""A weekday followed by "last week" ("on Friday last week", "Monday of the previous week") is that
one day of the week before the report's, never the whole week. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

# a Wednesday
facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2023, 8, 2))


def test_on_friday_last_week_is_one_day():
    got = facts("On Friday last week, Singapore hanged Tan Wei Ming, 52, for trafficking heroin.")
    assert got == [("executed", 1, "2023-07-28", "2023-07-28", "event")]


def test_monday_of_the_previous_week():
    got = facts("Two men were hanged in Qom Central Prison on Monday of the previous week, their families said.")
    assert got == [("executed", 2, "2023-07-24", "2023-07-24", "event")]


def test_last_week_alone_is_still_the_week():
    got = facts("Three men were hanged in Qom Central Prison last week.")
    assert got == [("executed", 3, "2023-07-24", "2023-07-30", "event")]
