"""Restatements: the same fact told twice in one report becomes one claim.

A report typically gives a figure in its lead and again, dated and placed, further
down; SCHEMA.md counts that once. Two drafts are the same fact when event, country
and count agree, the periods are compatible (or one was only inherited), and the
places and names do not contradict each other.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from .lexicon import words
from .retold_figures import dated_part_twice, parts_of_other_breakdowns, row_restates, same_span

# words that join two people between two counts of one sentence (assembly.yaml retold_breaks)
_RETOLD_BREAK = re.compile(rf"(?:\b(?:{words('assembly.yaml')['retold_breaks']})\b|;)", re.IGNORECASE)


def _other_people(a, b) -> bool:
    """Both name their people and no name of one shares a word with a name of the other: two
    incidents ("X was hanged ... the same morning they hanged Y"), whatever their dates say.
    A shared word keeps "Majid Hosseini" and "Hosseini" one person."""
    if not (a.names and b.names):
        return False
    words = {w for n in a.names for w in n.casefold().split()}
    return not any(w in words for n in b.names for w in n.casefold().split())


def _compatible(a, b) -> bool:
    if _other_people(a, b):
        return False
    if _scheduled_again(a, b) or _scheduled_again(b, a):
        return True
    if a.weak or b.weak or a.period[1] is None or b.period[1] is None:
        return True
    if a.period[0] is None or b.period[0] is None:
        return True   # "... up to the end of June": an end bound on the same figure
    if (abs((a.period[0] - b.period[0]).days) > 1 or abs((a.period[1] - b.period[1]).days) > 1) \
            and not _day_within(a, b) and not _day_within(b, a):
        return False
    if a.names and b.names:   # "Rasaei" told again after "Reza Rasaei" is the same person
        return any(_same_person(n, m) or _same_person(m, n) for n in a.names for m in b.names)
    if a.names or b.names:
        # "hanged a protester on Monday" then "X was hanged on Monday in Mashhad": a place told only
        # once contradicts nothing; two places (both told) keep one person apart from another
        return not (a.location and b.location) or a.count > 1
    return True


def _scheduled_again(warrant, named) -> bool:
    """"The governor signed a death warrant for a man ... X is scheduled to die on March 3 at Florida
    State Prison": an imminent execution dated by the day a later sentence sets (period.scheduled),
    and that sentence's own claim of the same day, are one person's, though only one names him."""
    return warrant.event == named.event == "imminent" and "period.scheduled" in warrant.rules \
        and warrant.period == named.period and warrant.period[0] is not None and not warrant.names


_TOLD_AGAIN_DAYS = 31   # "this week", "last month": a span short enough to be retold with its day


def _day_within(wide, day) -> bool:
    """"Iran this week hanged three women ... the three were put to death on Wednesday": a figure
    told over a week or a month and again on one day of it is one fact, on that day."""
    if None in (*wide.period, *day.period) or wide.part or day.part:
        return False   # a part of a statistic ("two of them women") is no retelling of an incident
    return day.period[0] == day.period[1] and wide.period[0] <= day.period[0] <= wide.period[1] \
        and 0 < (wide.period[1] - wide.period[0]).days <= _TOLD_AGAIN_DAYS


def _same_place(a, b, sentence_of=None) -> bool:
    """Whether two drafts' places may be one: one untold, one name inside the other, the same first
    word, or (given `sentence_of`, index -> its text) the one place named in the other's sentence:
    "Five prisoners executed in Karaj" over "Five prisoners were hanged in Ghezel Hesar Prison in
    Karaj on Monday" tells the town, then the prison in it."""
    if not (a.location and b.location):
        return True
    x, y = a.location.lower(), b.location.lower()
    if x in y or y in x or x.split()[0] == y.split()[0]:
        return True
    return sentence_of is not None and (_named_in(a.location, sentence_of(b.sentence))
                                        or _named_in(b.location, sentence_of(a.sentence)))


# the words of a prison's name that say it is one, not which ("Shiraz prison", "Mashhad Central Prison")
_GENERIC_PLACE_WORDS = {w.casefold() for key in ("prison_words", "prison_modifiers")
                        for w in words("places.yaml").value(key)}


def _named_in(place: str, sentence: str) -> bool:
    """Whether the words that name `place` ("Shiraz" of "Shiraz prison", "Ghezel Hesar" of "Ghezel Hesar
    Prison") all stand in `sentence`."""
    own = [w for w in place.split() if w.casefold() not in _GENERIC_PLACE_WORDS]
    return bool(own) and all(re.search(rf"\b{re.escape(w)}\b", sentence, re.IGNORECASE) for w in own)


def told(drafts: list, i: int, value: int, event: str) -> bool:
    """Whether a count of `value` in sentence `i` was told before: an earlier dated claim of
    this event has that count, or the last incidents told (within six sentences) add up to it."""
    earlier = [d for d in drafts if d.sentence < i and d.event == event]
    recent = [d for d in earlier if d.sentence >= i - 6 and d.kind == "event" and not d.part]
    if any(d.count == value and not d.weak for d in earlier):
        return True
    total = 0
    for k, d in enumerate(reversed(recent)):   # "None of the four executions": the last ones, summed
        total += d.count
        if total >= value:
            return total == value and k > 0
    return False


def dates_told_fact(drafts: list, i: int, value: int, event: str, dates: list) -> bool:
    """Whether sentence `i`, naming a day (`dates`, its own), dates a fact of `value` people told
    before over a week or a month only ("hanged last month ... The two were executed on 9 March")."""
    days = [d for d in dates if d.is_day and not d.anchored and d.period_start]
    earlier = [d for d in drafts if d.sentence < i and d.event == event and d.count == value and not d.weak]
    return bool(days) and bool(earlier) and all(
        d.period[0] and d.period[1] and 0 < (d.period[1] - d.period[0]).days <= _TOLD_AGAIN_DAYS
        and any(d.period[0] <= x.period_start <= d.period[1] for x in days) for d in earlier)


def _named_before(kept: list, d) -> int | None:
    """The index of an earlier claim of the same event and country that already names every
    person `d` names, when `d` adds no date of its own (its period was inherited) or agrees
    with it; else None. A person is executed once, so such a `d` tells the same fact again."""
    if not d.names or d.listed or d.count != len(d.names):
        return None
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if k.event == d.event and k.country == d.country and k.sentence != d.sentence \
                and all(any(_same_person(n, m) for m in k.names) for n in d.names) and (d.weak or _compatible(k, d)):
            return i
    return None


def _member_of_group(kept: list, d, drafts: list):
    """"Kuwait hanged seven prisoners on Wednesday ... A Kuwaiti woman, X, was put to death for setting
    fire to a wedding tent": one named person with no day or site of their own (the period only inherited),
    told after an incident of several people of the same event and country on that very day, with room
    for one more name, is one of them, not another incident. The incident, or None."""
    if not (d.kind == "event" and d.count == 1 and len(d.names) == 1 and "period.inherited" in d.rules
            and not d.new_group and not d.part and not d.listed):
        return None
    group = next((k for k in reversed(kept) if k.event == d.event and k.country == d.country and k.kind == "event"
                  and k.sentence < d.sentence and not k.weak and _day_or_next(k.period, d.period)), None)
    if group is None or group.count <= 1 or len(group.names) >= group.count or d.location is not None:
        return None   # (a person told at a site of their own is an incident a labeller keeps apart)
    # "the hangings came a day after the authorities executed X ... X was hanged on Tuesday": a person
    # the report dates apart elsewhere is no member
    if any(o is not d and not o.weak and o.period != group.period
           and any(_same_person(n, m) or _same_person(m, n) for n in d.names for m in o.names) for o in drafts):
        return None
    return group


def _day_or_next(group: tuple, inherited: tuple) -> bool:
    """Whether a day inherited from the report (a wire dated the day after its news: "on Thursday" in
    Friday's report) is the group's day or the day after it."""
    return None not in (*group, *inherited) and group[0] == group[1] and inherited[0] == inherited[1] \
        and 0 <= (inherited[0] - group[0]).days <= 1


def _same_person(name: str, full: str) -> bool:
    """Whether `name` names the person `full` names: the same words, or (a report's second mention)
    the surname alone: "Rasaei" after "Reza Rasaei"."""
    return name == full or (" " not in name.strip() and " " in full and full.split()[-1] == name.strip())


def merge(drafts: list, sentence_of=None, text: str | None = None) -> tuple[list, list[tuple]]:
    """One draft per fact: a restatement (same event, country and count, a compatible
    period and place, another sentence) is folded into the better-dated one. `sentence_of`
    (sentence index -> its text) lets a town told once match a prison told in that town; the
    report's `text` tells two parts of different breakdowns apart.

    Returns (kept drafts, dropped) where dropped is [(draft, rule id)] for a draft that
    leaves no trace on a kept one (`--explain` lists it as a rejected candidate)."""
    kept: list = []
    by_fact: dict[tuple, list[int]] = {}   # (event, country, count) -> indexes into kept
    members: list[tuple] = []   # (dated member, index of its undated group in kept): kept only if the group is a headline sum
    apart: list[tuple] = []   # (member warned of on a day of its own, index of its imminent group in kept, folds if it stays)
    for d in drafts:
        key = (d.event, d.country, d.count)
        member = _member_of_group(kept, d, drafts)
        if member is not None:
            member.names = member.names + tuple(n for n in d.names if n not in member.names)
            member.rules = [*member.rules, "merge.member_of_group"]
            continue
        group = _named_before(kept, d)
        if group is not None and not d.weak and (kept[group].weak or _day_within(kept[group], d)) \
                and kept[group].count == d.count:
            # "X hanged" (a title, dated only by the report; or "last month") then "X was executed on
            # Wednesday": one fact, the dated one
            folded = _folded(d, kept[group])
            if kept[group].names:
                folded.names = kept[group].names   # the fuller names of the first telling: "Reza Rasaei", not "Rasaei"
            kept[group] = folded
            continue
        if group is not None and kept[group].weak and not d.weak and d.count < kept[group].count:
            # "Three prisoners, A, B and C, have been executed ... A was hanged on Monday": a member
            # dated on a day of its own may be one of the incidents the undated group adds up
            # (_without_sums); it is dropped as named again only if the group stays
            members.append((d, group))
        elif group is not None and _warned_apart(kept[group], d):
            apart.append((d, group, True))   # kept for now: the group may be no more than its people told apart
        elif group is None and (group := _imminent_group_of(kept, d)) is not None:
            apart.append((d, group, False))   # warned of on another day than the group's: its own claim
        elif group is not None:
            # "The execution of X is an extrajudicial killing": X was counted with the group told first
            kept[group].rules = [*kept[group].rules, "merge.named_again"]
            continue
        # "another prisoner was hanged on Monday", "two other men were executed there": the words
        # that count it say it is not the group told before, whatever the dates and counts share
        # (two parts of different breakdowns that share only their number: two facts)
        other_breakdown = {i for i in by_fact.get(key, ()) if parts_of_other_breakdowns(text, kept[i], d)}
        index = None if d.listed or d.new_group else next(   # a row of a listed breakdown is its own part (prose after it may restate it)
            (i for i in by_fact.get(key, ()) if kept[i].sentence != d.sentence
             and _compatible(kept[i], d) and _same_place(kept[i], d, sentence_of)
             and not (kept[i].listed and "part.of_part" in d.rules)
             and i not in other_breakdown), None)
        if d.listed and index is None and (index := next(
                (i for i in by_fact.get(key, ()) if row_restates(kept[i], d)), None)) is not None:
            kept[index].rules = [*kept[index].rules, "merge.row_restates"]
            continue
        if index is None:
            if other_breakdown:
                d.rules = [*d.rules, "merge.other_breakdown"]
            by_fact.setdefault(key, []).append(len(kept))
            kept.append(d)
            continue
        twin = kept[index]
        better, other = (d, twin) if (twin.weak and not d.weak) or (twin.period[0] is None and d.period[0]) \
            or (not d.weak and _day_within(twin, d)) else (twin, d)
        kept[index] = _folded(better, other)
    kept, apart_dropped = _groups_told_apart(kept, apart)
    out, dropped = _without_sums(_fold_rounded(kept))
    dropped = apart_dropped + dropped
    for d, index in members:
        group = kept[index]
        if any(x is group for x in out) and any(x is d for x in out):
            out = [x for x in out if x is not d]
            group.rules = [*group.rules, "merge.named_again"]
    return out, dropped


def _warned_apart(group, d) -> bool:
    """"A and B are at imminent risk of execution ... A's execution is set for Sunday ... B's family
    was told on Thursday to come for a final visit": one named person of an imminent group, warned of
    again with a day of their own (not inherited)."""
    return group.event == d.event == "imminent" and group.kind == d.kind == "event" and not d.weak \
        and d.count < group.count


def _imminent_group_of(kept: list, d) -> int | None:
    """The index of an earlier imminent group naming every person `d` names, warned of on a day of
    its own (_warned_apart), whatever the group's day; else None."""
    if d.event != "imminent" or not d.names or d.listed or d.count != len(d.names):
        return None
    return next((i for i in range(len(kept) - 1, -1, -1) if kept[i].country == d.country and kept[i].sentence != d.sentence
                 and _warned_apart(kept[i], d)
                 and all(any(_same_person(n, m) for m in kept[i].names) for n in d.names)), None)


def _groups_told_apart(kept: list, apart: list) -> tuple[list, list]:
    """An imminent group whose every person is then warned of on a day of their own (_warned_apart),
    the days not all one, is those warnings told together (SCHEMA.md: an imminent claim takes each one's scheduled or
    warning day), not one more claim: it is dropped (merge.told_apart) and its people's claims stay.
    A group only some of whose people are told apart stays, and the claims of those told on its day
    fold into it (merge.named_again), as any name told again does."""
    dropped, drop = [], set()
    for index in {g for _, g, _ in apart}:
        group, members = kept[index], [(d, folds) for d, g, folds in apart if g == index]
        if sum(d.count for d, _ in members) == group.count and len({d.period for d, _ in members}) > 1:
            drop.add(id(group))
            dropped.append((group, "merge.told_apart"))
        elif any(folds for _, folds in members):
            drop.update(id(d) for d, folds in members if folds)
            group.rules = [*group.rules, "merge.named_again"]
    return [d for d in kept if id(d) not in drop], dropped


def restated_qualifier(kept: str, told_again: str) -> str:
    """The qualifier of one figure told twice: "64 executed in the past week" told again as "at
    least 64" is a lower bound, as its source hedged it; two hedges keep the first."""
    return told_again if kept == "exact" else kept


def _folded(better, other):
    """`better` (the better-dated telling of one fact) with what `other` adds: a start or an end
    of its period, names, place, offences, and a hedge where `better` states the count as exact."""
    period = better.period
    if period[0] is None and other.period[0] is not None:
        period = (other.period[0], period[1])
    elif other.period[0] is None and other.period[1] and not other.weak and period[0]:
        period = (period[0], other.period[1])   # "... up to the end of June" bounds the same figure
    qualifier = restated_qualifier(better.qualifier, other.qualifier)
    merged = replace(better, period=period, qualifier=qualifier, names=better.names or other.names,
                     location=better.location or other.location,
                     offences=tuple(sorted(set(better.offences) | set(other.offences))),
                     rules=[*better.rules, "merge.restatement", *(["qualifier.restated"] if qualifier != better.qualifier else [])],
                     merged_from=[*better.merged_from, other, *other.merged_from])   # the sentences a reviewer must see (support.py)
    merged.source_trigger = getattr(better, "source_trigger", None)
    return merged


def _without_sums(drafts: list) -> tuple[list, list[tuple]]:
    """"Three Kurds executed in Ilam and Karaj" over a body that dates one hanging on Wednesday and
    two on Sunday: an undated incident (its period only inherited) that is the sum of two or more
    dated incidents of the same event and country told after it is their headline total
    (SCHEMA.md: optional), never a third incident on the day of the report."""
    out, dropped = [], []
    for d in drafts:
        later = [x for x in drafts if x is not d and x.kind == "event" and not x.weak and not x.part
                 and x.event == d.event and x.country == d.country and x.span[0] > d.span[0]]
        # (a count whose verb it shares with the count before it, "26 were hanged in A and three more in B",
        # goes on from that one: no headline)
        ellipsis = d.source is not None and d.source.noun == "ellipsis"
        if d.weak and d.kind == "event" and not d.part and not ellipsis and len(later) >= 2 \
                and _sums(d.count, [x.count for x in later]):
            dropped.append((d, "merge.headline_sum"))
            continue
        if _group_then_members(d, later):
            dropped.append((d, "merge.headline_sum"))
            continue
        out.append(d)
    return out, dropped


_GROUP_SLACK = timedelta(days=2)   # "earlier this week" read from Monday, for a hanging told on the Sunday before


def _group_then_members(d, later: list) -> bool:
    """"Iran executed two women this week. A was hanged in Qazvin on Monday, and B in Qom on
    Wednesday": a group told over a few days (up to a month, never one day) whose people are then
    dated one by one, each day within its span, is the sum of those incidents (SCHEMA.md: a
    restatement), not one more incident or statistic beside them. The parts are told right after it,
    within three sentences."""
    start, end = d.period
    if d.kind != "event" or d.part or d.listed or d.compared or start is None or end is None \
            or not 0 < (end - start).days <= _TOLD_AGAIN_DAYS:
        return False
    near = [x for x in later if x.sentence <= d.sentence + 3 and x.period[0] and x.period[1]]
    if len(near) < 2 or not all(start - _GROUP_SLACK <= x.period[0] and x.period[1] <= end for x in near[:2]):
        return False
    inside = [x.count for x in near if start - _GROUP_SLACK <= x.period[0] and x.period[1] <= end]
    return _sums(d.count, inside)


def _sums(total: int, parts: list[int]) -> bool:
    """Whether two or more of `parts`, taken in order of telling and from the first, add up to `total`."""
    running = 0
    for k, n in enumerate(parts):
        running += n
        if running == total:
            return k >= 1
        if running > total:
            return False
    return False


_ROUNDING = 0.1   # a lead rounds its figure down by at most this share ("more than 100" for 101)
# a monitor's "at least" rounds to a multiple of this: "at least 236" is another count (another group's
# tally of the same year, beside "243"), never 243 rounded
_ROUND_STEP = 5


def rounds(bound, exact) -> bool:
    """Whether the hedged figure `bound` ("more than 300") is the exact one (303) rounded."""
    n, m = bound.count, exact.count
    if bound.qualifier == "at_least" and n % _ROUND_STEP:
        return False
    if bound.qualifier == "more_than":
        return n < m <= n * (1 + _ROUNDING)
    if bound.qualifier == "at_least":
        return n <= m <= n * (1 + _ROUNDING)
    return bound.qualifier == "about" and abs(m - n) <= n * _ROUNDING


def _fold_rounded(drafts: list) -> list:
    """"Saudi Arabia has executed more than 100 foreign nationals so far this year ... brought to
    101 the number of foreigners executed in 2024": a statistic's rounded bound and its exact
    figure, with the same event, country and span, are one fact; the exact figure stays."""
    out = []
    for d in drafts:
        twin = None if d.kind != "aggregate" or d.part or d.listed else next(
            (x for x in drafts if x is not d and x.kind == "aggregate" and not x.part and x.qualifier == "exact"
             and x.event == d.event and x.country == d.country and rounds(d, x) and same_span(d, x)), None)
        if twin is None:
            out.append(d)
            continue
        twin.rules = [*twin.rules, "merge.rounded"]
    return out


def retold_in_sentence(r) -> None:
    """"The government on Tuesday executed a federal inmate, putting to death a man convicted of ...",
    "executed a woman convicted of trafficking, the country's first hanging of a woman in decades",
    "executed X on 21 August for offences committed as a child": one person told twice in one
    sentence, by a second trigger or a second count of one. Two incident drafts of one person, of the
    same event, country and day, not named apart, with no charge, place or word between them that
    joins two people ("and", "while", "another": _RETOLD_BREAK), are one fact: the later is folded
    into the earlier (rule merge.retold_in_sentence). merge() keeps apart two drafts of one sentence."""
    text, drafts = r.f.text, r.drafts
    gone: set[int] = set()
    for j, b in enumerate(drafts):
        for a in drafts[:j]:
            if id(a) in gone or a.sentence != b.sentence or not (_one_person_twice(a, b) or dated_part_twice(a, b)):
                continue
            first, second = sorted((a, b), key=lambda d: d.span[0])
            if _RETOLD_BREAK.search(text, first.span[1], second.span[0]):
                continue
            keep = a if a.names or not b.names else b
            folded = _folded(keep, b if keep is a else a)
            folded.rules = [*keep.rules, "merge.retold_in_sentence"]
            folded.merged_from = list(keep.merged_from)
            drafts[drafts.index(keep)] = folded
            gone.add(id(b if keep is a else a))
            break
    r.drafts[:] = [d for d in drafts if id(d) not in gone]


def _one_person_twice(a, b) -> bool:
    """Whether two drafts of one sentence may tell one person's execution twice: one person each, an
    incident on one stated day, nothing that sets them apart (names, charges, places, "another")."""
    return (a.event == b.event and a.country == b.country and a.count == b.count == 1
            and a.kind == b.kind == "event" and a.period == b.period and a.period[0] is not None
            and a.period[0] == a.period[1] and not (a.weak or b.weak)
            and not (a.part or b.part or a.listed or b.listed or a.compared or b.compared)
            and not getattr(b, "new_group", False) and not getattr(a, "new_group", False)
            and not _other_people(a, b) and not (a.names and b.names)
            and not (a.offences and b.offences and set(a.offences) != set(b.offences))
            and not (a.location and b.location and not _same_place(a, b)))
