"""An execution told as so many days before or after the news of its sentence.

"Her execution came two days after Mohd Aziz, 56, was hanged", "China put three men to death on
Friday, three days after Beijing executed another national": the people of the clause that "N days
after" opens were put to death N days BEFORE the day of the sentence's news, and those of "N days
before" N days after it. The day of the news is the last day the sentence names before the phrase,
else the day the report's undated news inherits (report.Report.inherited). Without this rule the
clause's count inherits the news day itself, a phantom incident on the wrong day.

Only the clause "after"/"before" opens is moved: "Two days after his appeal failed, X was hanged"
dates nothing (the people are in the main clause, after a comma), and neither does a phrase that
opens the sentence, whose day of news is told after it.
"""
from __future__ import annotations

import re

from .casefold import search
from .date_arithmetic import shift_by
from .decisions import Candidate, Period, Reject
from .lexicon import lexicon, words
from .linking import inside
from .notions import is_day
from .numbers import NUMBER, parse_number

_W = words("dates.yaml")
# "two days after ", "a week before ": the shift and its direction, right before the clause it dates
_APART = re.compile(
    rf"\b(?P<n>{_W['one']}|{NUMBER})\s+(?P<unit>{_W['shift_units']})\s+(?:(?P<after>{_W['apart_after']})|{_W['apart_before']})\s+",
    re.IGNORECASE)
# between a name and its verb: an age or a title set off by commas ("Mohd Aziz, 56, was hanged"), or a
# relative clause about the person ("X, who had spent 14 years in prison on charges of ..., was executed")
_APPOSITION = re.compile(r"(?:\s*,\s*(?:[^,;:.]{1,40}?|(?:who|whose)\s[^,;:.]{1,140}?)\s*,)?\s*", re.IGNORECASE)
# "less than three weeks after", "nearly two months before": a hedged gap, which gives no day
_HEDGED = re.compile(rf"\b(?:{lexicon().hedge})\s+$", re.IGNORECASE)


def _opens_clause_of(x: Candidate, m: re.Match) -> bool:
    """Whether the clause `m` opens holds the count and its trigger: the count right after the phrase
    with its verb after it ("after X, 56, was hanged"), or the verb between them, no comma
    ("after Beijing executed another national")."""
    c, t, text = x.c, x.t, x.text
    gap = text[m.end():c.start]
    if t is None or re.search(r"[,;:.]", gap):
        return False
    if m.end() <= t.start < c.start:
        return True
    return t.start >= c.end and bool(_APPOSITION.fullmatch(text, c.end, t.start))


def apart_from_news(x: Candidate) -> Period | Reject | None:
    """The period of a count in the clause "N days after" / "N weeks before" opens: the day of the
    sentence's news shifted back (after) or forward (before) by N units (rule period.told_apart)."""
    text = x.text
    if not search(_APART, text, x.s, x.c.start):
        return None   # most clauses hold no such phrase: one planned search (casefold.py) tells it
    m = next((m for m in reversed(list(_APART.finditer(text, x.s, x.c.start)))), None)
    if m is None or not text[x.s:m.start()].strip() or not _opens_clause_of(x, m):
        return None
    if any(d.period_start is not None and not d.dateline for d in inside(x.report.f.dates, m.end(), x.e)):
        return None   # "four days after Arkansas put X to death on Thursday": the clause's own day
    if _HEDGED.search(text, max(x.s, m.start() - 30), m.start()):
        # "less than three weeks after X and six others were hanged": an earlier execution with no
        # day of its own (the report tells it again, dated, if it counts it)
        return Reject("reject.earlier_execution.hedged_gap")
    r = x.report
    days = [r.resolve(d) for d in x.dates if d.end <= m.start() and not d.dateline]
    day = next((p for p in reversed(days) if p[0] and p[1] and is_day(p[0], p[1])), None)
    if day is None and not days:
        day = r.inherited(x.s)
    if day is None or day[0] is None or day[0] != day[1]:
        return None
    n = 1 if m.group("n").lower() in _W.value("one") else parse_number(m.group("n"))
    if not n:
        return None
    sign = -1 if m.group("after") else 1
    moved = shift_by(day[0], sign * n, m.group("unit"))
    # not weak: a later sentence's day of other news must not move it (restatements.py folds the
    # same person told again with this day: "Rasaei was hanged on Tuesday")
    return Period((moved, moved), ("period.told_apart",))
