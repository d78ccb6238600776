"""The day of a deed told in an "after" clause, counted back from the main clause's day.

"Egypt on Sunday hanged six men, a day after a court sentenced X to death", "China put three men to
death on Friday, three days after Beijing executed another national": the clause's own deed happened
N days (or weeks) before the day the sentence gives its main verb, never on that day.
"""
from __future__ import annotations

import re
from datetime import timedelta

from .decisions import Candidate, Period
from .lexicon import words
from .numbers import NUMBER, parse_number

_D = words("dates.yaml")
_AFTER = re.compile(rf"\b(?P<n>{_D['one']}|{NUMBER})\s+(?P<unit>{_D['days_after_units']})\s+(?:{_D['days_after_words']})\s+",
                    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.()]")
_UNIT_DAYS = {"d": 1, "w": 7}
_REACH = 60   # characters from "after" to the clause's trigger: "a day after a court in Cairo sentenced"


def day_before_main(x: Candidate) -> Period | None:
    """A count whose trigger stands in a clause opened by "N days after" (its own count after the
    trigger or between): the day N days before the day the sentence names before that clause.
    Period (day, day), `period.days_after_main`; None when the sentence names no such day."""
    t = x.t
    if t is None:
        return None
    pos = min(t.start, x.c.start)
    m = None
    for m in _AFTER.finditer(x.text, x.s, pos):
        pass
    if m is None or pos - m.end() > _REACH or _CLAUSE_END.search(x.text, m.end(), pos):
        return None
    day = next((d for d in reversed(x.dates) if d.end <= m.start() and d.is_day and not d.anchored), None)
    if day is None:
        return None
    start, end = x.report.resolve(day)
    n = 1 if m.group("n").lower() in _D.value("one") else parse_number(m.group("n"))
    if start is None or start != end or not n:
        return None
    back = start - timedelta(days=n * _UNIT_DAYS[m.group("unit").lower()[0]])
    return Period((back, back), ("period.days_after_main",))
