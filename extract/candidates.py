"""The counts of one sentence on their way to claims: which count is a candidate, what it is
linked to, and whether it makes a claim, adds to the one before it, or is rejected (and why).

`sentence` reads one sentence's counts in order; `draft` makes the claim of a candidate that
passed, with the period, kind and offences the rule tables of periods.py, kinds.py and
offence_rules.py choose.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .breakdowns import continues_split, is_statistic, named_part, part_after
from .clauses import apposed_group, apposed_names, noun_trigger, planned, share, uncounted_antecedent
from .comparisons import compared_period, other_figure_between, refers_back
from .dates import DateMention
from .decisions import Candidate, Clause, Reject, first
from .followups import carried_out, scheduled
from .kinds import KIND_RULES, WORLD_FIGURE, stretched
from .lexicon import lexicon, words
from .linking import inside, link, link_name, listed_after_colon, pick_date
from .mentions import Count, Trigger
from .notions import DAY_MAX_DAYS
from .offence_rules import OFFENCE_RULES
from .offences import offences_between
from .periods import PERIOD_RULES
from .refusals import clause_refusal
from .rejections import definite, rejected
from .report import Draft, _Report
from .restatements import told

_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
_JOINED_CLAUSE = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and)?|\band)\s+$")
_SUMMED = re.compile(r"(?:,\s*and|\sand)\s+$")
_W = words("assembly.yaml")
_NAMED_AS = re.compile(rf"\b(?:{_W['named_as']})\b(?:\s+[\w'-]+){{0,4}}?\s+as\b", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?:,\s*|\s+named\s+|\s+identified\s+as\s+)$", re.IGNORECASE)
_OTHERS_NOUN = re.compile(r"\b(?:others|more)\s*$", re.IGNORECASE)


def sentence(r: _Report, i: int, s: int, e: int, dates: list[DateMention]) -> None:
    f, text = r.f, r.f.text
    names = inside(f.names, s, e)
    numeric = [c for c in inside(f.counts, s, e)
               if not any(n.start <= c.start < n.end for n in names)]
    if not names and not numeric:
        return   # nothing to link (most sentences): the rest reads only this sentence's counts
    triggers = [t for t in inside(f.triggers, s, e) if not t.hypothetical]
    named_as = _NAMED_AS.search(text, s, e)
    if named_as:
        attach_names(r, [n for n in names if n.start >= named_as.end()], numeric)
        names = [n for n in names if n.start < named_as.end()]
    colon_list = listed_after_colon(text, s, e, numeric, names)
    if colon_list:   # "... on 27 August: A and B; C": the names label the count, the list adds none
        numeric = [c for c in numeric if c.start < colon_list[2]]
        names = [n for n in names if n.start < colon_list[2]]
    counts = sorted(numeric + names, key=lambda c: c.start)
    previous = next((d for d in reversed(r.drafts) if not d.compared), None)
    previous = previous if previous is not None and previous.sentence >= i - 2 else None
    same_paragraph = i > 0 and r.paragraph(s) == r.paragraph(f.sentences[i - 1][0])
    lead_breakdown = bool(lexicon().assembly.breakdown_lead.match(text[s:e])) or continues_split(
        text, s, e, previous, i, dates, inside(f.places, s, e), same_paragraph)
    r.lead_breakdown = lead_breakdown
    statistic = previous is not None and is_statistic(previous) and not dates
    parent: Draft | None = previous if lead_breakdown else None
    last: tuple | None = None   # (count, draft, breakdown) of the previous count in this sentence
    consumed: set = set()
    appos_end = None   # where the last name set off after a group ends
    for c in counts:
        if c.noun == "name" and last and last[1] is not None and named_part(text, last[0].end, c, last[1].count):
            last[1].names = last[1].names + c.names   # "Two people, among them X, were hanged"
            continue
        if c.noun == "name" and last and last[1] is not None and last[1].source_trigger is not None \
                and apposed_names(text, appos_end or last[0].end, c, last[1].count - len(last[1].names),
                                  last[1].source_trigger.start):
            last[1].names = last[1].names + c.names   # "Two prisoners, protester A and cleric B, were hanged"
            last[1].rules.append("names.apposed")
            appos_end = c.end
            continue
        t = None
        if c.noun == "carried_out":
            c = carried_out(text, c, r.drafts, i)
            if c is None:
                continue
        if c.noun == "comparison":
            compared(r, i, c, last[1] if last else None)
            continue
        if c.event:
            event = c.event
        elif c.noun == "ellipsis":
            if not last or last[1] is None:
                continue
            if text.startswith(" of ", c.end) and not offences_between(f.offences, c.end, c.end + 30):
                continue   # "eight of murder" is a part by charge; "three of involvement in ..." no figure
            event, t = last[1].event, last[1].source_trigger
        else:
            t = link_name(c, triggers, text) if c.noun == "name" else link(c, triggers, text)
            event = t.event if t else None
        breakdown = lead_breakdown or part_after(text, c) or bool(
            lexicon().assembly.breakdown.search(text, max(s, c.start - 20), c.start)) or bool(
            last and last[2] and _JOINED.match(text[last[0].end:c.start])) or bool(
            # "Four of those executed were women, and at least nine were Afghans": a second part
            # "Fourteen of them for drugs, eight of murder": a figure continued without its noun, too
            last and last[2] and c.noun in ("person", "more", "ellipsis") and _JOINED_CLAUSE.match(text[last[0].end:c.start]))
        others = bool(_OTHERS_NOUN.search(text[c.start:c.end]))
        if not breakdown and c.noun == "person" and last and last[1] is not None and last[1].count > 1 \
                and t is not None and t is last[1].source_trigger \
                and t.voice == "passive" and t.start > c.end and apposed_group(text, last[0].end, c):
            breakdown = True   # "four prisoners ..., three men and a woman, were hanged": the same four
        if t is not None and t.voice == "active" and 0 <= c.start - t.end < 5 and not statistic \
                and lexicon().assembly.breakdown.search(text, t.start, t.end):
            breakdown = False   # "those executed this year include N women": the trigger is the figure
        context = parent if (breakdown or c.partitive) and parent else (
            previous if (c.partitive or others or breakdown) else None)
        if context is None and c.partitive:
            context = r.last_aggregate()
        if context is not None and (breakdown or c.partitive) and c.noun != "name" and context.count < c.value:
            # "Three men were executed on Tuesday ... Of those, 103 had been convicted of drug offences":
            # a part larger than the figure before it splits the statistic told earlier (the report's
            # first figure large enough: its lead statistic, not a figure compared with it), never that incident
            context = next((d for d in r.drafts if d.kind == "aggregate" and d.period[0]
                            and not d.compared and d.count >= c.value), None)
            if context is None:
                r.reject(i, c, "reject.part_larger_than_whole")
                last = (c, None, True)
                continue
        if (c.partitive or breakdown) and not lead_breakdown and c.noun != "name" and (
                last and last[1] is None and last[0].noun != "name"
                or uncounted_antecedent(text, last[0].end if last else s, c)):
            r.reject(i, c, "reject.part_of_rejected")
            last = (c, None, True)
            continue   # "36 of those arrested were women – 15 of them Kurdish": a part of no claim
        shared = not (breakdown or c.partitive) and share(text, c)
        if shared:   # ", or 12% of the total": a part of the statistic told before
            context = r.last_aggregate()
            breakdown = context is not None
        if event is None and (c.partitive or breakdown) and context is not None:
            event = context.event
        will_be = event == "executed" and planned(text, c, t, e)
        if will_be:
            event = "imminent"   # "the execution of X is scheduled for Wednesday"
        why = "reject.no_event" if event is None else rejected(text, c, t, e) or clause_refusal(
            Clause(text, s, e, c, t, triggers, breakdown, shared))
        if why:
            if c.noun != "name":
                last = (c, None, breakdown)
                r.reject(i, c, why)
            continue
        if last and last[1] is not None and c.noun != "ellipsis" and not (breakdown or c.partitive) and t is not None \
                and t is last[1].source_trigger and t.voice == "passive" and not last[2] \
                and _SUMMED.search(text[last[0].end:c.start]) and last[0].noun != "ellipsis":
            add_to(last[1], c)   # "three men and a woman were hanged": one group of four
            continue
        if last and last[1] is not None and c.noun == "name" and t is last[1].source_trigger and c.start - last[0].end < 40:
            last[1].names = last[1].names or c.names   # "a prisoner named X was hanged"
            continue
        if last and last[1] is not None and t is not None and t is last[1].source_trigger and c.value == 1 \
                and last[1].count == 1 and _APPOSITION.match(text[last[0].end:c.start]):
            continue   # "X, a Sunni prisoner, was executed": one person
        lead = next((n for n in names if n.end <= c.start and _SUMMED.search(text[n.end:c.start] + " ")
                     and not text[n.end:c.start].strip(" ,").replace("and", "").strip()), None)
        if lead is not None and c.noun != "name" and not (breakdown or c.partitive) and lead not in consumed:
            consumed.add(lead)
            c = replace(c, value=c.value + lead.value, names=lead.names + c.names, start=lead.start)
        if definite(text, c) and not (breakdown or c.partitive) and told(r.drafts, i, c.value, event):
            r.reject(i, c, "reject.told_again")
            continue   # "The three hangings were not announced": the claim before, told again
        draft = draft_of(r, i, s, e, c, event, t, dates, context, breakdown or c.partitive, counts)
        if draft is None:
            last = (c, None, breakdown)
            continue
        draft.names = c.names
        if will_be:
            draft.rules.insert(1, "event.planned")
        draft.part = breakdown or c.partitive
        r.drafts.append(draft)
        last = (c, draft, breakdown or c.partitive)
        if not (breakdown or c.noun == "ellipsis"):
            parent = draft
        if colon_list and c is colon_list[0]:
            draft.names = draft.names + tuple(x for n in colon_list[1] for x in n.names)


def compared(r: _Report, i: int, c: Count, base: Draft | None) -> None:
    """"..., up from 22 the previous year": the figure a statistic is compared with is an
    aggregate of the same event with its own period (comparisons.py)."""
    s = r.f.sentences[i][0]
    if base is None or base.sentence != i:
        base = r.last_aggregate() if refers_back(r.f.text, s) else None
    if base is None or base.kind != "aggregate" or base.sentence < i - 1 \
            or other_figure_between(r.f.text, max(s, base.span[1]) if base.sentence == i else s, c.start):
        return
    period = compared_period(r.f.text[c.start:c.end], base.period)
    if period is None:
        return
    r.drafts.append(replace(base, event=c.event or base.event, count=c.value, qualifier=c.qualifier,
                               period=period, weak=False, location=None, names=(), sentence=i,
                               span=(c.start, c.end), source=c, part=False, compared=True,
                               rules=[f"event.{c.event or base.event}", "count.comparison", f"qualifier.{c.qualifier}",
                                      "period.compared", "kind.aggregate.comparison", "country.of_statistic"]))


def add_to(draft: Draft, c: Count) -> None:
    draft.count += c.value
    draft.names = draft.names + c.names
    if draft.qualifier == "exact":
        draft.qualifier = c.qualifier


def attach_names(r: _Report, names: list[Count], numeric: list[Count]) -> None:
    """"named the executed men as A and B": the names label the last claim, they add no count."""
    found = tuple(n for c in names for n in c.names)
    target = next((d for d in reversed(r.drafts) if not d.names and d.count >= len(found)), None)
    if found and target is not None and target.sentence >= len(r.drafts and [0]) - 1:
        target.names = found


def draft_of(r: _Report, i, s, e, c: Count, event: str, t: Trigger | None, dates, context: Draft | None,
             part: bool, counts) -> Draft | None:
    """The claim count `c` of sentence `i` makes, or None (its rejection recorded): the period
    and kind come from the rule tables of periods.py and kinds.py, the offences from offence_rules.py."""
    text = r.f.text
    d, gap = pick_date(text, c, t, dates, counts, e)
    same_period = lexicon().assembly.same_period.search(text, s, e)
    if same_period and lexicon().assembly.compared_with.search(text, max(s, same_period.start() - 30), same_period.start()):
        same_period = None   # "..., a rise compared with the same period last year": a comparison, not the period
    x = Candidate(r, i, s, e, c, event, t, dates, context, part, counts, d, gap, same_period)
    chosen = first(PERIOD_RULES, x)
    if isinstance(chosen, Reject):
        return r.reject(i, c, chosen.rule)
    period, weak, compared = chosen.span, chosen.weak, chosen.compared
    rules = list(chosen.rules)
    if event == "sentenced" and (noun_trigger(text, t) or c.event) and lexicon().carried_out_after.match(text[c.end:e]):
        event = "executed"   # "the death sentences of three men were carried out this morning"
        rules.append("event.sentence_carried_out")
    if event == "imminent":
        period = scheduled(r.f, i, r.resolve) or period
    told_on = day_told(r, c, dates, period)
    if told_on is not None:
        # "In a statement on 9 May, she said 209 people had been executed since the start of the
        # year": a figure "to date" runs to the day it was told, not to the report's publication
        period = (period[0], told_on)
        rules.append("period.ends_on_day_told")
    place = r.place(c, t, s, e)
    x = replace(x, event=event, period=period, weak=weak, place=place)
    kind = first(KIND_RULES, x)
    longer = stretched(x, kind)
    kind = longer or kind
    rules.append(kind.rule)
    refused = first(WORLD_FIGURE, x) if kind.kind == "aggregate" else None
    if refused is not None:
        return r.reject(i, c, refused.rule)
    kind = kind.kind
    offences = first(OFFENCE_RULES, replace(x, kind=kind))
    draft = Draft(event, c.value, c.qualifier, period, weak, kind, r.country_at(c.start, s),
                  offences, place if kind == "event" or longer is not None else None, (), i, (c.start, c.end), c)
    draft.source_trigger = t
    draft.compared = compared
    lead = [f"trigger.{t.event}:{' '.join(text[t.start:t.end].lower().split())}" if t else f"event.{event}",
            f"count.{c.noun}" + (".partitive" if c.partitive else ""), f"qualifier.{c.qualifier}"]
    if part:
        lead.append("part.breakdown")
    draft.rules = lead + rules + [f"country.{'stated' if draft.country != r.country else 'report'}"]
    return draft


def day_told(r: _Report, c: Count, dates: list, period: tuple):
    """The day a figure running to publication was told on: a day named before the count in
    its sentence, inside the figure's span and before publication; else None."""
    start, end = period
    published = r.f.published
    if start is None or end != published or (end - start).days <= DAY_MAX_DAYS:
        return None
    days = [x for x in dates if x.end <= c.start and x.is_day and not x.anchored and x.period_start
            and start < x.period_start < published]
    return days[-1].period_start if days else None
