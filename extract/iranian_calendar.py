"""The Iranian (Solar Hijri) calendar as reports cite it, resolved to Gregorian spans.

Iranian outlets count by Iranian months and years ("in the month of Dey", "the Iranian
year 1402"); a claim needs the Gregorian span. The month table is data (calendar.yaml).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .numbers import parse_number
from .sentences import scan


def _persian_calendar():
    """"the Iranian month of Farvardin", "the month of Dey", "the Iranian year 1402", "Farvardin 1402":
    the pattern and the table of month starts (data/calendar.yaml)."""
    from .lexicon import parse_yaml, read_data, words
    data = parse_yaml(read_data("calendar.yaml"))
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


def _year_parts():
    """"the first six months of the Iranian year 1403", "the first half of the previous Iranian year",
    "the second quarter of 1402", "the previous Iranian year": a part of an Iranian year (its months
    counted from Farvardin), or a year named relative to the one running at publication."""
    from .lexicon import words
    from .numbers import NUMBER

    w, d = words("calendar.yaml"), words("dates.yaml")
    part = (rf"(?P<part>(?:the\s+)?(?:(?P<end>first|last)\s+(?:(?P<half>half)|(?:(?P<n>{NUMBER})\s+)?(?:{w['year_part_units']}))"
            rf"|(?P<rank>{d['part_ranks']})\s+(?P<unit>{d['year_parts']}))\s+of\s+)")
    year = (rf"(?:the\s+)?(?:(?P<which>current|{w['previous_year_words']})\s+)?(?:{w['year_calendar_names']})\s+"
            rf"(?:calendar\s+)?year(?:\s+(?:of\s+)?(?P<y>1[34]\d\d))?")
    # a part of a year written as a number alone ("the first half of 1403"), or the relative year alone
    pattern = rf"\b(?<!\w)(?:{part}(?:{year}|(?P<bare>1[34]\d\d)(?![\w-]))" \
              rf"|(?:the\s+)?(?P<prev>{w['previous_year_words']})\s+(?:{w['year_calendar_names']})\s+(?:calendar\s+)?year" \
              rf"(?!\s+(?:of\s+)?1[34]\d\d))(?!\w)"
    return re.compile(pattern, re.IGNORECASE), d.value("part_ranks"), d.value("year_parts")


_YEAR_PART, _RANKS, _PART_MONTHS = _year_parts()


def iranian_months(year: int, first: int = 1, last: int = 12) -> tuple[date, date]:
    """The Gregorian (first day, last day) of months `first`..`last` (1 = Farvardin) of Iranian
    year `year`, through jdatetime: 1403 months 1-6 are 2024-03-20..2024-09-21."""
    import jdatetime

    start = jdatetime.date(year, first, 1).togregorian()
    after = jdatetime.date(year + 1, 1, 1) if last == 12 else jdatetime.date(year, last + 1, 1)
    return start, after.togregorian() - timedelta(days=1)


def _year_part_dates(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for the parts and relative years of _YEAR_PART.
    A year named by its number is that year; else the year running at publication ("the current",
    none) or the one before it ("the previous"); a part of an unnamed year not yet begun at
    publication is that of the year before."""
    import jdatetime

    for m in scan(_YEAR_PART, text, spans):
        g = m.groupdict()
        written = g.get("y") or g.get("bare")
        if written:
            year = int(written)
        elif published is None:
            continue
        else:
            year = jdatetime.date.fromgregorian(date=published).year
            if g.get("which") and g["which"].lower() != "current" or g.get("prev"):
                year -= 1
        if not g.get("part"):
            yield (m.start(), m.end(), *iranian_months(year))
            continue
        if g.get("unit"):
            months = _PART_MONTHS[g["unit"].lower()]
            rank = _RANKS[g["rank"].lower()] or 12 // months
            if not 1 <= rank <= 12 // months:
                continue
            first, last = months * (rank - 1) + 1, months * rank
        else:
            n = 6 if g.get("half") else (parse_number(g["n"]) if g.get("n") else 1)
            if not n or n > 12:
                continue
            first, last = (1, n) if g["end"].lower() == "first" else (13 - n, 12)
        span = iranian_months(year, first, last)
        if not written and not g.get("which") and published is not None and span[0] > published:
            span = iranian_months(year - 1, first, last)
        yield (m.start(), m.end(), *span)


def persian_dates(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for Iranian calendar months and years. A month
    without a year is its latest occurrence that began on or before publication."""
    yield from _year_part_dates(text, published, spans)
    for m in list(scan(_PERSIAN, text, spans)) + list(scan(_PERSIAN_BARE, text, spans)):
        if m.groupdict().get("pcur"):
            if published is None:
                continue
            import jdatetime

            yield (m.start(), m.end(), *iranian_months(jdatetime.date.fromgregorian(date=published).year))
            continue
        year = m.groupdict().get("py") or m.groupdict().get("pbare")
        if year:
            # "during 1403": the year alone; "the year 1402": all of it ("than in the year 1402" compares)
            bare = m.groupdict().get("pbare") and not m.group().lower().startswith("the")
            start = m.start("pbare") if bare else m.start()
            yield (start, m.end(), *iranian_months(int(year)))
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
