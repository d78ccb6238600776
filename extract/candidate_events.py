"""The candidate rules of what happened to a count's people, and of counts read elsewhere.

First come the counts that are no candidate of their sentence (a sentence carried out with no
claim to refer back to, a figure given for comparison, a number inside a date, a list continuing
nothing); then `linked_event`, which sets the count's event and trigger (linking.linked_trigger),
and `planned_execution`, which makes a planned
execution imminent.
"""
from __future__ import annotations

from .antecedents import sentences_pointed_at
from .clauses import planned
from .decisions import Aside, Pending
from .drafting import compared
from .followups import carried_out, carried_out_base
from .linking import linked_trigger
from .offences import offences_between


def sentence_carried_out(x: Pending) -> Aside | None:
    """"The qisas sentence was implemented on Tuesday": the people are those of the claim told
    just before (followups.carried_out); with none to refer back to, no count. Sets `c`."""
    if x.c.noun == "carried_out":
        base = carried_out_base(x.text, x.c, x.at.r.drafts, x.at.i)
        if base is not None and base.event == "executed" and not any(not d.dateline for d in x.at.dates):
            # "Five men were executed by firing squad on Monday. ... The sentences were carried out in
            # front of officials": with no date of its own, it tells again how the execution just told went
            return Aside("skip.carried_out_restated")
        c = carried_out(x.text, x.c, x.at.r.drafts, x.at.i)
        if c is None:
            return Aside("skip.carried_out_alone")
        x.c = c
    return None


def comparison(x: Pending) -> Aside | None:
    """"..., up from 22 the previous year": a figure given for comparison is read by `compared`,
    which may add it as an aggregate of its own period; it is never a candidate of this sentence."""
    if x.c.noun == "comparison":
        compared(x.at.r, x.at.i, x.c, x.before)
        return Aside("count.comparison")
    return None


def date_part(x: Pending) -> Aside | None:
    """"Rahimi, hanged on March 4, 2024 in Qom, ...": a number inside a longer date of the field is
    its year or day, never a count, though after its comma it reads like the next item of a list
    ("two in Qom, three in Arak"). Before every rule that reads a count as people."""
    c = x.c
    if c.noun != "name" and any(d.start <= c.start and c.end <= d.end and d.end - d.start > c.end - c.start
                                for d in x.at.r.f.dates):
        return Aside("skip.date_part")
    return None


def ellipsis_alone(x: Pending) -> Aside | None:
    """"two in Minab, seven in Gohardasht": a list continuing a count continues nothing when the
    count before it in the sentence made no claim."""
    if not x.c.event and x.c.noun == "ellipsis" and x.before is None:
        return Aside("skip.ellipsis_alone")
    return None


def ellipsis_no_charge(x: Pending) -> Aside | None:
    """"eight of murder" is a part by charge; "three of involvement in ..." names none: no figure."""
    if not x.c.event and x.c.noun == "ellipsis" and x.text.startswith(" of ", x.c.end) \
            and not offences_between(x.at.r.f.offences, x.c.end, x.c.end + 30):
        return Aside("skip.ellipsis_no_charge")
    return None


def linked_event(x: Pending) -> None:
    """Sets `event` and `t`: the event the count names itself ("64 executions"), else that of the
    claim a list continues, else that of the trigger linking.link (link_name for names) finds."""
    c = x.c
    if c.event:
        x.event = c.event
    elif c.noun == "ellipsis":
        x.event, x.t = x.before.event, x.before.source_trigger
    else:
        x.t = linked_trigger(c, x.at.triggers, x.text)
        x.event = x.t.event if x.t else "sentenced" if sentences_pointed_at(x.text, c) else None
    return None


def planned_execution(x: Pending) -> None:
    """"the execution of X is scheduled for Wednesday": an execution its own verb plans is
    imminent. Sets `event` and `planned`."""
    x.planned = x.event in ("executed", "sentenced") and planned(x.text, x.c, x.t, x.at.e)
    if x.planned:
        x.event = "imminent"
    return None
