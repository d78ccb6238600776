"""The period rules `previous_span` and `previous_unit` (periods.PERIOD_RULES): a figure told in a "when"
clause after "the previous period" (or opening a sentence on "The previous week,") is the figure of the
span before the statistic's, never the statistic's own span nor the week before the report.

    "At least 528 people were executed between October 10, 2021 and October 7, 2022, an increase of
    98% compared with the previous reporting period, when HRANA counted 266 executions."

The 266 is a figure quoted for comparison (SCHEMA.md: a claim with its own period): the span of the
statistic's length that ends the day before it starts (a year, a month or a week: that unit back).
"""
from __future__ import annotations

import re
from datetime import timedelta

from .comparisons import unit_before
from .date_arithmetic import in_year
from .decisions import Candidate, Period
from .lexicon import words

_W = words("comparisons.yaml")
_PREVIOUS_WHEN = re.compile(
    rf"\bthe\s+(?:{_W['prior_words']})\s+(?P<unit>{_W['previous_span_nouns']})\s*,\s*"
    rf"(?:{_W['previous_span_clauses']})\s+[^.;:\d]{{0,80}}$"
    # "than in the same period last year, when 143 people were hanged": a year back
    rf"|\bthe\s+same\s+(?P<same>{_W['same_period_nouns']})\s+(?:{_W['same_span_year_back']})\s*,\s*"
    rf"(?:{_W['previous_span_clauses']})\s+[^.;:\d]{{0,80}}$", re.IGNORECASE)


_PREVIOUS_OPENS = re.compile(rf"\s*(?:{_W['previous_unit_openers']})\s+(?:{_W['prior_words']})\s+"
                             rf"(?P<unit>{_W['previous_units']})\s*,\s*[^.;:\d]{{0,60}}$", re.IGNORECASE)


def previous_unit(x: Candidate) -> Period | None:
    """"In the first week of November, 39 people were hanged. The previous week, 22 executions were
    recorded": a sentence opening on "the previous week" tells the figure of the week before the
    week's statistic told last before it, never the week before the report. None when
    no such statistic was told (then the words are read as the week before publication). Before `stated`."""
    m = _PREVIOUS_OPENS.match(x.text[x.s:x.c.start])
    base = x.report.last_aggregate() if m else None
    if base is None or base.sentence >= x.i or not (base.period[0] and base.period[1]):
        return None
    period = unit_before(base.period, m.group("unit").lower())
    return Period(period, ("period.previous_unit",), compared=True) if period else None


def _statistic(x: Candidate):
    """The figure compared: the last statistic told in the count's sentence before it, else the last of the report."""
    r = x.report
    here = next((d for d in reversed(r.drafts) if d.sentence == x.i and d.kind == "aggregate" and not d.compared
                 and d.span[1] <= x.c.start and d.period[0] and d.period[1]), None)
    return here or r.last_aggregate()


def previous_span(x: Candidate) -> Period | None:
    """"compared with the previous reporting period, when HRANA counted 266 executions": the span of the
    statistic's own length ending the day before it starts; "the previous year, when ..." the statistic's
    span a year back, as is "the same period last year, when ..."; "the previous month (week)" the month
    (week) before a month's (week's) figure.
    None when no statistic is told or its span is no such unit. Before `stated`: the sentence's own
    date is the statistic's."""
    m = _PREVIOUS_WHEN.search(x.text, x.s, x.c.start)
    if m is None:
        return None
    base = _statistic(x)
    if base is None or not (base.period[0] and base.period[1]):
        return None
    start, end = base.period
    unit = (m.group("unit") or "year").lower()
    if unit in ("month", "week"):
        period = unit_before(base.period, unit)
    elif unit == "year":
        period = in_year(start, start.year - 1), in_year(end, end.year - 1)
    else:
        last = start - timedelta(days=1)
        period = last - (end - start), last
    if period is None:
        return None
    return Period(period, ("period.previous_span",), compared=True)
