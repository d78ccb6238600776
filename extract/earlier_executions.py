"""Executions told, undated, as what came before another piece of news in the same sentence.

"Two prisoners are at imminent risk of execution after five of their co-defendants were already put
to death", "A court upheld the death sentence of X, after his brother was hanged": the executions in
the clause "after" opens are background to the news of the main clause (a warning, a sentence).
With no date of their own they would inherit the report's day and count as an incident of it that
never happened that day, so they make no claim (the report usually tells them again, dated, later).
"""
from __future__ import annotations

import re

from .casefold import search
from .decisions import Candidate, Reject
from .lexicon import words

_W = words("assembly.yaml")
# the opener, then the rest of its clause (no comma, colon or full stop) up to the count
_OPENED = re.compile(rf"\b(?:{_W['background_openers']})\s[^,;:.!?]*$", re.IGNORECASE)
_TOLD_BEFORE = re.compile(rf"\b(?:{_W['told_before_words']})\b", re.IGNORECASE)


def undated_behind_news(x: Candidate) -> Reject | None:
    """An execution in a clause opened by "after"/"since"/"following", undated there, after a trigger of
    other news in its sentence (a sentence or an imminent execution), or of any news when its own verb
    says it came before ("were already put to death"): reject.earlier_execution. Before `stated`, which
    would give them the main clause's day."""
    t, c = x.t, x.c
    if x.event != "executed" or t is None:
        return None
    head = min(c.start, t.start)
    opened = search(_OPENED, x.text, max(x.s, head - 120), head)
    if opened is None:
        return None
    if any(d.start >= opened.start() and d.period_start is not None for d in x.dates):
        return None   # "after two others were hanged on Monday": dated, a claim of its own
    # (a day before "after" is the main clause's news: "sentenced X on Sunday, after two were executed")
    main = [m for m in x.report.f.triggers if x.s <= m.start and m.end <= opened.start() and not m.hypothetical]
    if not main:
        return None
    told_before = bool(_TOLD_BEFORE.search(x.text, t.start, t.end))
    if any(m.event != "executed" for m in main) or told_before:
        return Reject("reject.earlier_execution")
    return None
