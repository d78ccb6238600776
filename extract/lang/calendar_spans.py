"""The calendars of Persian and Arabic reports as Gregorian spans: the days of a year, a month or a
day of the Solar Hijri (jdatetime), lunar Hijri (hijridate, Umm al-Qura) or Gregorian calendar,
the current year in each, and which calendar a written year counts in. No text is read here."""
from __future__ import annotations

from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

from ..date_arithmetic import in_year

SOLAR, GREGORIAN, HIJRI = "solar", "gregorian", "hijri"
# days ahead of the report a day written without its year may lie: a scheduled execution is told
# days or weeks before it ("من المقرر تنفيذ الحكم في 20 مايو"), a season ahead is last year's day
SCHEDULED_AHEAD_DAYS = 60


def solar_year_of(day: date) -> int:
    """The Solar Hijri year `day` falls in."""
    return jdatetime.date.fromgregorian(date=day).year


def starts_a_year(day: date) -> bool:
    """Whether `day` is the first of a Gregorian, Solar Hijri or Hijri year (1 January, 1 Farvardin,
    1 Muharram)."""
    solar, hijri = jdatetime.date.fromgregorian(date=day), Gregorian(day.year, day.month, day.day).to_hijri()
    return (day.month, day.day) == (1, 1) or (solar.month, solar.day) == (1, 1) or (hijri.month, hijri.day) == (1, 1)


def year_span(cal: str, y: int) -> tuple[date, date]:
    """The Gregorian days (first, last) of year `y` of calendar `cal`."""
    if cal == SOLAR:
        return jdatetime.date(y, 1, 1).togregorian(), jdatetime.date(y + 1, 1, 1).togregorian() - timedelta(days=1)
    if cal == HIJRI:
        return Hijri(y, 1, 1).to_gregorian(), Hijri(y + 1, 1, 1).to_gregorian() - timedelta(days=1)
    return date(y, 1, 1), date(y, 12, 31)


def month_span(cal: str, y: int, m: int) -> tuple[date, date]:
    """The Gregorian days (first, last) of month `m` (1-12) of year `y` of calendar `cal`."""
    if cal == SOLAR:
        first = jdatetime.date(y, m, 1).togregorian()
        nxt = jdatetime.date(y + (m == 12), m % 12 + 1, 1).togregorian()
    elif cal == HIJRI:
        first = Hijri(y, m, 1).to_gregorian()
        nxt = Hijri(y + (m == 12), m % 12 + 1, 1).to_gregorian()
    else:
        first = date(y, m, 1)
        nxt = date(y + (m == 12), m % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def month_before(first: date) -> tuple[date, date]:
    """The Gregorian days (first, last) of the month before the month that starts on `first`, in that
    month's calendar: a Gregorian month starts on the 1st, a Solar Hijri one never does."""
    last = first - timedelta(days=1)
    if first.day == 1:
        return last.replace(day=1), last
    j = jdatetime.date.fromgregorian(date=last)
    return month_span(SOLAR, j.year, j.month)


def year_start_of_month(first: date) -> date:
    """The first day of the year of the month that starts on `first`, in that month's calendar (a
    Gregorian month starts on the 1st, a Solar Hijri one never does: month_before)."""
    if first.day == 1:
        return first.replace(month=1)
    return year_span(SOLAR, solar_year_of(first))[0]


def day_of(cal: str, y: int, m: int, d: int) -> date:
    """The Gregorian day of day `d` of month `m` of year `y` of calendar `cal`."""
    if cal == SOLAR:
        return jdatetime.date(y, m, d).togregorian()
    if cal == HIJRI:
        return Hijri(y, m, d).to_gregorian()
    return date(y, m, d)


def unyeared_day(days: list[date], published: date) -> date:
    """Of the occurrences `days` of a day written without its year (this year's, last year's,
    next year's), the one the report means: the nearest to it, unless that lies more than
    SCHEDULED_AHEAD_DAYS ahead, when it is the last one before the report ("بعد إعدام 81 شخصاً
    في يوم واحد في 12 آذار" told in November is March just past, not March to come)."""
    near = min(days, key=lambda x: (abs((x - published).days), x > published))
    if (near - published).days > SCHEDULED_AHEAD_DAYS:
        return max((x for x in days if x <= published), default=near)
    return near


def current_year(cal: str, published: date) -> int:
    """The year of calendar `cal` the day `published` falls in."""
    if cal == SOLAR:
        return solar_year_of(published)
    if cal == HIJRI:
        return Gregorian(published.year, published.month, published.day).to_hijri().year
    return published.year


def full_year(cal: str, written: str) -> int:
    """A year as written, two digits ("۹۷") read as a Solar Hijri year of the 1300s or 1400s."""
    y = int(written)
    if y < 100:   # "سال ۹۷": a Solar Hijri year of the 1300s or 1400s
        return 1400 + y if y < 60 else 1300 + y
    return y


def calendar_of_year(y: int, hijri_mark: bool, lang: str) -> str:
    """The calendar a year written in a `lang` ("fa", "ar") report counts in: Hijri when marked so (or
    1351-1499 in Arabic), Solar 1300-1499, else Gregorian."""
    if hijri_mark or 1350 < y < 1500 and lang == "ar":
        return HIJRI
    if 1300 <= y < 1500:
        return SOLAR
    return GREGORIAN


def years_back(day: date, limit: date) -> date:
    """`day` moved back by whole Gregorian years until it is not after `limit` (29 February becomes
    the 28th); a Solar or Hijri day moved so drifts by a day at most, inside any period's tolerance."""
    while day > limit:
        day = in_year(day, day.year - 1)
    return day
