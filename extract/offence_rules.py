"""The offences (charges) a claim carries: an ordered table of small rules, the first that applies decides.

Each rule takes a Candidate (decisions.py) whose kind the kind rules have chosen and returns
None (does not apply) or the tuple of offences, in the order offences_between gives them
(of_incident aside). Unlike the other tables, these add no id to the claim's `rules`.
"""
from __future__ import annotations

from .breakdowns import own_offences
from .decisions import Candidate
from .lexicon import lexicon
from .offences import offences_between

_AROUND = 80   # characters either side of an aggregate's count and trigger that may name its charges


def own_of_part(x: Candidate) -> tuple | None:
    """"Of them, 61 for drug trafficking and 40 for murder": a part of a statistic listed with other
    parts has the charges between it and the next part. First: the sentence's charges would give
    every part all of them."""
    if x.part and x.kind == "aggregate":
        return own_offences(x.report.f.offences, x.counts, x.c, x.e)
    return None


def around_aggregate(x: Candidate) -> tuple | None:
    """"Courts issued 64 death sentences for drug trafficking in 2022, the judiciary's annual review
    says, and the capital saw 30 hangings for murder": a statistic has the charges within 80
    characters of its count and trigger, not those of a figure further along its sentence."""
    if x.kind != "aggregate":
        return None
    c, t = x.c, x.t
    lo, hi = min(c.start, t.start if t else c.start), max(c.end, t.end if t else c.end)
    return offences_between(x.report.f.offences, max(x.s, lo - _AROUND), min(x.e, hi + _AROUND))


def of_incident(x: Candidate) -> tuple:
    """"Three men were hanged in Arak on Sunday. They had been convicted of armed robbery": an
    incident has the charges of its sentence and of a next one that goes on about its people.
    Last: it always applies (the next sentence's charges are joined in alphabetical order)."""
    f = x.report.f
    offences = offences_between(f.offences, x.s, x.e)
    after = f.sentences[x.i + 1] if x.i + 1 < len(f.sentences) else None
    if after is not None and lexicon().assembly.follow_on.match(f.text[after[0]:after[1]]):
        offences = tuple(sorted(set(offences) | set(offences_between(f.offences, *after))))
    return offences


OFFENCE_RULES = (
    own_of_part,
    around_aggregate,
    of_incident,
)
