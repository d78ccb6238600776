"""The span of a ruler's time in power, as a figure's period.

"Egypt has handed down an unprecedented number of death sentences since President X came to power in
2013 ... Ten children have also been sentenced to death under X": a figure told "under" a ruler runs
from the day the report says the ruler came to power to the report's day.
"""
from __future__ import annotations

import re

from .decisions import Candidate, Period
from .lexicon import words

_D = words("dates.yaml")
# "under al-Sisi", "under President Abdel Fattah al-Sisi": the ruler's name, its last word read
_UNDER = re.compile(rf"\b(?:{_D['ruler_openers']})\s+(?:[A-Z][\w'’-]*\s+){{0,4}}?(?P<last>[A-Za-z][\w'’-]*[\w])(?=[\s,.;])")
_POWER = re.compile(rf"\b(?:{_D['took_power_verbs']})\b", re.IGNORECASE)
_REACH = 60   # characters between the ruler's name and the verb, and between the verb and its date


def ruler_span(x: Candidate) -> Period | None:
    """A count whose sentence says "under X", X named in the field before (or in a clause of that
    sentence: "under Mr Kim, who became leader in December 2011") as coming to power on a date: (that date's start, the report's day), `period.ruler_span`. None when the sentence has a
    date of its own, or the report does not say when the ruler came to power."""
    r, text = x.report, x.text
    if x.d is not None or r.f.published is None:
        return None
    m = next((m for m in _UNDER.finditer(text, x.s, x.e) if m.group("last")[0].isupper()
              or m.group("last").lower().startswith(("al-", "el-"))), None)
    if m is None:
        return None
    name = m.group("last")
    for p in _POWER.finditer(text, 0, x.e):
        if name not in text[max(0, p.start() - _REACH):p.start()]:
            continue
        # the date that says when: one holding the verb ("since X came to power in 2013"), else one after it
        day = next((d for d in r.f.dates if not d.anchored and not d.dateline and (
            d.start <= p.start() < d.end or p.end() <= d.start < p.end() + _REACH)), None)
        start = (day.period_start if day.running else r.resolve(day)[0]) if day is not None else None
        if start is not None and start <= r.f.published:
            return Period((start, r.f.published), ("period.ruler_span",))
    return None
