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

    from .lexicon import _read, words
    data = yaml.safe_load(_read("calendar.yaml"))
    w = words("calendar.yaml")
    months = data["persian_months"]
    names = "|".join(sorted(months, key=len, reverse=True))
    current = w["current_year_names"]
    openers = w["bare_year_openers"]
    pattern = re.compile(
        rf"\b(?<!\w)(?:(?:the\s+)?(?:(?:{w['calendar_names']})\s+(?:calendar\s+)?)?month\s+of\s+(?P<pm>{names})"
        rf"(?:\s+(?P<pmy>1[34]\d\d))?|(?:(?P<pday>[12]\d|3[01]|0?[1-9])\s+)?(?P<pm2>{names})\s+(?P<pmy2>1[34]\d\d)"
        rf"|(?:the\s+)?(?:{w['year_calendar_names']})\s+(?:calendar\s+)?year\s+(?:of\s+)?(?P<py>1[34]\d\d)"
        # "since the start of the (current) Iranian year": the Iranian year running at publication
        rf"|the\s+(?:current\s+)?(?P<pcur>{current})\s+(?:calendar\s+)?year(?!\s+(?:of\s+)?1[34]\d\d)"
        # "during 1403", "in the year 1402": no Gregorian year of these reports starts with 13 or 14
        rf"|\b(?:{openers})\s+(?P<pbare>1[34]\d\d)(?![\w-]))(?!\w)",
        re.IGNORECASE)
    # "During Azar", "In Dey, ...", "the previous month, Aban": a capitalised month name after a
    # preposition or in apposition to a month (never "Mehr news agency")
    capitalised = "|".join(sorted((k.capitalize() for k in months), key=len, reverse=True))
    bare = re.compile(rf"(?:\b(?:{w.any_initial('month_prepositions')})\s+|\bmonth,\s+)(?P<pm>{capitalised})\b"
                      rf"(?!\s+(?:{w.any_initial('not_after_month')}|\d))")
    return pattern, bare, {k: tuple(v) for k, v in months.items()}, int(data["persian_year_offset"])


_PERSIAN, _PERSIAN_BARE, _PERSIAN_MONTHS, _PERSIAN_OFFSET = _persian_calendar()


def persian_dates(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for Iranian calendar months and years. A month
    without a year is its latest occurrence that began on or before publication."""
    for m in list(scan(_PERSIAN, text, spans)) + list(scan(_PERSIAN_BARE, text, spans)):
        if m.groupdict().get("pcur"):
            if published is None:
                continue
            first = published.year if published >= date(published.year, 3, 21) else published.year - 1
            yield m.start(), m.end(), date(first, 3, 21), date(first + 1, 3, 20)
            continue
        year = m.groupdict().get("py") or m.groupdict().get("pbare")
        if year:
            first = int(year) + _PERSIAN_OFFSET
            # "during 1403": the year alone; "the year 1402": all of it ("than in the year 1402" compares)
            bare = m.groupdict().get("pbare") and not m.group().lower().startswith("the")
            start = m.start("pbare") if bare else m.start()
            yield start, m.end(), date(first, 3, 21), date(first + 1, 3, 20)
            continue
        groups = m.groupdict()
        name = (groups["pm"] or groups.get("pm2")).lower()
        year = groups.get("pmy") or groups.get("pmy2")
        month, day = _PERSIAN_MONTHS[name]
        if year:
            g = int(year) + _PERSIAN_OFFSET + (1 if month < 3 or month == 3 and day < 21 else 0)
        elif published is not None:
            g = published.year if date(published.year, month, day) <= published else published.year - 1
        else:
            continue
        start = date(g, month, day)
        if groups.get("pday"):   # "Tuesday 15 Mehr 1404": that day, converted by jdatetime
            import jdatetime

            number = 1 + sorted(set(_PERSIAN_MONTHS.values()), key=lambda md: (md < (3, 21), md)).index((month, day))
            try:
                one = jdatetime.date(int(year), number, int(groups["pday"])).togregorian()
            except ValueError:
                continue   # "31 Esfand": no such day
            yield m.start(), m.end(), one, one
            continue
        following = sorted(_PERSIAN_MONTHS.values())
        nxt = next(((mm, dd) for mm, dd in following if (mm, dd) > (month, day)), following[0])
        end = date(g + (1 if nxt <= (month, day) else 0), *nxt) - timedelta(days=1)
        yield (m.start("pm") if "pmy" not in groups else m.start()), m.end(), start, end
