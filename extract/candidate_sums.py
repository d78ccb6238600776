"""The candidate rules of counts that are the same people as the count before them (the part of
candidates.CANDIDATE_RULES after the refusals, and the two "along with" rules before them).

"three men and a woman were hanged" (one group of four, `summed`), "X, a Sunni prisoner, was
executed" (`apposition`), "X was executed ... along with three other prisoners"
(`executed_along_with`): each adds to or folds into the claim the count before made, and decides
`Aside` ("fold.*", "count.along_with*"), or `Reject` for a part of a group that made no claim.
"""
from __future__ import annotations

import re

from .casefold import search
from .clauses import noun_trigger
from .decisions import Aside, Pending, Reject
from .drafting import add_to
from .lexicon import lexicon, words
from .linking import APPOSITION as _APPOSITION
from .matches import last_match
from .mentions import Count

# the whole gap between two counts of one list: ", ", ", and ", " and " ("three men, and two women")
JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
# the end of the gap before the last count of a sum: "three men and " a woman
SUMMED = re.compile(r"(?:,\s*and|\sand)\s+$")
_W = words("assembly.yaml")
# ", its first execution of ...": a description of the incident just told, set off by a comma
_DESCRIPTION = re.compile(rf",\s*(?:{_W['description_determiners']})\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_ALONG_WITH = re.compile(rf"\b(?:{_W['along_with']})\s+$", re.IGNORECASE)
# "executed A, founder of the cult that ..., and six of his former followers": the people of the person
# just named (mentions.yaml follower_owners), after a description of that person set off by commas
_APPOSED_THEN_OWN = re.compile(r"^\s*,[^;:()\n]{1,200}?,\s*and\s+$")
_OWN_PEOPLE = re.compile(rf"\bof\s+(?:{words('mentions.yaml')['follower_owners']})\s", re.IGNORECASE)


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
    if not search(_ALONG_WITH, x.text, max(x.at.last[0].end, c.start - 30), c.start) and not _listed_along_with(x):
        return None
    add_to(before, c)
    before.rules.append("count.along_with")
    return Aside("fold.summed")


_ALONG_WITH_ANY = re.compile(rf"\b(?:{_W['along_with']})\s+", re.IGNORECASE)


def _listed_along_with(x: Pending) -> bool:
    """"... were hanged along with an Ethiopian woman, a Syrian man and a Pakistani man": a later count
    of the list that "along with" opens, each joined to the one before by a comma or "and" alone."""
    c, text = x.c, x.text
    opener = last_match(_ALONG_WITH_ANY, text, max(x.at.s, c.start - 160), c.start)
    if opener is None:
        return False
    chain = [n for n in x.at.counts if opener.end() <= n.start and n.end <= c.start] + [c]
    return len(chain) > 1 and chain[0].start == opener.end() \
        and all(JOINED.match(text[a.end:b.start]) for a, b in zip(chain, chain[1:]))


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
            and (SUMMED.search(x.text[last[0].end:c.start]) or _described_then_named(x.text, last[0], c)) \
            and last[0].noun != "ellipsis":
        add_to(before, c)
        return Aside("fold.summed")
    return None


# ", a Kurdish porter from Baneh, " between two names of one list: the first one's description, set off
# by commas, opening in lower case (an article, an age, a noun); no clause of its own
_DESCRIBED_THEN = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?-i:[a-z\d])[^,;:.()]{0,70},\s*")


def _described_then_named(text: str, last: Count, c: Count) -> bool:
    """"A, a Kurdish porter from Baneh, B, a farmer, and C were executed": a name right after the
    description of the name before it, with no "and" (a list of three or more), joins that name's
    group as "and" would (SUMMED)."""
    return last.noun == "name" and c.noun == "name" and bool(_DESCRIBED_THEN.fullmatch(text, last.end, c.start)) \
        and not lexicon().clauses.relative.search(text[last.end:c.start])


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
    alone ("hanged two men and a woman", "sentenced a man and a woman, A and B, to death": one verdict),
    or a person's own people after a description of that person ("executed A, founder of the sect, and
    six of his followers"); "hanged two men in Qom and a woman in Arak" joins two incidents."""
    gap = text[first.end:c.start]
    return t.voice == "passive" or (t.end <= first.start and bool(
        JOINED.match(gap) or first.noun == "name" and ". " not in gap and _APPOSED_THEN_OWN.match(gap)
        and _OWN_PEOPLE.search(text, c.start, c.end)))


def joined_to_refused(x: Pending) -> Reject | None:
    """"Four Somalis and three Ethiopians were executed in Najran": a count joined by "and" to the
    count right before it, under a passive trigger after both, is one group with it; when that count
    made no claim (refused, say, as a group with no day), this part of the group makes none either,
    never a smaller incident of its own. Beside `summed`, which adds it to the claim the count before made."""
    last, c, t = x.at.last, x.c, x.t
    if last is None or last[1] is not None or last[2] or x.part or t is None or t.voice != "passive" \
            or t.start < c.end or last[0].noun in ("name", "ellipsis") or c.noun in ("name", "ellipsis"):
        return None
    return Reject("reject.joined_to_refused") if JOINED.match(x.text[last[0].end:c.start]) else None


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


_DAY_THEN_COMMA = re.compile(r"^\s+[^,;:.]{1,30},\s*$")


def apposition(x: Pending) -> Aside | None:
    """"X, a Sunni prisoner, was executed", "executed X on Monday morning, a dual national who ...": one
    person set off after one person of the same trigger, right after them or after the day told
    between (and no day of their own after), is that person."""
    before, t, at = x.before, x.t, x.at
    if before is None and at.last and at.last[0].noun == "name" and t is not None and x.c.value == 1 \
            and _APPOSITION.match(x.text[at.last[0].end:x.c.start]) \
            and any(j.rule == "reject.member_of_group" and j.start == at.last[0].start for j in at.r.rejections):
        return Aside("fold.apposition")   # "Also executed was X, a woman ...": X labelled a group told before
    if before is None or t is None or t is not before.source_trigger or x.c.value != 1:
        return None
    if before.count != 1:
        # "A, a 23-year-old protester, and B, a Kurdish prisoner, were executed": a person set off right
        # after one named person of a group the names added up, each describing the name before it
        prev = next((n for n in reversed(at.counts) if n.end <= x.c.start), None)
        if prev is not None and prev.noun == "name" and prev.value == 1 and set(prev.names) <= set(before.names) \
                and _APPOSITION.match(x.text[prev.end:x.c.start]):
            if at.appos_end == prev.end:
                at.appos_end = x.c.end   # "Two men, A, a Baluch man, and B, ...": B is read as apposed after it
            return Aside("fold.apposition")
        return None
    start, end = at.last[0].end, x.c.start
    gap = x.text[start:end]
    if _APPOSITION.match(gap):
        return Aside("fold.apposition")
    if _DAY_THEN_COMMA.match(gap) and any(start <= d.start and d.end <= end for d in x.at.dates) \
            and not any(d.start >= x.c.end for d in x.at.dates):
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
