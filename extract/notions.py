"""The notions extraction and alerting must agree on, each defined once.

`alerts/` may import this module (and the claim type) from extract/, nothing else: when
the two stages disagree on how long an incident lasts or which day "yesterday" means, the
same report is an incident to one and a statistic to the other, and a total moves by
itself. Pure: no I/O, no clock.

- incident span: an incident is dated to a few days at most; "last week" is the widest
  period an incident is told with. A longer period is a statistic (an aggregate).
- a day: a date expression naming a day or two ("on Monday", "on 14 or 15 October") is
  an exact day; two exact days that do not overlap are two different days.
- reference day: the calendar day a report was published on, in the configured time zone;
  relative dates ("yesterday") are resolved against it.
- offence codes: the SCHEMA.md taxonomy, in its order.
- week start: weeks start on a named weekday (alerts.yaml `week_starts`).
- timestamp form: ISO 8601 text in UTC to the second, so stored times compare as text.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone as dt_timezone
from zoneinfo import ZoneInfo

INCIDENT_MAX_DAYS = 7   # end - start of an incident's period, at most ("last week", with slack)
DAY_MAX_DAYS = 2        # end - start of a date that names "a day or two"

OFFENCES = ("drug", "murder", "rape", "espionage", "political", "armed_robbery", "other")

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def is_incident_span(start: date | None, end: date | None) -> bool:
    """True when a period is short enough to be one incident's (both ends known)."""
    return start is not None and end is not None and (end - start).days <= INCIDENT_MAX_DAYS


def is_day(start: date | None, end: date | None) -> bool:
    """True when a period names a day or two, not a longer span (nor an end alone)."""
    return start is not None and end is not None and (end - start).days <= DAY_MAX_DAYS


def reference_day(value, tz: str | None = None) -> date | None:
    """A publication time -> the day relative dates are resolved against.

    `value` is an ISO date or datetime (text, date or datetime). A timestamp with an offset
    is converted to `tz` (23:30 UTC on 21 September is already 22 September in Tehran); a
    naive timestamp or a bare date is taken as local. With `tz` None the day is taken as
    written. Returns None for an empty value; raises ValueError for text that is no date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        return value
    else:
        text = str(value).strip().replace("Z", "+00:00")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return date.fromisoformat(text[:10])
    if moment.tzinfo is not None and tz is not None:
        moment = moment.astimezone(ZoneInfo(tz))
    return moment.date()


def week_start(day: date, start_weekday: int) -> date:
    """The first day of the week `day` falls in; `start_weekday` 0 is Monday ... 6 Sunday."""
    return day - timedelta(days=(day.weekday() - start_weekday) % 7)


def weekday_index(name: str) -> int:
    """`monday` -> 0 ... `sunday` -> 6; ValueError for another name."""
    return WEEKDAYS.index(name.lower())


def parse_timestamp(stamp: str | None) -> datetime | None:
    """A stored timestamp (`timestamp()`'s form) as an aware UTC datetime; None for None or ''.
    One written without an offset is taken as UTC, the form's zone."""
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp)
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt_timezone.utc)).astimezone(dt_timezone.utc)


def timestamp(moment: datetime | None = None) -> str:
    """The stored timestamp form: UTC, to the second (`2025-10-02T06:00:00+00:00`)."""
    moment = moment or datetime.now(dt_timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt_timezone.utc)
    return moment.astimezone(dt_timezone.utc).isoformat(timespec="seconds")
