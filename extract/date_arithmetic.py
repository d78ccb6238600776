"""Period arithmetic on dates, no text: month ends, the year of a month and day written without
one, the same day in another year, spans counted back from a day, months shifted, bare weekdays,
and the year or month "during the year" refers to. Every period is computed from a report's
publication date, never from the clock. Periods are (start, end) inclusive date pairs."""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_names import WEEKDAYS

if TYPE_CHECKING:   # dates.py imports this module
    from .dates import DateMention


def month_end(year: int, month: int) -> date:
    """The last day of `month` (1-12) of `year`."""
    return date(year, month, calendar.monthrange(year, month)[1])


_AHEAD_DAYS = 31          # a month-and-day told as past may lie this far after publication (a late copy)
_SCHEDULED_AHEAD_DAYS = 183   # ... and one told as scheduled ("is scheduled to die on March 3") this far


def infer_year(month: int, day: int, published: date | None, future: bool = False) -> int | None:
    """The year of a month-and-day without one: the publication year, unless that puts it more
    than a month after publication (then the year before); a day told as scheduled (`future`) may
    lie up to half a year after publication, and a day more than a month before it is next year's."""
    if published is None:
        return None
    year = published.year
    try:
        if future and date(year, month, min(day, 28)) < published - timedelta(days=_AHEAD_DAYS) \
                and date(year + 1, month, min(day, 28)) <= published + timedelta(days=_SCHEDULED_AHEAD_DAYS):
            return year + 1
        if date(year, month, min(day, 28)) > published + timedelta(days=_SCHEDULED_AHEAD_DAYS if future else _AHEAD_DAYS):
            year -= 1
    except ValueError:
        return None
    return year


def in_year(day: date, year: int) -> date:
    """The same day and month in `year`; 29 February becomes the 28th in a common year."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def safe_date(year, month, day) -> date | None:
    """The date, or None when the numbers name none (31 April) or one is missing."""
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def bare_weekday(name: str, published: date | None, future: bool, this_week: bool) -> date | None:
    """A bare weekday: the latest such day on or before publication (the next one when the
    sentence looks ahead, the one in the publication week for "of this week")."""
    if published is None:
        return None
    target = WEEKDAYS[name.lower()]
    if this_week:
        return published - timedelta(days=published.weekday()) + timedelta(days=target)
    if future:
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=(published.weekday() - target) % 7)


def span_before(start: date, n: int, unit: str) -> tuple[date, date]:
    """The `n` units ("days", "weeks", "months", "years") that end the day before `start`."""
    unit = unit.lower()[0]
    first = (start - timedelta(days=n) if unit == "d" else start - timedelta(days=7 * n) if unit == "w"
             else shift_months(start, -n if unit == "m" else -12 * n))
    return first, start - timedelta(days=1)


def shift_by(day: date, n: int, unit: str) -> date:
    """`day` moved by `n` (negative: back) units: months and weeks by their word ("months", "week"),
    any other unit ("days") counted in days."""
    unit = unit.lower()
    if unit.startswith("month"):
        return shift_months(day, n)
    return day + timedelta(days=n * (7 if unit.startswith("week") else 1))


def shift_months(day: date, months: int) -> date:
    """`day` moved by `months` (negative: back), on the month's last day when it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def resolve_context(unit: str, earlier: list[DateMention], published: date | None, at: int = -1) -> tuple:
    """"during the year": the last year-long span named before it, else the year of publication
    (the year before, early in January, when annual reviews appear); likewise for a month.
    "the previous month": the month before the last month named, else before publication."""
    if unit == "previous month":
        month = next((d for d in reversed(earlier) if d.period_start and d.period_end
                      and 27 <= (d.period_end - d.period_start).days <= 31), None)
        if month is not None and month.end >= at - 3:
            return month.period_start, month.period_end   # "In Dey, the month before,": that month
        if month is not None:
            return shift_months(month.period_start, -1), month.period_start - timedelta(days=1)
        if published is None:
            return None, None
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    low, high = (300, 400) if unit == "year" else (27, 31)
    for d in reversed(earlier):
        if d.period_start and d.period_end and low <= (d.period_end - d.period_start).days <= high:
            return d.period_start, d.period_end
    if published is None:
        return None, None
    if unit == "year":
        year = published.year - 1 if published.month == 1 else published.year
        return date(year, 1, 1), date(year, 12, 31)
    if published.day <= 7:
        last = published.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    return published.replace(day=1), month_end(published.year, published.month)
