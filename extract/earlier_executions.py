"""Executions told, undated, as what came before another piece of news in the same sentence.

"Two prisoners are at imminent risk of execution after five of their co-defendants were already put
to death", "A court upheld the death sentence of X, after his brother was hanged", "A Baluch man was
hanged on Monday, days after two other prisoners were executed there": the executions in the clause
"after" opens are background to the news of the main clause (a warning, a sentence, another execution),
and came before it.
With no date of their own they would inherit the report's day and count as an incident of it that
never happened that day, so they make no claim (the report usually tells them again, dated, later).
"""
from __future__ import annotations

import re

from .casefold import search
from .decisions import Candidate, Reject
from .lexicon import words
from .numbers import NUMBER

_W = words("assembly.yaml")
# the opener, then the rest of its clause (no comma, colon or full stop) up to the count
_OPENED = re.compile(rf"\b(?:{_W['background_openers']})\s[^,;:.!?]*$", re.IGNORECASE)
# "after which two more were hanged": the clause tells what came next, not before
_NEXT = re.compile(rf"\s*(?:{_W['opener_of_next']})\b", re.IGNORECASE)
_D = words("dates.yaml")
# "days after", "shortly after": the clause is told as some time before the news
_SOME_TIME = re.compile(rf"\b(?:{_W['some_time_before_opener']})\s+$", re.IGNORECASE)
# "two years ago", "a decade earlier", "years ago", "in the 1980s"
_LONG_BEFORE = re.compile(
    rf"\b(?:(?:(?:{_D['long_before_counts']}|{NUMBER})\s+)?(?:{_D['long_before_units']})\s+(?:{_D['long_before_after']})"
    rf"|in\s+the\s+(?:19|20)?\d0s)\b", re.IGNORECASE)


def undated_behind_news(x: Candidate) -> Reject | None:
    """An execution in a clause opened by "after"/"since"/"following", undated there, after a trigger of
    news in its sentence (a sentence, an imminent execution, another execution told on a day):
    reject.earlier_execution.
    Before `stated`, which would give them the main clause's day. "N days after" was dated above
    (told_apart.py); "after which" opens what came next, left alone."""
    t, c = x.t, x.c
    if x.event != "executed" or t is None:
        return None
    head = min(c.start, t.start)
    opened = search(_OPENED, x.text, max(x.s, head - 120), head)
    if opened is None or _NEXT.match(x.text, opened.start() + len(opened.group().split()[0])):
        return None
    if any(d.start >= opened.start() and d.period_start is not None for d in x.dates):
        return None   # "after two others were hanged on Monday": dated, a claim of its own
    # (a day before "after" is the main clause's news: "sentenced X on Sunday, after two were executed")
    main = [m for m in x.report.f.triggers if x.s <= m.start and m.end <= opened.start() and not m.hypothetical]
    if not main:
        return None
    # behind another execution only when that one is told on a day and the clause is told as some time
    # before it ("days after", "shortly after"): "hanged on Monday after a third man was hanged" may be
    # news of its own, and "the fourth put to death this year, after two others were executed" a tally's parts
    if all(m.event == "executed" for m in main) and not (
            any(d.is_day and d.end <= opened.start() for d in x.dates)
            and _SOME_TIME.search(x.text, max(x.s, opened.start() - 20), opened.start())):
        return None
    return Reject("reject.earlier_execution")


# "Before that, ...", "Previously, ...": the opening of a sentence of earlier history
_HISTORY = re.compile(rf"\s*(?:{_D['history_openers']})\s*,", re.IGNORECASE)


def told_as_history(x: Candidate) -> Reject | None:
    """"Kuwait last hanged seven people in 2017. Before that, the country hanged three men convicted of
    murder in April 2013": an execution in a sentence that opens on earlier history, with no date we read
    as its own (the one there dates the conviction), would inherit the news day: background, no claim.
    reject.long_before.history; with long_before, before `inherited`."""
    if x.event != "executed" or x.t is None or not _HISTORY.match(x.text, x.s):
        return None
    return Reject("reject.long_before.history")


def long_before(x: Candidate) -> Reject | None:
    """"His co-defendant was hanged in the same prison two years ago", "his father was executed in the
    1980s": an execution or sentence the sentence places months, years or decades before the report,
    with no date we read, is background told for context (SCHEMA.md); left alone it would inherit the
    report's day as a new incident. reject.long_before; after every reading of a date or a statistic,
    before `inherited`."""
    t = x.t
    if x.event not in ("executed", "sentenced") or t is None or x.dates or x.c.noun not in ("person", "name"):
        return None
    m = _LONG_BEFORE.search(x.text, t.end, x.e)
    # in the trigger's own clause, after its verb ("was hanged there two years ago"), never in another
    # ("A man arrested two years ago was hanged", "was hanged, two years after his arrest")
    if m is not None and not re.search(r"[,;:()]", x.text[t.end:m.start()]):
        return Reject("reject.long_before")
    return None
