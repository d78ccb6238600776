"""The candidate rules of what happened to a count's people, and of counts read elsewhere.

First come the counts that are no candidate of their sentence (a sentence carried out with no
claim to refer back to, a figure given for comparison, a number inside a date, a list continuing
nothing); then `linked_event`, which sets the count's event and trigger (linking.linked_trigger),
and `planned_execution`, which makes a planned
execution imminent.
"""
from __future__ import annotations

import re

from .antecedents import sentences_pointed_at
from .clauses import planned
from .decisions import Aside, Pending
from .drafting import compared
from .followups import carried_out, carried_out_base
from .lexicon import words
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


_OWN_VERB = re.compile(rf"\b(?:{words('mentions.yaml')['ellipsis_own_verbs']})\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,.;:]|$")


def ellipsis_own_verb(x: Pending) -> Aside | None:
    """"Three men were hanged in Karaj and another 40 in Isfahan are at risk": a count after the verb of
    the claim before, with a verb of its own in its clause, is the subject of that verb, not a count left
    to share the one before ("12 prisoners in Gohardasht and five in Ilam were moved ...", the verb after
    both, is shared)."""
    c, before = x.c, x.before
    if c.noun == "ellipsis" and not c.event and before is not None and before.source_trigger is not None \
            and before.source_trigger.end <= c.start \
            and _OWN_VERB.search(x.text, c.end, _CLAUSE_END.search(x.text, c.end).start()):
        return Aside("skip.ellipsis_own_verb")
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


# between the date of one person of a gapped list and the next person: ", ", ", and ", " and "
# (after a noun of execution, "of" and a few words of description: "the hanging of A in Isfahan on 19 May,
# and of dissident B on 6 May")
_GAP_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+(?:[\w'-]+\s+){0,3}?)?")
_GAP_DATE_OPENER = re.compile(r"\s+(?:on|in)\s+")


def gapped_name(x: Pending) -> None:
    """"A was executed on 16 June, B on 22 June and C on 23 June", "Two men were hanged on 3 May, and
    A on 5 May", "the hanging of A on 19 May, and of B on 6 May": a person who follows the day of
    other people's execution, told with a day of their own and no verb, leaves out that person's
    verb, and takes its event (the date after them is theirs), a claim of its own. After linked_event,
    only where it found no trigger. Sets `event` and `gapped`."""
    c, at = x.c, x.at
    if c.noun != "name" or x.t is not None or at.last is None:
        return None
    before, draft, _ = at.last
    if draft is None or before.noun not in ("name", "person") or draft.sentence != at.i \
            or draft.source_trigger is None and "event.gapped" not in draft.rules:
        return None
    told = next((d for d in reversed(at.dates) if before.end <= d.start and d.end <= c.start), None)
    own = _GAP_DATE_OPENER.match(x.text, c.end)
    if told is None or not told.is_day or not _GAP_JOINER.fullmatch(x.text, told.end, c.start) \
            or own is None or not any(d.start == own.end() and d.is_day for d in at.dates):
        return None
    # (no trigger of its own: the one it shares would make it the same people as the claim before)
    x.event, x.gapped = draft.event, True
    return None


# "..., and labour activist B was sentenced in Rasht in July 2024": the verb of a death sentence
# again without its object ("to death"), after a clause that gave it
_JOINED_PERSON = re.compile(r",?\s+and\s+(?:[a-z][\w'-]*\s+){0,4}$")
_BARE_SENTENCED = re.compile(r"\s+(?:was|were)\s+sentenced\b(?!\s+to\b)")


def gapped_sentence(x: Pending) -> None:
    """"A was sentenced to death in Tehran in November, and activist B was sentenced in Rasht in July":
    a person joined by "and" to a death sentence of the same sentence, whose own verb leaves out "to
    death", is sentenced to death too (their own date is read after them). After gapped_name, only
    where no trigger was found. Sets `event` and `gapped`."""
    c, at = x.c, x.at
    if c.noun != "name" or x.t is not None or x.event is not None or at.last is None:
        return None
    before, draft, _ = at.last
    if draft is None or draft.event != "sentenced" or draft.sentence != at.i or draft.source_trigger is None \
            or not _JOINED_PERSON.search(x.text, draft.source_trigger.end, c.start) \
            or not _BARE_SENTENCED.match(x.text, c.end):
        return None
    x.event, x.gapped = "sentenced", True
    return None


def planned_execution(x: Pending) -> None:
    """"the execution of X is scheduled for Wednesday": an execution its own verb plans is
    imminent. Sets `event` and `planned`."""
    x.planned = x.event in ("executed", "sentenced") and planned(x.text, x.c, x.t, x.at.e)
    if x.planned:
        x.event = "imminent"
    return None
