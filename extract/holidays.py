"""Days and months that English reports name by a holiday ("on New Year's Day", "since Nowruz",
"during Ramadan"), resolved to Gregorian dates against the report's publication day.

The Iranian new year and the months of the lunar Hijri calendar move against the Gregorian
one, so they are converted (jdatetime, hijridate), never counted by hand; the names are data
(calendar.yaml). A holiday without a year is its latest occurrence begun on or before
publication; with no publication day only a holiday written with its year resolves.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

from .lexicon import words
from .sentences import scan

_W = words("calendar.yaml")
_GREGORIAN = {k.lower(): tuple(v) for k, v in _W.value("gregorian_holidays").items()}
_HIJRI = {k.lower(): tuple(v) for k, v in _W.value("hijri_holidays").items()}
_YEAR = r"(?:19[5-9]\d|20\d\d)"
# a name followed by its own date is read from that date ("the Persian new year on 21 March")
_PATTERN = re.compile(
    rf"\b(?<!\w)(?:(?P<g>{_W['gregorian_holidays']})|(?P<n>{_W['nowruz_names']})|(?P<h>{_W['hijri_holidays']}))"
    # "Ramadan 2024", "during Ramadan in 2024", "the Ramadan of 2023": the holiday of that year
    rf"(?:,?\s+(?:(?:{_W['holiday_year_joiners']})\s+)?(?P<y>{_YEAR}))?(?!\w)(?!,?\s+(?:on|in)\s+\d|\s*\(\d)", re.IGNORECASE)


def _nowruz(year: int) -> date:
    return jdatetime.date(year - 621, 1, 1).togregorian()


def _hijri(year: int, month: int, day: int, days: int) -> tuple[date, date] | None:
    """The Gregorian span of a Hijri day (or month, `days` 0) in the Hijri year that starts in
    Gregorian `year`'s neighbourhood, or None outside hijridate's range."""
    try:
        first = Hijri(year, month, day)
        start = first.to_gregorian()
        length = first.month_length() if days == 0 else days
    except (OverflowError, ValueError):
        return None
    start = date(start.year, start.month, start.day)
    return start, start + timedelta(days=length - 1)


def _occurrence(span_of, written: int | None, published: date | None):
    """The span of a holiday in the year written, else its latest start on or before publication."""
    if written:
        return span_of(written)
    if published is None:
        return None
    for year in (published.year, published.year - 1):
        span = span_of(year)
        if span and span[0] <= published:
            return span
    return None


def holiday_dates(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for each holiday named in `text`."""
    for m in scan(_PATTERN, text, spans):
        written = int(m.group("y")) if m.group("y") else None
        if m.group("g"):
            month, day = _GREGORIAN[" ".join(m.group("g").lower().split())]
            span = _occurrence(lambda y: (date(y, month, day),) * 2, written, published)
        elif m.group("n"):
            span = _occurrence(lambda y: (_nowruz(y),) * 2, written, published)
        else:
            month, day, days = _HIJRI[" ".join(m.group("h").lower().split())]

            def hijri_span(y, month=month, day=day, days=days):
                # the Hijri year whose month falls in Gregorian year y (a Hijri year is 354 days)
                guess = Gregorian(y, 7, 1).to_hijri().year
                found = [s for s in (_hijri(h, month, day, days) for h in (guess - 1, guess, guess + 1)) if s]
                return next((s for s in found if s[0].year == y), None)

            span = _occurrence(hijri_span, written, published)
        if span:
            yield m.start(), m.end(), span[0], span[1]
