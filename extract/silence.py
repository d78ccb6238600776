"""Sentences that tell of an execution, a death sentence or an imminent one and yet made no claim
and no rejected candidate: `vigil extract jsonl --explain` names them and the reason, so a
developer sees why ("The father of two was hanged on Monday" counts nobody).

Explanation only: it reads what the pipeline found in a Doc and the claims and rejections it made,
and changes neither. The English pipeline's Docs only (the Persian and Arabic ones keep no
trigger list).
"""
from __future__ import annotations

from dataclasses import dataclass

from .clauses import trigger_not_done
from .linking import inside


@dataclass(frozen=True)
class Silence:
    """A sentence with a trigger that made no claim and no rejection, and the rule that says why."""

    field: str
    trigger: str    # the trigger as written
    start: int      # its offsets in the field
    end: int
    rule: str       # the Aside rule of its first count set aside, else explain.* (rules.py)
    evidence: str   # its sentence

    def to_dict(self) -> dict:
        return {"field": self.field, "trigger": self.trigger, "start_char": self.start, "end_char": self.end,
                "rule": self.rule, "evidence": self.evidence}


def silences(doc, claims: list, rejections: list, asides: list = ()) -> list[Silence]:
    """The silent sentences of one field's Doc, given every claim (with its support), rejection and
    count set aside (report.Rejection records of decisions.Aside) the field made. A sentence is told
    of when a claim's evidence or support or a rejected candidate lies in it. Its reason, in order:
    the rule that set aside its first count so set aside ("the execution of X was halted":
    reject.not_done); a trigger that only says what may or should happen (explain.hypothetical);
    counts read by no rule that says so (explain.counts_aside); nobody counted, in a clause that says
    the execution was stopped (reject.not_done) or not (explain.no_count)."""
    ext = doc._
    text, field = ext.vigil_text or doc.text, ext.field or "text"
    told = [(c.start_char, c.end_char) for c in claims if c.field == field]
    told += [(s.start_char, s.end_char) for c in claims for s in c.support if s.field == field]
    told += [(r.start, r.end) for r in rejections if r.field == field]
    out = []
    for s, e in ext.vigil_sentences or []:
        found = inside(ext.vigil_triggers or [], s, e)
        if not found or any(a < e and s < b for a, b in told):
            continue
        triggers = [t for t in found if not t.hypothetical]
        aside = next((a for a in asides if a.field == field and s <= a.start < e), None)
        counted = inside(ext.vigil_counts or [], s, e) or inside(ext.vigil_names or [], s, e)
        if aside is not None:
            rule = aside.rule
        elif not triggers:
            rule = "explain.hypothetical"
        elif counted:
            rule = "explain.counts_aside"
        else:
            rule = "reject.not_done" if trigger_not_done(text, triggers[0], s, e) else "explain.no_count"
        t = (triggers or found)[0]
        out.append(Silence(field, text[t.start:t.end], t.start, t.end, rule, text[s:e].strip()))
    return out
