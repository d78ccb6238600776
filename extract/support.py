"""The sentences a claim rests on besides its evidence (claims.Support), and which of the claim's
values each one states, for the English drafts (report.Draft) and the Persian and Arabic ones
(lang/drafts.Draft) alike.

A lead ("Two prisoners executed in Ilam") and a body sentence that dates and names them become
one claim whose evidence is one of the two (restatements.merge, lang/drafts.merge); an undated
incident takes its day from a sentence after it (followups.refine_weak). A reviewer checking the
day must be shown the sentence that gave it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable

from .claims import SUPPORTED, Claim, Support


def stated(claim: Claim, told) -> tuple[str, ...]:
    """The values of `claim` that `told` (a draft folded into it) states itself: its count and
    qualifier when they are the claim's; a start or end of its period written in its own sentence
    (not inherited: `weak`) that is the claim's; its place, names and offences when the claim has them."""
    start, end = (None, None) if told.weak else told.period
    names = tuple(getattr(told, "names", ()) or ())   # the Persian and Arabic drafts read no names
    found = {
        "count": told.count == claim.count,
        "qualifier": told.qualifier == claim.qualifier,
        "period_start": start is not None and start == claim.period_start,
        "period_end": end is not None and end == claim.period_end,
        "location": bool(told.location) and told.location == claim.location,
        "names": bool(names) and set(names) <= set(claim.names),
        "offences": bool(told.offences) and set(told.offences) <= set(claim.offences),
    }
    return tuple(v for v in SUPPORTED if found[v])


def dated(claim: Claim, period: tuple) -> tuple[str, ...]:
    """The values of `claim` that a sentence read only for its date (followups.refine_weak) states."""
    return tuple(v for v, day in (("period_start", period[0]), ("period_end", period[1]))
                 if day is not None and day == getattr(claim, v))


def with_support(claim: Claim, told: list[tuple], span_of: Callable) -> Claim:
    """`claim` with one Support for each sentence of `told`, (sentence, the values it states) pairs,
    but its own evidence sentence, in the order of the text; `span_of(sentence)` gives (text, field,
    start, end). The values of pairs of one sentence are joined; a sentence stating none is kept
    (it tells the fact again)."""
    by_span: dict[tuple, set] = {}
    for sentence, values in told:
        text, field, start, end = span_of(sentence)
        if (field, start, end) == (claim.field, claim.start_char, claim.end_char):
            continue
        by_span.setdefault((start, end, field, text), set()).update(values)
    if not by_span:
        return claim
    support = tuple(Support(tuple(v for v in SUPPORTED if v in values), text, field, start, end)
                    for (start, end, field, text), values in sorted(by_span.items(), key=lambda kv: kv[0][:2]))
    return replace(claim, support=support)
