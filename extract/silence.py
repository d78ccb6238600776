"""Sentences that tell of an execution, a death sentence or an imminent one and yet made no claim
and no rejected candidate: `vigil extract jsonl --explain` names them and the reason, so a
developer sees why ("The father of two was hanged on Monday" counts nobody).

Explanation only: it reads what the pipeline found in a Doc and the claims and rejections it made,
and changes neither. The English pipeline's Docs only (the Persian and Arabic ones keep no
trigger list).
"""
from __future__ import annotations

from dataclasses import dataclass

from .linking import inside


@dataclass(frozen=True)
class Silence:
    """A sentence with a trigger that made no claim and no rejection, and the rule that says why."""

    field: str
    trigger: str    # the trigger as written
    start: int      # its offsets in the field
    end: int
    rule: str       # explain.no_count | explain.counts_aside (rules.py)
    evidence: str   # its sentence

    def to_dict(self) -> dict:
        return {"field": self.field, "trigger": self.trigger, "start_char": self.start, "end_char": self.end,
                "rule": self.rule, "evidence": self.evidence}


def silences(doc, claims: list, rejections: list) -> list[Silence]:
    """The silent sentences of one field's Doc, given every claim (with its support) and rejection
    the field made. A sentence is told of when a claim's evidence or support or a rejected
    candidate lies in it; a hypothetical trigger ("would be executed") tells nothing."""
    ext = doc._
    text, field = ext.vigil_text or doc.text, ext.field or "text"
    told = [(c.start_char, c.end_char) for c in claims if c.field == field]
    told += [(s.start_char, s.end_char) for c in claims for s in c.support if s.field == field]
    told += [(r.start, r.end) for r in rejections if r.field == field]
    out = []
    for s, e in ext.vigil_sentences or []:
        triggers = [t for t in inside(ext.vigil_triggers or [], s, e) if not t.hypothetical]
        if not triggers or any(a < e and s < b for a, b in told):
            continue
        counted = inside(ext.vigil_counts or [], s, e) or inside(ext.vigil_names or [], s, e)
        t = triggers[0]
        out.append(Silence(field, text[t.start:t.end], t.start, t.end,
                           "explain.counts_aside" if counted else "explain.no_count", text[s:e].strip()))
    return out
