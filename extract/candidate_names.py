"""The candidate rules about names: a name that labels the claim of a count told before it, or
adds its person to that count, rather than making a claim of its own.

"Two people, among them X, were hanged" (`names_among`), "a prisoner named X was hanged"
(`named_after_count`), "A, B and two others were hanged" (`names_summed_before`); and
`attach_names`, which `candidates.sentence` calls for "named the executed men as A and B"
(`NAMED_AS`, which `candidate_parts.people_of_incident_described` reads too).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .breakdowns import named_part
from .candidate_sums import SUMMED
from .clauses import apposed_names
from .casefold import search
from .decisions import Aside, Pending
from .kinds import named_later
from .lexicon import words
from .mentions import Count
from .report import Report

_W = words("assembly.yaml")
# "the group's top leader and 682 other people": one person described, then "and" before the others
_DESCRIBED_BEFORE = re.compile(
    rf"\b(?:{_W['described_person_determiners']}|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?"
    rf"(?:{_W['described_person_heads']}|{words('vocab.yaml')['person_nouns_singular']})\s+and\s+$", re.IGNORECASE)
_JOINED = re.compile(r"\s+and\s", re.IGNORECASE)
_OTHERS = re.compile(rf"\b(?:{words('mentions.yaml')['others_words']})\b", re.IGNORECASE)

# "named the executed men as": the names that follow are the people of the count told before
NAMED_AS = re.compile(rf"\b(?:{_W['named_as']})\b(?:\s+[\w'-]+){{0,4}}?\s+as\b", re.IGNORECASE)


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
    with its role, are its people. Only a comma sets them off: "nine Kurdish prisoners and A, a
    dissident ..." adds one more person ("and" straight after the group)."""
    before = x.before
    if x.c.noun == "name" and before is not None and before.source_trigger is not None \
            and not (x.at.appos_end is None and _JOINED.match(x.text, x.at.last[0].end)) \
            and apposed_names(x.text, x.at.appos_end or x.at.last[0].end, x.c, before.count - len(before.names),
                              before.source_trigger.start):
        before.names = before.names + x.c.names
        before.rules.append("names.apposed")
        named_later(before)
        x.at.appos_end = x.c.end
        return Aside("names.apposed")
    return None


def folded_into_group(x: Pending) -> Aside | None:
    """Names already given to a group by `rest_of_group` ("The six others - A, B, ... - were
    executed"): no claim of their own. First: such names are read before any other rule."""
    return Aside("merge.rest_of_group") if x.c in x.at.consumed and x.c.noun == "name" else None


def names_of_incident(x: Pending) -> Aside | None:
    """"Twenty prisoners were hanged on Wednesday ... Among the Kurds, the group identified A, B and
    C": names given as a part of one incident are its people; they label its claim and are no
    second incident. A part of a statistic stays a claim of its own (period.statistic_named), and so
    do names told with their own day after a group the report does not date ("Among those executed
    were two members, A and B, who were hanged on 27 July")."""
    ctx, c = x.context, x.c
    if c.noun == "name" and x.part and ctx is not None and ctx.kind == "event" and ctx.event == x.event \
            and not ctx.weak and len(ctx.names) + c.value <= ctx.count and not _dated_apart(x, ctx):
        ctx.names = ctx.names + tuple(n for n in c.names if n not in ctx.names)
        if "names.among" not in ctx.rules:
            ctx.rules.append("names.among")
        return Aside("names.among")
    return None


def _dated_apart(x: Pending, ctx) -> bool:
    """"Two men were hanged in Urmia on 21 October. The women executed included A, who was hanged in
    Isfahan on 14 October": a day of its own after the name, not the incident's, makes the name no
    person of that incident (a statistical report's next example)."""
    return any(d.start >= x.c.start and d.is_day and not d.dateline and not d.anchored
               and (d.period_start, d.period_end) != tuple(ctx.period) for d in x.at.dates)


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


def named_after_count(x: Pending) -> Aside | None:
    """"a prisoner named X was hanged": a name just after the count of the same trigger labels its
    claim (when it has no names yet)."""
    before = x.before
    if before is not None and x.c.noun == "name" and x.t is before.source_trigger and x.c.start - x.at.last[0].end < 40 \
            and not x.gapped:   # (a gapped person has a day of their own: candidate_events.gapped_name)
        before.names = before.names or x.c.names
        named_later(before)
        return Aside("names.named")
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
    return bool(SUMMED.search(gap + " ")) and not gap.strip(" ,").replace("and", "").strip()


def described_and_others(x: Pending) -> None:
    """"sentenced the group's top leader and 682 other people to death", "hanged a former minister and
    two others": a person told by a description (a determiner or possessive, then a person's noun) joined
    by "and" right before "N other(s)" is one more of the group, as a name there is (names_summed_before).
    Sets `c`, and `described_others`."""
    c, text = x.c, x.text
    if c.noun not in ("person", "more") or x.part or not _OTHERS.search(text, c.start, c.end) \
            or any(n.end <= c.start and _summed_gap(text[n.end:c.start]) for n in x.at.names) \
            or x.at.last and _summed_gap(text[x.at.last[0].end:c.start]):
        return None   # a name or a counted person ("a former minister") joined before: summed, not described
    if search(_DESCRIBED_BEFORE, text, max(x.at.s, c.start - 70), c.start):
        x.c = replace(c, value=c.value + 1)
        x.described_others = True
    return None


def names_summed_before(x: Pending) -> None:
    """"A, B and two others were hanged": names joined by "and" right before a count (no part) add
    to it once. Sets `c`."""
    at, c, text = x.at, x.c, x.text
    lead = next((n for n in at.names if n.end <= c.start and _summed_gap(text[n.end:c.start])), None)
    if lead is not None and c.noun != "name" and not x.part and lead not in at.consumed:
        at.consumed.add(lead)
        x.c = replace(c, value=c.value + lead.value, names=lead.names + c.names, start=lead.start)
    return None


def attach_names(r: Report, i: int, names: list[Count], numeric: list[Count]) -> None:
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
