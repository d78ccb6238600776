"""The candidate rules about parts of a figure or of a group: whether a count is a part
("including 12 women", "Of these, 40 were for drugs"), the figure it splits (`context`), and the
parts that make no claim of their own (a part of a rejected count, a part larger than any whole,
the people of an incident described again, the rest of a group told again).

Most set fields of the candidates.Pending (`breakdown`, `others`, `context`, `shared`, `event`,
`t`) and return None; the others decide `Reject` ("reject.split_of_incident",
"reject.part_larger_than_whole", "reject.part_of_rejected") or `Aside` ("merge.rest_of_group").
"""
from __future__ import annotations

import re
from dataclasses import replace

from .breakdowns import part_after
from .candidate_names import NAMED_AS
from .candidate_sums import JOINED
from .casefold import search
from .clauses import apposed_group, share, uncounted_antecedent
from .decisions import Aside, Clause, Pending, Reject
from .refusals import clause_refusal
from .lexicon import lexicon, words
from .linking import inside
from .numbers import NUMBER, parse_number
from .rejections import definite, rejected

_W = words("assembly.yaml")

_JOINED_CLAUSE = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and)?|\band)\s+$")
_OTHERS_NOUN = re.compile(r"\b(?:others|more)\s*$", re.IGNORECASE)
_REST_REACH = 3   # sentences: the rest of a group is told within this many sentences after it
_REST = re.compile(rf"\b(?:{_W['rest_of_group']})\b", re.IGNORECASE)


def part_of_figure(x: Pending) -> None:
    """Sets `breakdown` and `others`: a count is a part when its sentence splits the figure before
    it, a part phrase precedes or follows it ("including 12 women", "of them"), it is a later item of a
    list such a phrase opens right after the count before it ("seven prisoners, among them a member of
    the ruling family and a woman convicted of arson"), or it is joined to a part before it ("Four of those executed were women, and at least nine were Afghans";
    "Fourteen of them for drugs, eight of murder": a figure continued without its noun, too)."""
    c, text, at, last = x.c, x.text, x.at, x.at.last
    x.breakdown = at.lead_breakdown or part_after(text, c) or bool(
        search(lexicon().assembly.breakdown, text, max(at.s, c.start - 20), c.start)) or bool(
        last and last[2] and JOINED.match(text[last[0].end:c.start])) or bool(
        last and last[2] and c.noun in ("person", "more", "ellipsis") and _JOINED_CLAUSE.match(text[last[0].end:c.start])) \
        or _listed_in_part_clause(text, at.s, c) or _joined_to_partitive(x)
    x.others = bool(_OTHERS_NOUN.search(text[c.start:c.end]))
    return None


_AND_BEFORE = re.compile(r"\band\s+$", re.IGNORECASE)


_NUMBER_LEFT = re.compile(rf"\s(?:{NUMBER})\s+$", re.IGNORECASE)


def _joined_to_partitive(x: Pending) -> bool:
    """"Nine prisoners, eight of them from the Baluch minority and one an Afghan national, were
    hanged": a person count joined by "and" to the partitive just before it ("N of them ...", no
    trigger between) is the next item of the same split, however long the first item runs."""
    c, at = x.c, x.at
    before = [k for k in at.counts if k.end <= c.start]
    if c.noun != "person" or not before or not before[-1].partitive:
        return False
    k = before[-1]
    # ("and one an Afghan national": the count read is the article's, the number before it left over)
    gap = _NUMBER_LEFT.sub(" ", x.text[k.end:c.start])
    return bool(_JOINED_CLAUSE.match(gap)) and not any(
        k.end <= t.start < c.start for t in at.triggers)


def _listed_in_part_clause(text: str, s: int, c) -> bool:
    """"hanged seven people, among them a member of the ruling family and a woman": a person joined by
    "and" to the first item of a part clause set off by a comma (assembly.part_clause: no comma
    since) is one of its list, a part of the figure before it, though the first item was no count."""
    return c.noun == "person" and bool(_AND_BEFORE.search(text, max(s, c.start - 6), c.start)) \
        and bool(search(lexicon().assembly.part_clause, text, s, c.start))


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
    prev = _incident_described(at)
    if prev is None or prev.kind != "event" or prev.compared or at.dates or c.noun != "person" \
            or (x.event or prev.event) != prev.event or c.value >= prev.count:   # (no event yet: event_of_figure gives the incident's)
        return None
    if x.event is None and (rejected(x.text, c, x.t, at.e) or clause_refusal(
            Clause(x.text, at.s, at.e, c, x.t, at.triggers, x.breakdown, x.shared))):
        return None   # "Of these, five were granted a suspended sentence": another action's; the refusals say why
    head = x.text[at.s:c.start]
    described = at.lead_breakdown or bool(NAMED_AS.search(head)) or (
        x.t is not None and x.t.end <= c.start and search(lexicon().assembly.breakdown, x.text, x.t.start, x.t.end))
    if not described:
        return None
    people = sum(n.value for n in at.counts if n.noun == "person")
    return Reject("reject.split_of_incident", part=True) if people <= prev.count else None


def _incident_described(at):
    """The claim a sentence of people may describe: the one before it, or, when that is a figure
    smaller than the people the sentence counts ("Saudi Arabia executed 81 on Saturday, surpassing the
    63 of 1980. Of those executed, 73 were Saudis, seven Yemenis and one a Syrian"), the incident told
    last before it."""
    prev = at.previous
    if prev is None or prev.kind == "event":
        return prev
    people = sum(n.value for n in at.counts if n.noun == "person")
    if people <= prev.count:
        return prev
    return next((d for d in reversed(at.r.drafts) if d.kind == "event" and not d.compared
                 and d.sentence < at.i), prev)


def figure_split(x: Pending) -> None:
    """Sets `context`, the figure a part splits: for a partitive, the figure its own phrase dates
    (`_whole_named`); else the breakdown sentence's figure, else the claim before (for a part, a
    partitive or "... and N others"), else for a partitive the last statistic."""
    at, c = x.at, x.c
    x.context = at.parent if x.part and at.parent else (at.previous if (c.partitive or x.others or x.breakdown) else None)
    if c.partitive:
        x.context = _whole_counted(x) or _whole_named(x) or _world_whole(x) or x.context or at.r.last_aggregate()
    elif x.part and (whole := _world_whole(x)) is not None:
        x.context = whole   # "Of these, 972 were in Iran"
    elif x.part and (whole := _whole_opened(x)) is not None:
        x.context = whole   # "Of the five women, three were executed for killing their husbands"
    elif x.context is not None and x.context.part and x.context.sentence < at.i \
            and _FIGURE_SUBJECT.match(x.text, at.s, c.start):
        x.context = _whole_of_sibling(x, x.context) or x.context
    return None


# "The figure included 31 women", "The total also includes": a sentence about the figure itself
_FIGURE_SUBJECT = re.compile(rf"(?:{_W['figure_subject_determiners']})\s+(?:[\w-]+\s+)?(?:{words('dates.yaml')['figure_nouns']})\b",
                             re.IGNORECASE)


def _whole_of_sibling(x: Pending, sibling):
    """"At least 901 were executed in 2024, including around 40 in one week in December. The figure
    included 31 women": a part of a sentence whose subject is "the figure" (or total, tally), told
    after another part, splits the same whole: the last figure no part itself told up to that part's
    sentence."""
    return next((d for d in reversed(x.at.r.drafts) if not d.part and not d.compared and d.kind == "aggregate"
                 and d.sentence <= sibling.sentence), None)


_WHOLE = re.compile(rf"\bof\s+(?:{words('mentions.yaml')['figure_partitive_determiners']})\s+(?P<num>{NUMBER})(?![\w,.])",
                    re.IGNORECASE)


def _whole_counted(x: Pending):
    """"232 of the 340 people put to death": a partitive whose whole is written as a number splits
    the figure of that number told before, even when a compared figure was told between them;
    None when no figure of the report has that number."""
    m = _WHOLE.search(x.text, x.c.start, x.c.end)
    whole = parse_number(m.group("num")) if m else None
    if not whole:
        return None
    return next((d for d in reversed(x.at.r.drafts) if d.kind == "aggregate" and not d.compared
                 and d.count == whole), None)


# "Of the five women, ": a sentence opened on the whole its parts split, written as a number
_WHOLE_OPENER = re.compile(rf"\s*of\s+(?:{words('mentions.yaml')['figure_partitive_determiners']})\s+(?P<num>{NUMBER})"
                           rf"(?:\s+[\w'’-]+){{0,4}},\s*$", re.IGNORECASE)


def _whole_opened(x: Pending):
    """"Five of the 131 were women. ... Of the five women, three were executed for killing their
    husbands": a part in a sentence that opens on its whole, a number, splits the figure of that
    number told before (itself a part, maybe), not the claim or statistic told just before it;
    None when no figure of the report has that number."""
    m = _WHOLE_OPENER.match(x.text, x.at.s, x.c.start)
    whole = parse_number(m.group("num")) if m else None
    if not whole or whole <= x.c.value:
        return None
    return next((d for d in reversed(x.at.r.drafts) if d.kind == "aggregate" and not d.compared
                 and d.count == whole and d.sentence < x.at.i), None)


def _world_whole(x: Pending):
    """"Amnesty recorded 1,518 executions worldwide in 2024. Iran accounted for 972 of them", "615
    executions for drug offences worldwide, 485 of them in Iran": the world's figure, refused as no
    country's (Report.world_figures), is the whole a partitive in its sentence or the next splits when
    no claim was made after it and the part names a country of its own (not left out, no nationality)
    after the world's figure; the part is that country's figure over the world figure's span. None
    otherwise."""
    at, c = x.at, x.c
    whole = at.r.world_figures[-1] if at.r.world_figures else None
    if whole is None or not at.i - 1 <= whole.sentence <= at.i or whole.span[1] > c.start \
            or whole.count <= c.value or any(d.span[0] > whole.span[0] for d in at.r.drafts):
        return None
    own = [m for m in inside(at.r.f.countries, max(at.s, whole.span[1]), min(at.e, c.end + 30))
           if not at.r.nationality(m)]
    return whole if own else None


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
    with none large enough it is rejected; in a review of the world, a part naming no country is
    the world figure's (reject.world_figure.part). May reset `context`."""
    c = x.c
    if x.context is not None and x.part and c.noun != "name" and x.context.count < c.value:
        if x.at.r.world_report and not inside(x.at.r.f.countries, x.at.s, x.at.e):
            # "At least 18 of those executed were women" after the countries' figures of a review of
            # the world: a part of the world's figure, which is no country's
            return Reject("reject.world_figure.part", part=True)
        x.context = next((d for d in x.at.r.drafts if d.kind == "aggregate" and d.period[0]
                          and not d.compared and d.count >= c.value), None)
        if x.context is None and x.t is None and x.event == "sentenced":
            return None   # "Nigeria handed down 527 of them" after a world figure of death sentences: a country's own
        if x.context is None and x.event == "executed" and x.t is not None and x.t.start > c.end \
                and any(d.start >= x.t.end for d in x.at.dates):
            # "The seven defendants were sentenced to death ... Four of them were hanged over the past six
            # months": of a group that made no figure, told with a verb and a date of their own
            x.c, x.breakdown = replace(c, partitive=False), False
            return None
        if x.context is None:
            return Reject("reject.part_larger_than_whole", part=True)
    return None


def _opens_part(text: str, end: int, start: int) -> bool:
    """Whether text[end:start], between a count and a name, is only a comma and a breakdown opener
    (assembly.yaml breakdown_openers: ", including", ", among them")."""
    gap = text[end:start]
    m = lexicon().assembly.breakdown.search(gap)
    return m is not None and not gap[:m.start()].strip(" ,")


_RELATIVE_PARTITIVE = re.compile(rf"\bof\s+(?:{words('mentions.yaml')['relative_partitive_pronouns']})\b", re.IGNORECASE)


def part_of_rejected(x: Pending) -> Reject | Aside | None:
    """"36 of those arrested were women – 15 of them Kurdish": a part of a count that made no claim
    (the count before it in the sentence, or an antecedent that is no count of ours) makes none; nor
    does a person named right after such a count as one of it ("jailed eight others, including A")."""
    at, c, last = x.at, x.c, x.at.last
    if x.context is not None and x.context in at.r.world_figures:
        return None   # "615 executions worldwide, 485 of them in Iran": the world's figure, refused, is its whole
    if x.part and not at.lead_breakdown and c.noun != "name" and (
            last and last[1] is None and last[0].noun != "name"
            or uncounted_antecedent(x.text, last[0].end if last else at.s, c)):
        return Reject("reject.part_of_rejected", part=True)
    if c.partitive and last and last[1] is None and last[0].noun != "name" \
            and _RELATIVE_PARTITIVE.search(x.text, c.start, c.end):
        # "Some 3,200 people were arrested, 40 of whom face capital charges" after a breakdown of the
        # executed: "of whom" is the arrested, whatever split the sentence before told
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
    # the rest is what the incident's named people, or a part told just before in this sentence ("Two
    # of them were hanged for drugs, the other three for murder"), leave of it
    # (a rest at a site of its own is an incident of that site: "five in the streets, the other seven in Adelabad")
    told_part = at.last[0].value if at.last and (at.last[2] or at.last[0].partitive) and at.last[0].noun != "name" \
        and at.r.place(c, x.t, at.s, at.e) is None else None
    prev = next((d for d in reversed(at.r.drafts) if at.i - _REST_REACH <= d.sentence < at.i and d.kind == "event"
                 and not (d.compared or d.part) and d.event == x.event
                 and c.value in (d.count - max(len(d.names), 1), d.count - (told_part or d.count))), None)
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


def split_told_again(x: Pending) -> Reject | None:
    """"Six were hanged in Shiraz on Tuesday, including two women ... The two women were hanged for
    murder": a definite count with no day or site of its own, as large as a split of an incident refused in
    the sentences just before (reject.split_of_incident), is that split told again: no incident of
    its own (reject.split_of_incident)."""
    at, c = x.at, x.c
    if at.dates or c.noun != "person" or not definite(x.text, c) or at.r.place(c, x.t, at.s, at.e) is not None:
        return None   # ("The 26 men hanged in Ghezel Hesar": a split at a site of its own is that site's incident)
    first_start = at.r.f.sentences[max(0, at.i - _REST_REACH)][0]
    splits = {(j.start, j.end) for j in at.r.rejections
              if j.rule == "reject.split_of_incident" and first_start <= j.start < at.s}
    if any((n.start, n.end) in splits and n.value == c.value for n in at.r.f.counts):
        return Reject("reject.split_of_incident")
    return None


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


def part_sentenced_before(x: Pending) -> None:
    """"At least 15 of those executed had been sentenced in mass trials", "nine of them had been
    sentenced to death as children": a part of an execution figure whose own verb tells, in the
    pluperfect, the sentence that led up to it is a part of the executions; the sentence is its
    background (SCHEMA.md), no figure of death sentences. After figure_split; sets `event` and `t`."""
    c, t, ctx = x.c, x.t, x.context
    # ("Of those executed, 15 men had been sentenced ...": the sentence's lead makes the count a part)
    if (c.partitive or x.at.lead_breakdown) and x.part and ctx is not None and ctx.event == "executed" \
            and x.event == "sentenced" \
            and t is not None and t.start > c.end and lexicon().clauses.pluperfect.match(x.text, t.start, t.end):
        x.event, x.t, x.sentenced_before = ctx.event, None, True
    return None


def event_of_figure(x: Pending) -> None:
    """"Of these, 40 were for drugs": a part with no event of its own takes its figure's. Sets `event`."""
    if x.event is None and x.part and x.context is not None:
        x.event = x.context.event
    return None
