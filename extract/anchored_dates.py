"""Dates told relative to another date of the report: "that day", "the day before", "three days
later", "since then", "the previous month", "during the year". `ANCHORED` is their pattern
(dates.find_dates marks what it finds as anchored); `resolve_anchored` gives the period of one
from the date it refers to, `context_unit` says which span "during the year" or "the previous
month" takes (report.Report.resolve finds it, date_arithmetic.resolve_context resolves it)."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_arithmetic import shift_by
from .lexicon import words
from .numbers import NUMBER, parse_number

if TYPE_CHECKING:   # dates.py imports this module
    from .dates import DateMention

_W = words("dates.yaml")
ANCHORED = re.compile(
    rf"\b(?<!\w)(?:(?P<same>{_W['same_day']})"
    rf"|(?P<before>{_W['day_before']})"
    rf"|(?P<after>{_W['day_after']})"
    rf"|(?P<since>{_W['since_then']})"
    # "a week earlier", "three days before that", "two days later": a shift from the last day named
    rf"|(?P<n>{_W['one']}|{NUMBER})\s+(?P<unit>{_W['shift_units']})\s+(?P<dir>{_W['shift_words']}"
    rf"|(?:{_W['shift_words_before_that']})(?:wards)?(?=\s*[,.;)]|\s+that)(?:\s+that)?)"
    # "In the previous month, Aban", "In Dey, the month before": the month before the one reported
    rf"|(?P<prev>{_W['previous_month']})"
    # "on the last day of the month": a day of the month the report is about (report.py)
    rf"|the\s+(?P<edge>{_W['month_edges']})\s+day\s+of\s+the\s+(?:same\s+)?month"
    # "the first half of that month": a half of the month named before it
    rf"|the\s+(?P<half>{_W['month_halves']})\s+half\s+of\s+(?:{_W['that_month']})"
    # "X was hanged that month": the month of the date named last before it
    rf"|(?P<month>{_W['that_month']})"
    # "In that year, those executed included 179 Baluch": the year of the date named last before it
    rf"|(?P<year>{_W['that_year_told']})"
    # "during the year", "over the month": the year or month the report is about (report.py)
    rf"|(?:{_W['context_prepositions']})\s+the\s+(?:same\s+)?(?P<ctx>year|month)(?!\s+(?:of|{_W['span_ending']})\b)"
    # "The year saw 1,500 executions": the year or month as the subject of a verb of witnessing
    rf"|the\s+(?:past\s+)?(?P<ctxs>year|month)\s+(?:{_W['context_verbs']}))(?!\w)",
    re.IGNORECASE)


def context_unit(mention: DateMention) -> str | None:
    """"year" or "month" for "during the year" / "over the month", else None."""
    m = ANCHORED.fullmatch(mention.text) if mention.anchored else None
    if m and m.group("prev"):
        return "previous month"
    if m and m.group("edge"):
        return "month"
    unit = m and (m.group("ctx") or m.group("ctxs"))
    return unit.lower() if unit else None


def month_edge(mention: DateMention, period: tuple) -> tuple:
    """"the last day of the month": of the month `period` (the one the report is about, resolved by
    report.py), its last day; "the first day of the month" its first; any other mention, `period`."""
    m = ANCHORED.fullmatch(mention.text) if mention.anchored else None
    if not (m and m.group("edge")) or period[0] is None or period[1] is None:
        return period
    day = period[0] if m.group("edge").lower() == "first" else period[1]
    return day, day


def shifts_months(mention: DateMention) -> bool:
    """Whether an anchored date shifts by months ("two months later", "a month earlier"): it may
    count from a month named before it, not only from a day."""
    m = ANCHORED.fullmatch(mention.text) if mention.anchored else None
    return bool(m and m.group("unit") and m.group("unit").lower().startswith("month"))


def that_month(mention: DateMention) -> bool:
    """Whether an anchored date is "that month" or "in that year": the month (year) of the last date
    told before it, a day or a longer span ("since December 2013. X was hanged that month")."""
    m = ANCHORED.fullmatch(mention.text) if mention.anchored else None
    return bool(m and (m.group("month") or m.group("year")))


def counts_from_month(mention: DateMention) -> bool:
    """Whether an anchored date is told from a month named before it rather than a day: a shift by
    months, or "the first half of that month"."""
    m = ANCHORED.fullmatch(mention.text) if mention.anchored else None
    return shifts_months(mention) or bool(m and m.group("half"))


def resolve_anchored(mention: DateMention, anchor: DateMention | None,
                     published: date | None = None) -> tuple[date | None, date | None]:
    """The period of "that day" / "the day before" / "the next day" / "since then", given
    the date it refers to."""
    if anchor is None or anchor.period_start is None:
        return None, None
    m = ANCHORED.search(mention.text)
    if m and m.group("since"):
        return anchor.period_start, published
    shift = 0
    if m and m.group("unit"):
        n = 1 if m.group("n").lower() in _W.value("one") else (parse_number(m.group("n")) or 0)
        sign = -1 if m.group("dir").lower().startswith(tuple(_W.value("backward"))) else 1
        unit = m.group("unit")
        return shift_by(anchor.period_start, sign * n, unit), shift_by(anchor.period_end, sign * n, unit)
    if m and m.group("half"):
        # "the first half of that month": days 1-15 of the month named before, "the second half" the rest
        first = anchor.period_start.replace(day=1)
        middle = first.replace(day=15)
        last = anchor.period_end if anchor.period_end and anchor.period_end > middle else None
        if last is None:
            return anchor.period_start, anchor.period_end
        return (first, middle) if m.group("half").lower() == "first" else (middle + timedelta(days=1), last)
    if m and m.group("month"):
        first = anchor.period_start.replace(day=1)
        return first, shift_by(first, 1, "months") - timedelta(days=1)
    if m and m.group("year"):
        # (a span over two years names no one year)
        if anchor.period_end is None or anchor.period_end.year != anchor.period_start.year:
            return None, None
        return date(anchor.period_start.year, 1, 1), date(anchor.period_start.year, 12, 31)
    if m and m.group("before"):
        shift = -1
    elif m and m.group("after"):
        shift = 1
    return anchor.period_start + timedelta(days=shift), anchor.period_end + timedelta(days=shift)


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def together_in_a_span(text: str, kept: list) -> list:
    """`kept` (date candidates [start, end, period_start, period_end] in text order, anchored ones with
    no period) less a "same day" told in a sentence that also names a month or a year: "Last December
    three men were hanged on the same day" says the three died together within that month, and points
    back at no day named before it."""
    out = []
    for cand in kept:
        m = ANCHORED.fullmatch(text, cand[0], cand[1]) if cand[2] is None else None
        if m and m.group("same"):
            starts = [x.end() for x in _SENTENCE_END.finditer(text, 0, cand[0])]
            s = starts[-1] if starts else 0
            nxt = _SENTENCE_END.search(text, cand[1])
            e = nxt.start() if nxt else len(text)
            # ("On the same day, a court announced ..." opens on it: it points back; and a year further on
            # in the sentence is another clause's, "who killed his mother in 2015")
            opens = not text[s:cand[0]].strip()
            if not opens and any(o is not cand and s <= o[0] and (o[1] <= cand[0] or o[0] - cand[1] <= 2) and o[1] <= e
                                 and o[2] and o[3] and o[3] > o[2] for o in kept):
                continue
        out.append(cand)
    return out

