"""The Iranian (Solar Hijri) calendar as reports cite it, resolved to Gregorian spans.

Iranian outlets count by Iranian months and years ("in the month of Dey", "the Iranian
year 1402"); a claim needs the Gregorian span. The month table is data (calendar.yaml).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .sentences import scan


def _persian_calendar():
    """"the Iranian month of Farvardin", "the month of Dey", "the Iranian year 1402", "Farvardin 1402":
    the pattern and the table of month starts (data/calendar.yaml)."""
    import yaml

    from .lexicon import _read
    data = yaml.safe_load(_read("calendar.yaml"))
    months = data["persian_months"]
    names = "|".join(sorted(months, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?<!\w)(?:(?:the\s+)?(?:(?:Iranian|Persian|solar)\s+(?:calendar\s+)?)?month\s+of\s+(?P<pm>{names})"
        rf"(?:\s+(?P<pmy>1[34]\d\d))?|(?P<pm2>{names})\s+(?P<pmy2>1[34]\d\d)"
        rf"|(?:the\s+)?(?:Iranian|Persian|solar(?:\s+hijri)?)\s+(?:calendar\s+)?year\s+(?:of\s+)?(?P<py>1[34]\d\d))(?!\w)",
        re.IGNORECASE)
    return pattern, {k: tuple(v) for k, v in months.items()}, int(data["persian_year_offset"])


_PERSIAN, _PERSIAN_MONTHS, _PERSIAN_OFFSET = _persian_calendar()


def persian_dates(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for Iranian calendar months and years. A month
    without a year is its latest occurrence that began on or before publication."""
    for m in scan(_PERSIAN, text, spans):
        if m.group("py"):
            first = int(m.group("py")) + _PERSIAN_OFFSET
            yield m.start(), m.end(), date(first, 3, 21), date(first + 1, 3, 20)
            continue
        name = (m.group("pm") or m.group("pm2")).lower()
        year = m.group("pmy") or m.group("pmy2")
        month, day = _PERSIAN_MONTHS[name]
        if year:
            g = int(year) + _PERSIAN_OFFSET + (1 if month < 3 or month == 3 and day < 21 else 0)
        elif published is not None:
            g = published.year if date(published.year, month, day) <= published else published.year - 1
        else:
            continue
        start = date(g, month, day)
        following = sorted(_PERSIAN_MONTHS.values())
        nxt = next(((mm, dd) for mm, dd in following if (mm, dd) > (month, day)), following[0])
        end = date(g + (1 if nxt <= (month, day) else 0), *nxt) - timedelta(days=1)
        yield m.start(), m.end(), start, end
