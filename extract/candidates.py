"""The counts of one sentence on their way to claims: an ordered table of small, named rules.

`sentence` reads a sentence's counts (numbers and names) in order; each is a `Pending` that the
rules of CANDIDATE_RULES read in turn. A rule either refines what is known about the count (its
event and trigger, whether it is a part of a figure, the figure it splits) and returns None, or
decides, with a rule id explained in rules.py:

- `Aside`: no claim and no rejection listed (names labelling the claim before, a count added to
  it, a figure read by another rule);
- `Reject`: no claim, listed by `vigil extract --explain` with its `reject.*` id;
- `Made`: a claim, made by the last rule (`make_claim`, through drafting.draft_of, which asks the
  period, kind and offence tables of periods.py, kinds.py and offence_rules.py).

The first decision holds, so the table is the order in which a candidate is accepted or rejected.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .breakdowns import continues_split, is_statistic, named_part, part_after
from .casefold import search
from .clauses import apposed_group, apposed_names, noun_trigger, planned, share, uncounted_antecedent
from .dates import DateMention
from .decisions import Aside, Clause, Made, Pending, Reading, Reject, first
from .drafting import add_to, compared, draft_of
from .followups import carried_out
from .kinds import named_later
from .lexicon import lexicon, words
from .linking import APPOSITION as _APPOSITION, inside, link, link_name, listed_after_colon
from .mentions import Count
from .offences import offences_between
from .refusals import clause_refusal
from .rejections import definite, rejected
from .report import _Report
from .restatements import dates_told_fact, told

_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
_JOINED_CLAUSE = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and)?|\band)\s+$")
_SUMMED = re.compile(r"(?:,\s*and|\sand)\s+$")
_W = words("assembly.yaml")
# "seven prisoners, including a member of the ruling family and a woman who ...": the second of the
# people a part opener lists is a part too, though the first was no count of ours
_PART_LISTED = re.compile(rf"\b(?:{_W['part_clause_openers']})\s+[^,;:.()]{{1,60}}?\s+and\s+$", re.IGNORECASE)
_NAMED_AS = re.compile(rf"\b(?:{_W['named_as']})\b(?:\s+[\w'-]+){{0,4}}?\s+as\b", re.IGNORECASE)
# ", its first execution of ...": a description of the incident just told, set off by a comma
_DESCRIPTION = re.compile(rf",\s*(?:{_W['description_determiners']})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_ALONG_WITH = re.compile(rf"\b(?:{_W['along_with']})\s+$", re.IGNORECASE)
_OTHERS_NOUN = re.compile(r"\b(?:others|more)\s*$", re.IGNORECASE)
_REST_REACH = 3   # sentences: the rest of a group is told within this many sentences after it
_REST = re.compile(rf"\b(?:{_W['rest_of_group']})\b", re.IGNORECASE)


def sentence(r: _Report, i: int, s: int, e: int, dates: list[DateMention]) -> None:
    """Reads the counts of sentence `i` ([s, e)) in order; adds their claims to `r.drafts` and
    their rejections to `r.rejections`. `dates` are the sentence's own (no dateline, no side date)."""
    f, text = r.f, r.f.text
    names = inside(f.names, s, e)
    numeric = [c for c in inside(f.counts, s, e)
               if not any(n.start <= c.start < n.end for n in names)]
    if not names and not numeric:
        return   # nothing to link (most sentences): the rest reads only this sentence's counts
    if r.link_line(s):
        for c in numeric:
            r.reject(i, c, "reject.link_line")
        return   # "Related news: Two men executed in Shiraz": another report's headline
    found = inside(f.triggers, s, e)
    triggers = [t for t in found if not t.hypothetical]
    named_as = search(_NAMED_AS, text, s, e)
    if named_as:
        attach_names(r, i, [n for n in names if n.start >= named_as.end()], numeric)
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
    at = Reading(r, i, s, e, dates, names, triggers, counts, previous, lead_breakdown, statistic,
                 previous if lead_breakdown else None, colon_list,
                 hypothetical=[t for t in found if t.hypothetical])
    for c in counts:
        x = Pending(at, c)
        decision = first(CANDIDATE_RULES, x)
        if isinstance(decision, Made):
            r.drafts.append(decision.draft)
            at.last = (x.c, decision.draft, x.part)
            if not (x.breakdown or x.c.noun == "ellipsis"):
                at.parent = decision.draft
        elif isinstance(decision, Reject):
            r.reject(i, x.c, decision.rule)
            if decision.seen:
                at.last = (x.c, None, x.breakdown if decision.part is None else decision.part)
        else:
            r.set_aside(i, x.c, decision.rule)


# The rules, in the order of CANDIDATE_RULES. ------------------------------------------------

def names_among(x: Pending) -> Aside | None:
    """"Two people, among them X, were hanged": a name given as one of the count before labels
    its claim. First, with the next rule: names after a claim are read before any trigger."""
    if x.c.noun == "name" and x.before is not None and named_part(x.text, x.at.last[0].end, x.c, x.before.count):
        x.before.names = x.before.names + x.c.names
        named_later(x.before)
        return Aside("names.among")
    return None


def names_apposed(x: Pending) -> Aside | None:
    """"Two prisoners, protester A and cleric B, were hanged": names set off after a group, each
    with its role, are its people."""
    before = x.before
    if x.c.noun == "name" and before is not None and before.source_trigger is not None \
            and apposed_names(x.text, x.at.appos_end or x.at.last[0].end, x.c, before.count - len(before.names),
                              before.source_trigger.start):
        before.names = before.names + x.c.names
        before.rules.append("names.apposed")
        named_later(before)
        x.at.appos_end = x.c.end
        return Aside("names.apposed")
    return None


def sentence_carried_out(x: Pending) -> Aside | None:
    """"The qisas sentence was implemented on Tuesday": the people are those of the claim told
    just before (followups.carried_out); with none to refer back to, no count. Sets `c`."""
    if x.c.noun == "carried_out":
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
        x.t = _linked(c, x.at.triggers, x.text)
        x.event = x.t.event if x.t else None
    return None


def _linked(c: Count, triggers: list, text: str):
    """The trigger of `triggers` a count (link_name for names) is the subject or object of, or None."""
    return link_name(c, triggers, text) if c.noun == "name" else link(c, triggers, text)


def part_of_figure(x: Pending) -> None:
    """Sets `breakdown` and `others`: a count is a part when its sentence splits the figure before
    it, a part phrase precedes or follows it ("including 12 women", "of them"), or it is joined to
    a part before it ("Four of those executed were women, and at least nine were Afghans";
    "Fourteen of them for drugs, eight of murder": a figure continued without its noun, too)."""
    c, text, at, last = x.c, x.text, x.at, x.at.last
    x.breakdown = at.lead_breakdown or part_after(text, c) or bool(
        search(lexicon().assembly.breakdown, text, max(at.s, c.start - 20), c.start)) or bool(
        search(_PART_LISTED, text, max(at.s, c.start - 80), c.start)) or bool(
        last and last[2] and _JOINED.match(text[last[0].end:c.start])) or bool(
        last and last[2] and c.noun in ("person", "more", "ellipsis") and _JOINED_CLAUSE.match(text[last[0].end:c.start]))
    x.others = bool(_OTHERS_NOUN.search(text[c.start:c.end]))
    return None


def apposed_subgroups(x: Pending) -> None:
    """"four prisoners ..., three men and a woman, were hanged": groups set off after a count,
    under its passive trigger, are the same people: sets `breakdown`."""
    c, t, before = x.c, x.t, x.before
    if not x.breakdown and c.noun == "person" and before is not None and before.count > 1 \
            and t is not None and t is before.source_trigger \
            and t.voice == "passive" and t.start > c.end and apposed_group(x.text, x.at.last[0].end, c):
        x.breakdown = True
    return None


def trigger_is_the_figure(x: Pending) -> None:
    """"those executed this year include N women": an active trigger right before the count that
    is itself a part phrase is the figure, the count is no part of the claim before (unless that
    is a statistic and the sentence has no date). Clears `breakdown`."""
    t = x.t
    if t is not None and t.voice == "active" and 0 <= x.c.start - t.end < 5 and not x.at.statistic \
            and search(lexicon().assembly.breakdown, x.text, t.start, t.end):
        x.breakdown = False
    return None


def people_of_incident_described(x: Pending) -> Reject | None:
    """"Kuwait hanged seven prisoners on Wednesday. The agency identified those executed as three
    Kuwaiti men, a Syrian man and an Ethiopian woman"; "Those executed included eleven Jordanians and
    four Iraqis": a sentence with no date of its own that says who the people of the incident just
    told were (it opens a breakdown, its trigger is a part phrase, or its counts follow "identified
    ... as"), its counts adding up to no more than that incident, splits it: no second incident.
    After `trigger_is_the_figure` (which reads the same trigger as a figure of a statistic)."""
    at, c = x.at, x.c
    prev = at.previous
    if prev is None or prev.kind != "event" or prev.compared or at.dates or c.noun != "person" \
            or x.event != prev.event or c.value >= prev.count:
        return None
    head = x.text[at.s:c.start]
    described = at.lead_breakdown or bool(_NAMED_AS.search(head)) or (
        x.t is not None and x.t.end <= c.start and search(lexicon().assembly.breakdown, x.text, x.t.start, x.t.end))
    if not described:
        return None
    people = sum(n.value for n in at.counts if n.noun == "person")
    return Reject("reject.split_of_incident", part=True) if people <= prev.count else None


def figure_split(x: Pending) -> None:
    """Sets `context`, the figure a part splits: for a partitive, the figure its own phrase dates
    (`_whole_named`); else the breakdown sentence's figure, else the claim before (for a part, a
    partitive or "... and N others"), else for a partitive the last statistic."""
    at, c = x.at, x.c
    x.context = at.parent if x.part and at.parent else (at.previous if (c.partitive or x.others or x.breakdown) else None)
    if c.partitive:
        x.context = _whole_named(x) or x.context or at.r.last_aggregate()
    return None


def _whole_named(x: Pending):
    """"At least 296 of the prisoners executed in 2016 ...": a partitive whose own phrase dates its
    whole (a span told within a few words after the count) splits the figure of that span, even
    when a figure of another year was told just before it; None when the report has no such figure."""
    c = x.c
    own = next((d for d in x.at.dates if 0 <= d.start - c.end <= 40 and d.period_start and d.period_end
                and not d.is_day), None)
    if own is None:
        return None
    return next((d for d in reversed(x.at.r.drafts) if d.kind == "aggregate" and not d.compared
                 and tuple(d.period) == (own.period_start, own.period_end)), None)


def part_larger_than_whole(x: Pending) -> Reject | None:
    """"Three men were executed on Tuesday ... Of those, 103 had been convicted of drug offences": a
    part larger than the figure before it splits the statistic told earlier (the report's first
    figure large enough: its lead statistic, not a figure compared with it), never that incident;
    with none large enough it is rejected. May reset `context`."""
    c = x.c
    if x.context is not None and x.part and c.noun != "name" and x.context.count < c.value:
        x.context = next((d for d in x.at.r.drafts if d.kind == "aggregate" and d.period[0]
                          and not d.compared and d.count >= c.value), None)
        if x.context is None:
            return Reject("reject.part_larger_than_whole", part=True)
    return None


def _opens_part(text: str, end: int, start: int) -> bool:
    """Whether text[end:start], between a count and a name, is only a comma and a breakdown opener
    (assembly.yaml breakdown_openers: ", including", ", among them")."""
    gap = text[end:start]
    m = lexicon().assembly.breakdown.search(gap)
    return m is not None and not gap[:m.start()].strip(" ,")


def part_of_rejected(x: Pending) -> Reject | Aside | None:
    """"36 of those arrested were women – 15 of them Kurdish": a part of a count that made no claim
    (the count before it in the sentence, or an antecedent that is no count of ours) makes none; nor
    does a person named right after such a count as one of it ("jailed eight others, including A")."""
    at, c, last = x.at, x.c, x.at.last
    if x.part and not at.lead_breakdown and c.noun != "name" and (
            last and last[1] is None and last[0].noun != "name"
            or uncounted_antecedent(x.text, last[0].end if last else at.s, c)):
        return Reject("reject.part_of_rejected", part=True)
    if x.part and c.noun == "name" and not at.lead_breakdown and last and last[1] is None \
            and last[0].noun != "name" and _opens_part(x.text, last[0].end, c.start):
        # "jailed eight others, including A": a person named as one of a count that made no claim
        return Aside("reject.part_of_rejected")
    return None


def share_of_total(x: Pending) -> None:
    """", or 12% of the total": a count given with its share is a part of the statistic told
    before. Sets `shared`, and `context` and `breakdown` when there is such a statistic."""
    x.shared = not x.part and share(x.text, x.c)
    if x.shared:
        x.context = x.at.r.last_aggregate()
        x.breakdown = x.context is not None
        # "Authorities there executed at least 853 people, or 74% of all recorded executions" in a review
        # of the world whose total made no claim: the country's own figure, its share of the world's told
        if x.context is None and x.at.r.world_report and lexicon().clauses.share_of_world.match(x.text, x.c.end):
            x.shared = False
    return None


def folded_into_group(x: Pending) -> Aside | None:
    """Names already given to a group by `rest_of_group` ("The six others - A, B, ... - were
    executed"): no claim of their own. First: such names are read before any other rule."""
    return Aside("merge.rest_of_group") if x.c in x.at.consumed and x.c.noun == "name" else None


def rest_of_group(x: Pending) -> Aside | None:
    """"Japan executed A along with six of his disciples ... The six others were executed at
    detention centres in Tokyo and Osaka": a definite count of "the others" ("the other six", "the
    remaining six"), with no day of its own, as large as the incident just told less the people it
    names, is the rest of that incident told again: its names and place go to that incident, and it
    makes no second one (a sentence about one of its people may come between). After figure_split
    (the trigger and event are known)."""
    at, c = x.at, x.c
    # "the remaining four": a count that opens on its own article
    told = definite(x.text, c) or bool(lexicon().rejections.definite_opening.match(x.text, c.start, c.end))
    if at.dates or c.noun != "person" or c.partitive or not told \
            or not search(_REST, x.text, max(at.s, c.start - 20), c.end):
        return None
    prev = next((d for d in reversed(at.r.drafts) if at.i - _REST_REACH <= d.sentence < at.i and d.kind == "event"
                 and not (d.compared or d.part) and d.event == x.event
                 and c.value == d.count - max(len(d.names), 1)), None)
    if prev is None:
        return None
    verb = x.t.start if x.t is not None and x.t.start > c.end else at.e
    named = [n for n in at.names if c.end <= n.start and n.end <= verb]
    for n in named:
        at.consumed.add(n)
    prev.names = prev.names + tuple(m for n in named for m in n.names if m not in prev.names)
    prev.location = prev.location or at.r.place(c, x.t, at.s, at.e)
    prev.rules.append("merge.rest_of_group")
    return Aside("merge.rest_of_group")


def part_before_a_new_subject(x: Pending) -> None:
    """"41 prisoners were hanged, 12 of them for murder, and 7 people were sentenced to death": a
    partitive part whose passive verb comes only after another count of people (that verb's own
    subject) takes the event and trigger of the figure it splits, told before it in its sentence.
    After figure_split (the figure is known); sets `event` and `t`."""
    c, t, ctx = x.c, x.t, x.context
    if not (c.partitive and t is not None and t.voice == "passive" and t.start > c.end and ctx is not None
            and ctx.sentence == x.at.i and ctx.source_trigger is not None and ctx.source_trigger.end <= c.start):
        return None
    if any(c.end <= o.start and o.end <= t.start and o.noun == "person" and not o.partitive for o in x.at.counts):
        x.event, x.t = ctx.event, ctx.source_trigger
    return None


def event_of_figure(x: Pending) -> None:
    """"Of these, 40 were for drugs": a part with no event of its own takes its figure's. Sets `event`."""
    if x.event is None and x.part and x.context is not None:
        x.event = x.context.event
    return None


def names_of_incident(x: Pending) -> Aside | None:
    """"Twenty prisoners were hanged on Wednesday ... Among the Kurds, the group identified A, B and
    C": names given as a part of one incident are its people; they label its claim and are no
    second incident. A part of a statistic stays a claim of its own (period.statistic_named), and so
    do names told with their own day after a group the report does not date ("Among those executed
    were two members, A and B, who were hanged on 27 July")."""
    ctx, c = x.context, x.c
    if c.noun == "name" and x.part and ctx is not None and ctx.kind == "event" and ctx.event == x.event \
            and not ctx.weak and len(ctx.names) + c.value <= ctx.count:
        ctx.names = ctx.names + tuple(n for n in c.names if n not in ctx.names)
        if "names.among" not in ctx.rules:
            ctx.rules.append("names.among")
        return Aside("names.among")
    return None


def names_as_examples(x: Pending) -> Aside | None:
    """"At least six people have been executed for spying since 13 June, including A, B and C": names
    a statistic's own sentence gives as examples of its people, with no day of their own after
    them, label the statistic; they are no figure of their own. Names with their own day ("among
    them A, who was hanged on 17 September") and names in a later sentence stay claims."""
    c = x.c
    # the figure of its own sentence: the one it splits, else the claim of the count before it
    ctx = x.context if x.context is not None and x.context.sentence == x.at.i else x.before
    if c.noun == "name" and x.part and ctx is not None and ctx.kind == "aggregate" and ctx.sentence == x.at.i \
            and ctx.event == x.event and len(ctx.names) + c.value < ctx.count \
            and not any(d.start >= c.start for d in x.at.dates):
        ctx.names = ctx.names + tuple(n for n in c.names if n not in ctx.names)
        if "names.examples" not in ctx.rules:
            ctx.rules.append("names.examples")
        return Aside("names.examples")
    return None


def planned_execution(x: Pending) -> None:
    """"the execution of X is scheduled for Wednesday": an execution its own verb plans is
    imminent. Sets `event` and `planned`."""
    x.planned = x.event in ("executed", "sentenced") and planned(x.text, x.c, x.t, x.at.e)
    if x.planned:
        x.event = "imminent"
    return None


def _refused(x: Pending, rule: str) -> Reject | Aside:
    # a name that makes no claim is set aside unlisted: names label claims, no figure is lost
    return Aside(rule) if x.c.noun == "name" else Reject(rule)


def executed_along_with(x: Pending) -> Aside | None:
    """"X was executed in Arak on Wednesday along with three other prisoners": a group introduced by
    "along with" after the people a trigger just counted shares their fate and adds to their claim
    (one incident of four), whatever verb, if any, the linker finds for it. Before `no_event`."""
    before, c = x.before, x.c
    if before is None or before.source_trigger is None or before.kind != "event" or x.part \
            or c.noun in ("name", "ellipsis") or c.event is not None:
        return None
    if x.t is not None and x.t is not before.source_trigger:
        return None
    if not search(_ALONG_WITH, x.text, max(x.at.last[0].end, c.start - 30), c.start):
        return None
    add_to(before, c)
    before.rules.append("count.along_with")
    return Aside("fold.summed")


def along_with_named_member(x: Pending) -> Aside | None:
    """"Nine were hanged on Tuesday and Wednesday. Among them was A, who was executed on Wednesday
    along with two other men": the group "along with" adds to a person named as one of an incident
    (names_of_incident) is of that incident too, a split of it (SCHEMA.md: optional), never an
    incident of its own. Before `executed_along_with`, which adds a group to the claim of its person."""
    ctx, c = x.context, x.c
    if ctx is None or ctx.kind != "event" or not x.part or c.noun in ("name", "ellipsis") \
            or not search(_ALONG_WITH, x.text, max(x.at.s, c.start - 30), c.start):
        return None
    named = [n for n in x.at.counts if n.noun == "name" and n.end <= c.start and set(n.names) <= set(ctx.names)]
    if not named or sum(n.value for n in named) + c.value > ctx.count:
        return None
    return Aside("count.along_with_member")


def hypothetical_event(x: Pending) -> Reject | Aside | None:
    """"The authorities could hang three men", "to stop them from executing two prisoners": the only
    trigger the count is the subject or object of says what may or should (not) happen, not that it
    happened (mentions.Trigger.hypothetical). No claim, as with `no_event`; the rejection says why."""
    if x.event is None and x.at.hypothetical and _linked(x.c, x.at.hypothetical, x.text) is not None:
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


def names_of_group(x: Pending) -> Aside | None:
    """"Two brothers, Saeed Alizahi, 25, and Ismail Alizahi, 29, were hanged": a name joined by
    "and" to a name that already labels the group before, while the group has room for it, is
    another of its people, never one more. Before `summed`."""
    before, c = x.before, x.c
    if c.noun != "name" or before is None or not before.names or x.t is None or x.t is not before.source_trigger:
        return None
    prev = next((n for n in reversed(x.at.names) if n.end <= c.start), None)
    if prev is not None and prev.names and prev.names[-1] == before.names[-1] \
            and len(before.names) + c.value <= before.count \
            and apposed_names(x.text, prev.end, c, before.count - len(before.names), x.t.start):
        before.names = before.names + c.names
        before.rules.append("names.apposed")
        return Aside("names.apposed")
    return None


def summed(x: Pending) -> Aside | None:
    """"three men and a woman were hanged", "the court sentenced a man and a woman to death": a count
    joined by "and" to the count before, under the same trigger (_one_object), adds to its claim; one
    group of four. Not in a figure over a span: "at
    least 120 Baluch and 75 Kurdish prisoners were executed during the year" (a month or more) are
    two parts of the year's statistic (SCHEMA.md: each breakdown a claim), never one group of 195."""
    before, c, t, last = x.before, x.c, x.t, x.at.last
    if before is not None and _breaks_down_total(x, before):
        if "part.of_total" not in before.rules:
            before.rules.append("part.of_total")
        return None
    named = before is not None and _named_in_apposition(x, before)
    if before is not None and (not _over_a_span(before) or named) \
            and c.noun != "ellipsis" and not x.part and t is not None \
            and t is before.source_trigger and _one_object(x.text, t, last[0], c) and not last[2] \
            and _SUMMED.search(x.text[last[0].end:c.start]) and last[0].noun != "ellipsis":
        add_to(before, c)
        return Aside("fold.summed")
    return None


def _named_in_apposition(x: Pending, before) -> bool:
    """"A man and a woman, A and B, were sentenced to death in August": joined counts whose people
    are named right after them, set off by a comma, one name each, are one named group (named
    people are one incident, kinds.py), however long the span they are told over."""
    c = x.c
    n = next((n for n in x.at.counts if n.start >= c.end), None)
    return n is not None and n.noun == "name" and n.value == before.count + c.value \
        and bool(_APPOSITION.match(x.text[c.end:n.start]))


def _one_object(text: str, t, first: Count, c: Count) -> bool:
    """Whether counts `first` and `c` are one group of trigger `t`: the subject of a passive trigger
    ("three men and a woman were hanged"), or the object right after an active one, joined by "and"
    alone ("hanged two men and a woman", "sentenced a man and a woman, A and B, to death": one verdict);
    "hanged two men in Qom and a woman in Arak" joins two incidents."""
    return t.voice == "passive" or (t.end <= first.start and bool(_JOINED.match(text[first.end:c.start])))


def joined_to_refused(x: Pending) -> Reject | None:
    """"Four Somalis and three Ethiopians were executed in Najran": a count joined by "and" to the
    count right before it, under a passive trigger after both, is one group with it; when that count
    made no claim (refused, say, as a group with no day), this part of the group makes none either,
    never a smaller incident of its own. Beside `summed`, which adds it to the claim the count before made."""
    last, c, t = x.at.last, x.c, x.t
    if last is None or last[1] is not None or last[2] or x.part or t is None or t.voice != "passive" \
            or t.start < c.end or last[0].noun in ("name", "ellipsis") or c.noun in ("name", "ellipsis"):
        return None
    return Reject("reject.joined_to_refused") if _JOINED.match(x.text[last[0].end:c.start]) else None


def _breaks_down_total(x: Pending, before) -> bool:
    """"... bringing to 17 the number put to death over the past fortnight. Seven Saudis and ten
    foreign nationals have been executed in the past two weeks": counts joined by "and" in a figure
    over a span (no day of their own) that add up to a total of that event told before in the report
    are its breakdown (SCHEMA.md: each part a claim), never one group again."""
    if before.kind != "aggregate" or before.period[0] is None or before.period[0] == before.period[1]:
        return False
    whole = before.count + x.c.value
    return any(d.count == whole and d.kind == "aggregate" and d.event == before.event and not d.part
               and d.sentence < x.at.i for d in x.at.r.drafts)


def _over_a_span(d) -> bool:
    """Whether a claim is a figure over a month or more ("during the year"), not a week's incident
    ("two men and a woman were executed in Mashhad last week" is one group of three)."""
    start, end = d.period
    return d.kind == "aggregate" and start is not None and end is not None and (end - start).days >= 27


def named_after_count(x: Pending) -> Aside | None:
    """"a prisoner named X was hanged": a name just after the count of the same trigger labels its
    claim (when it has no names yet)."""
    before = x.before
    if before is not None and x.c.noun == "name" and x.t is before.source_trigger and x.c.start - x.at.last[0].end < 40:
        before.names = before.names or x.c.names
        named_later(before)
        return Aside("names.named")
    return None


def apposition(x: Pending) -> Aside | None:
    """"X, a Sunni prisoner, was executed": one person set off after one person of the same
    trigger is that person."""
    before, t = x.before, x.t
    if before is not None and t is not None and t is before.source_trigger and x.c.value == 1 \
            and before.count == 1 and _APPOSITION.match(x.text[x.at.last[0].end:x.c.start]):
        return Aside("fold.apposition")
    return None


def described_again(x: Pending) -> Aside | None:
    """One person told twice in a sentence is one claim: "X, who was married off as a child, was
    hanged" (one person in a relative clause about the person named, under the same trigger), or
    "Singapore hanged a woman on Friday, its first execution of a woman in 20 years" (a noun trigger
    set off after the incident, describing it). After `apposition`, which reads the plain case."""
    before, t, c, text = x.before, x.t, x.c, x.text
    if before is None or t is None or before.count != 1 or c.value != 1 or c.noun not in ("person", "name") \
            or x.event != before.event or x.part:
        return None
    gap = text[x.at.last[0].end:c.start]
    if t is before.source_trigger and lexicon().clauses.relative.search(gap) and t.start > c.end:
        return Aside("fold.apposition")
    if t is not before.source_trigger and t.end <= c.start \
            and (noun_trigger(text, t) or text[t.end:c.start].split() == ["of"]) \
            and search(_DESCRIPTION, text, max(x.at.last[0].end, t.start - 40), t.start):
        return Aside("fold.apposition")
    return None


def name_summed_into_count(x: Pending) -> Aside | None:
    """"Authorities hanged A and two men in Tabriz": names joined by "and" right before a count
    (no part) are its people (names_summed_before adds them to it), never a claim of their own
    beside it. The name is read first, so it waits here for the count after it."""
    c, text = x.c, x.text
    if c.noun != "name" or x.part:
        return None
    nxt = next((n for n in x.at.counts if n.start >= c.end and n.noun != "name"), None)
    if nxt is not None and not nxt.partitive and _summed_gap(text[c.end:nxt.start]):
        return Aside("fold.summed")
    return None


def _summed_gap(gap: str) -> bool:
    """Whether `gap`, between names and a count, is only "and" (", and")."""
    return bool(_SUMMED.search(gap + " ")) and not gap.strip(" ,").replace("and", "").strip()


def names_summed_before(x: Pending) -> None:
    """"A, B and two others were hanged": names joined by "and" right before a count (no part) add
    to it once. Sets `c`."""
    at, c, text = x.at, x.c, x.text
    lead = next((n for n in at.names if n.end <= c.start and _summed_gap(text[n.end:c.start])), None)
    if lead is not None and c.noun != "name" and not x.part and lead not in at.consumed:
        at.consumed.add(lead)
        x.c = replace(c, value=c.value + lead.value, names=lead.names + c.names, start=lead.start)
    return None


def told_again(x: Pending) -> Reject | None:
    """"The three hangings were not announced": a definite count that restates claims told before.
    The next count of the sentence reads past it. One that gives the day of a fact told over a week
    or a month ("The two men were executed on 9 March") is made, and merged with it."""
    if definite(x.text, x.c) and not x.part and told(x.at.r.drafts, x.at.i, x.c.value, x.event) \
            and not dates_told_fact(x.at.r.drafts, x.at.i, x.c.value, x.event, x.at.dates):
        return Reject("reject.told_again", seen=False)
    return None


def make_claim(x: Pending) -> Made | Reject:
    """Last, always decides: the claim of the count (draft_of), or the period or kind rule's rejection."""
    at, c = x.at, x.c
    draft = draft_of(at.r, at.i, at.s, at.e, c, x.event, x.t, at.dates, x.context, x.part, at.counts)
    if isinstance(draft, Reject):
        return draft
    draft.names = c.names
    if x.planned:
        draft.rules.insert(1, "event.planned")
    draft.part = x.part
    if at.colon_list and c is at.colon_list[0]:
        draft.names = draft.names + tuple(n for group in at.colon_list[1] for n in group.names)
    return Made(draft)


CANDIDATE_RULES = (
    # names that label the claim of the count before them
    folded_into_group,
    names_among,
    names_apposed,
    # counts read elsewhere or continuing nothing
    sentence_carried_out,
    comparison,
    date_part,
    ellipsis_alone,
    ellipsis_no_charge,
    # what happened to these people, and whether they are a part of a figure
    linked_event,
    part_of_figure,
    apposed_subgroups,
    trigger_is_the_figure,
    people_of_incident_described,
    figure_split,
    rest_of_group,
    part_before_a_new_subject,
    part_larger_than_whole,
    part_of_rejected,
    share_of_total,
    event_of_figure,
    names_of_incident,
    names_as_examples,
    planned_execution,
    # no event, or no new fact
    along_with_named_member,
    executed_along_with,
    hypothetical_event,
    no_event,
    refused_count,
    refused_clause,
    # the same people as the count before
    names_of_group,
    summed,
    joined_to_refused,
    named_after_count,
    apposition,
    described_again,
    name_summed_into_count,
    names_summed_before,
    told_again,
    # a claim, with its period, kind and offences (or their rules' rejection)
    make_claim,
)


def attach_names(r: _Report, i: int, names: list[Count], numeric: list[Count]) -> None:
    """"named the executed men as A and B" in sentence `i`: the names label the last unnamed claim
    told just before or in the same paragraph; they add no count. A claim further back is another
    story's: names two paragraphs on never label it."""
    found = tuple(n for c in names for n in c.names)
    target = next((d for d in reversed(r.drafts) if not d.names and d.count >= len(found)), None)
    if not found or target is None:
        return
    here = r.f.sentences[i][0]
    if target.sentence >= i - 1 or r.paragraph(r.f.sentences[target.sentence][0]) == r.paragraph(here):
        target.names = found
