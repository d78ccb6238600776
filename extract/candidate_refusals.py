"""The candidate rules that refuse a count: no event says what happened to its people, what may
happen is no fact, the count is no such figure (rejections.rejected), its clause says it is no new
fact (refusals.clause_refusal), or it restates claims told before (`told_again`).

Each decides `Reject` with its `reject.*` id, or, for a name, `Aside` (`_refused`: names label
claims, so a name that makes none loses no figure).
"""
from __future__ import annotations

from .decisions import Aside, Clause, Pending, Reject
from .linking import linked_trigger
from .refusals import clause_refusal
from .rejections import definite, rejected
from .restatements import dates_told_fact, told


def _refused(x: Pending, rule: str) -> Reject | Aside:
    # a name that makes no claim is set aside unlisted: names label claims, no figure is lost
    return Aside(rule) if x.c.noun == "name" else Reject(rule)


def hypothetical_event(x: Pending) -> Reject | Aside | None:
    """"The authorities could hang three men", "to stop them from executing two prisoners": the only
    trigger the count is the subject or object of says what may or should (not) happen, not that it
    happened (mentions.Trigger.hypothetical). No claim, as with `no_event`; the rejection says why."""
    if x.event is None and x.at.hypothetical and linked_trigger(x.c, x.at.hypothetical, x.text) is not None:
        return _refused(x, "reject.hypothetical")
    return None


def no_event(x: Pending) -> Reject | Aside | None:
    """"for killing three people": no trigger says what happened to these people, and no figure
    it is a part of does."""
    return _refused(x, "reject.no_event") if x.event is None else None


def refused_count(x: Pending) -> Reject | Aside | None:
    """A rate, victims, death row, a hedge ... (rejections.rejected): the count is no such figure."""
    why = rejected(x.text, x.c, x.t, x.at.e)
    return _refused(x, why) if why else None


def refused_clause(x: Pending) -> Reject | Aside | None:
    """The count's clause says it is no new fact: a denial, a plan, a generic (refusals.CLAUSE_RULES)."""
    at = x.at
    why = clause_refusal(Clause(x.text, at.s, at.e, x.c, x.t, at.triggers, x.breakdown, x.shared))
    return _refused(x, why) if why else None


def told_again(x: Pending) -> Reject | None:
    """"The three hangings were not announced": a definite count that restates claims told before.
    The next count of the sentence reads past it. One that gives the day of a fact told over a week
    or a month ("The two men were executed on 9 March") is made, and merged with it."""
    if definite(x.text, x.c) and not x.part and told(x.at.r.drafts, x.at.i, x.c.value, x.event) \
            and not dates_told_fact(x.at.r.drafts, x.at.i, x.c.value, x.event, x.at.dates):
        return Reject("reject.told_again", seen=False)
    return None
