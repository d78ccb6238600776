"""From a candidate count that passed the rules of candidates.py to its claim (a report.Draft).

`draft_of` asks the period (periods.py), kind (kinds.py) and offence (offence_rules.py) tables;
`compared` makes the claim of a figure given for comparison; `add_to` sums a count into a claim.
"""
from __future__ import annotations

import re

from dataclasses import replace

from .casefold import search
from .clauses import counts_new_group, noun_trigger
from .comparisons import (compared_period, one_unit_back, other_figure_between, own_year_event, range_event,
                          record_of_year, refers_back)
from .count_dates import day_of_saying, pick_date
from .decisions import Candidate, Reject, first
from .datelines import in_wire_head
from .followups import scheduled, transfer_day
from .kinds import KIND_RULES, WORLD_ANY_KIND, WORLD_FIGURE, stretched
from .lexicon import lexicon, words
from .linking import inside
from .mentions import Count, Trigger
from .notions import DAY_MAX_DAYS
from .numbers import NUMBER
from .offence_rules import OFFENCE_RULES
from .periods import PERIOD_RULES
from .rejections import countries_of_figure
from .report import Draft, Report


# "Iran has hanged 20 men": the present perfect tells news without the day it happened
_PERFECT = re.compile(rf"\b(?:{words('assembly.yaml')['perfect_auxiliaries']})\s+(?:\w+\s+)?$", re.IGNORECASE)
_PERFECT_TRIGGER = re.compile(rf"(?:{words('assembly.yaml')['perfect_auxiliaries']})\s", re.IGNORECASE)
_DONE_TRIGGER = re.compile(rf"(?:{words('assembly.yaml')['done_auxiliaries']})\s", re.IGNORECASE)
_ZONE_DAYS = 1   # how far a report's stamped day may lag the day of its news across time zones
# "Iran said Thursday it had hanged 20 men": a verb in the past or present perfect after a day of saying
_PAST_PERFECT = re.compile(rf"\b(?:{words('assembly.yaml')['reported_perfect_auxiliaries']})\s+(?:\w+\s+)?$",
                           re.IGNORECASE)
# "Amnesty on Wednesday condemned Iraq for executing 13 men": a day right before a verb of telling the news
_TOLD_AFTER_DAY = re.compile(rf"\s+(?:{words('linking.yaml')['said_verbs']}|{words('linking.yaml')['condemned_verbs']})\b",
                             re.IGNORECASE)
_YEAR_DAYS = 300   # a statistic this long (or longer) is a year's: "up from 11." is the year before's
# "27 death sentences ..., 8 of which were carried out": a part told between the sentences and the verb
# is what was carried out, never the sentences themselves
_PART_BETWEEN = re.compile(rf"\b(?:{NUMBER})\s+of\s+(?:{words('mentions.yaml')['partitive_pronouns']}"
                           rf"|{words('mentions.yaml')['relative_partitive_pronouns']})\b", re.IGNORECASE)


def compared(r: Report, i: int, c: Count, base: Draft | None) -> None:
    """"..., up from 22 the previous year": the figure a statistic is compared with is an
    aggregate of the same event with its own period (comparisons.py)."""
    s = r.f.sentences[i][0]
    back = False
    if base is None or base.sentence != i:
        back = refers_back(r.f.text, s) or refers_back(r.f.text, s, c.start)
        base = r.last_aggregate() if back else None
    gap = max(s, base.span[1]) if base is not None and base.sentence == i else s
    # "853 people, or 74% of all recorded executions, a 48% rise on the 576 ...": the statistic's own
    # share, told after it, is no other figure between it and the compared one
    own_share = lexicon().clauses.share_after.search(r.f.text, gap, c.start)
    gap = own_share.end() if own_share and base is not None and base.sentence == i else gap
    if base is None or base.kind != "aggregate" or base.sentence < i - 1 \
            or other_figure_between(r.f.text, gap, c.start):
        if record_of_year(r.f.text, c.start, c.end):
            record(r, i, c)
        elif base is None and own_year_event(r.f.text, c.start, c.end, c.event):
            # "above the 345 people executed in 2024", "double the 170 executions recorded in 2023"
            record(r, i, c, own_year_event(r.f.text, c.start, c.end, c.event))
        return
    if c.bare and not (base.period[0] and base.period[1] and (base.period[1] - base.period[0]).days >= _YEAR_DAYS):
        return   # "up from 11." after a month's figure: the month before or a year before, not told
    period = compared_period(r.f.text[c.start:c.end], base.period)
    if period is None:
        return
    r.drafts.append(replace(base, event=c.event or base.event, count=c.value, qualifier=c.qualifier,
                               period=period, weak=False, location=None, names=(), sentence=i,
                               span=(c.start, c.end), source=c, part=False, compared=True,
                               rules=[x for x in (
                                   f"event.{c.event or base.event}", "count.comparison",
                                   "count.comparison.series" if c.series else "", f"qualifier.{c.qualifier}",
                                   "period.compared_bare" if c.bare else "",
                                   "period.span_before" if one_unit_back(r.f.text[c.start:c.end]) else "period.compared",
                                   "period.compared_subject" if back and not refers_back(r.f.text, s)
                                   else "", "kind.aggregate.comparison", "country.of_statistic") if x]))


def record(r: Report, i: int, c: Count, own: str | None = None) -> None:
    """"Both remain far below the late 1990s; executions peaked at 98 in 1999": a record figure
    with its own year is an aggregate of that year, with no statistic before it to compare it with;
    its event is the one its noun or the sentence before it names, its country the sentence's. With
    `own`, the event its own verb names (comparisons.own_year_event), read as a figure of its year."""
    s, e = r.f.sentences[i]
    event = c.event or own or range_event(r.f.text, s, c.start)
    if event is None:
        return
    if r.world_report and not countries_of_figure(r.f.text, inside(r.f.countries, s, e), s, e):
        # "483 executions in 18 countries, 70 percent below the peak of 1,634 recorded in 2015": in a
        # review of the world, a record no country is named beside is the world's, no country's
        r.reject(i, c, "reject.world_figure")
        return
    period = compared_period(r.f.text[c.start:c.end], (None, None))
    if period is None:
        return
    country = r.country_at(c.start, s)
    draft = Draft(event, c.value, c.qualifier, period, False, "aggregate", country, (), None, (), i, (c.start, c.end), c)
    draft.compared = True
    draft.rules = [f"event.{event}", "count.comparison", f"qualifier.{c.qualifier}",
                   "period.own_year" if own else "period.record_year",
                   "kind.aggregate.comparison", f"country.{'stated' if country != r.country else 'report'}"]
    r.drafts.append(draft)


def add_to(draft: Draft, c: Count) -> None:
    draft.count += c.value
    draft.names = draft.names + c.names
    if draft.qualifier == "exact":
        draft.qualifier = c.qualifier


def draft_of(r: Report, i, s, e, c: Count, event: str, t: Trigger | None, dates, context: Draft | None,
             part: bool, counts) -> Draft | Reject:
    """The claim count `c` of sentence `i` makes, or the Reject of the rule that refused it: the period
    and kind come from the rule tables of periods.py and kinds.py, the offences from offence_rules.py."""
    text = r.f.text
    d, gap = pick_date(text, c, t, dates, counts, e)
    same_period = search(lexicon().assembly.same_period, text, s, e)
    # "In the first ten months of 2025, 1,271 were executed, twice as many as in the same period last
    # year": after a figure with a date of its own before it, the same period is the compared figure's,
    # and so is a date after it ("... of 2020", "last year")
    # (a day someone spoke on is no date of the figure's: "said on Wednesday that 251 were executed
    # in the first six months of 2022, double the same period last year" dates it by its months)
    before = [y for y in dates if y.end <= c.start and not day_of_saying(text, y)]
    own_after = same_period is not None and d is not None and c.end <= d.start and d.end <= same_period.start()
    compared_same = bool(same_period) and (bool(before) or own_after) and c.end <= same_period.start() \
        and not re.search(r"[.;]", text[c.end:same_period.start()])
    # "Nearly 50 were executed in Iran in the first week of November, and some 21 in Iraq over the same
    # period": the same period after a count left to share the verb is that count's, the span of the figure
    # it continues (rule period.same_period), no comparison; the figure before it keeps its own span
    if same_period is not None and c.noun == "ellipsis" and c.end <= same_period.start():
        compared_same = False
    elif same_period is not None and any(k.noun == "ellipsis" and c.end <= k.start and k.end <= same_period.start()
                                         for k in counts):
        compared_same, same_period = False, None
    if compared_same and not own_after and (d is None or d.end > c.start):
        d = before[-1]
    compared_with = same_period and search(lexicon().assembly.compared_with, text,
                                           max(s, same_period.start() - 30), same_period.start())
    # ("Over the same period, 95 were sentenced": a word of comparison opening the sentence opens its period)
    if compared_with and not text[s:compared_with.start()].strip():
        compared_with = None
    if same_period and (compared_same or compared_with):
        same_period = None   # "..., a rise compared with the same period last year": a comparison, not the period
    x = Candidate(r, i, s, e, c, event, t, dates, context, part, counts, d, gap, same_period,
                  same_period_compared=compared_same)
    chosen = first(PERIOD_RULES, x)
    if isinstance(chosen, Reject):
        return chosen
    period, weak, compared = chosen.span, chosen.weak, chosen.compared
    rules = list(chosen.rules)
    if event == "executed" and not weak and d is not None and "period.stated" in rules and in_wire_head(text, d.start) \
            and (any(day_of_saying(text, y) for y in dates if y.start > c.end) or t is not None and d.end <= t.start
                 and (_PERFECT_TRIGGER.match(text, t.start) or search(_PERFECT, text, max(s, t.start - 20), t.start))):
        # "NASIRIYAH, Iraq, April 24 (AFP) - Iraq has executed 11 people, sources said Wednesday": a
        # lead whose only day is that of the news dates the lead only until a sentence after it tells
        # the execution's own day; so does the head's day alone before a verb in the present perfect
        # ("TEHRAN, Aug 4 (AFP) - Iran has hanged 20 men ... The executions took place on Tuesday")
        weak = True
        rules.append("period.filed_day")
    elif event == "executed" and not weak and d is not None and "period.stated" in rules and day_of_the_news(text, d, t, s):
        weak = True
        rules.append("period.day_of_news")
    carried = lexicon().carried_out_after.match(text[c.end:e])
    if event == "sentenced" and (noun_trigger(text, t) or c.event) and carried \
            and not _PART_BETWEEN.search(text, c.end, c.end + carried.end()):
        event = "executed"   # "the death sentences of three men were carried out this morning"
        rules.append("event.sentence_carried_out")
    ahead = event == "executed" and not weak and period[0] is not None and period[0] == period[1] \
        and r.f.published is not None and period[0] > r.f.published
    if ahead and t is not None and _DONE_TRIGGER.match(text, t.start) and (period[0] - r.f.published).days <= _ZONE_DAYS:
        rules.append("event.done_day_after")
    elif ahead:
        # "black warrants were issued for two men, to be hanged on December 23": a day after the
        # report's own is a plan, so what was told is an execution to come (SCHEMA.md: imminent); only a
        # single day, since a month or a year after the stated publication is a wrong date, not a plan
        event = "imminent"
        rules.append("event.future_day")
    if event == "imminent":
        when = scheduled(r.f, i, r.resolve, c.start)
        if when is not None:
            # the day it is set for is stated, not inherited: a transfer's day told between them
            # (followups.refine_weak) does not replace it
            period, weak = when, False
            if "period.inherited" in rules:
                rules[rules.index("period.inherited")] = "period.scheduled"
            elif "period.scheduled" not in rules:
                rules.append("period.scheduled")
        elif "period.inherited" in rules:
            moved = transfer_day(r.f, i, r.resolve)
            if moved is not None:
                # "... are at imminent risk of execution" told after the day they were moved for it
                period, weak = moved, False
                rules[rules.index("period.inherited")] = "period.transfer_day"
    told_on = day_told(r, c, dates, period)
    if told_on is not None:
        # "In a statement on 9 May, she said 209 people had been executed since the start of the
        # year": a figure "to date" runs to the day it was told, not to the report's publication
        period = (period[0], told_on)
        rules.append("period.ends_on_day_told")
    place = r.place(c, t, s, e)
    x = x.but(event=event, period=period, weak=weak, place=place, period_rules=chosen.rules)
    kind = first(KIND_RULES, x)
    longer = stretched(x, kind)
    kind = longer or kind
    rules.append(kind.rule)
    refused = first(WORLD_FIGURE if kind.kind == "aggregate" else WORLD_ANY_KIND, x)
    if refused is not None:
        if kind.kind == "aggregate" and period[0] and period[1] and not compared and not part:
            r.world_figures.append(Draft(event, c.value, c.qualifier, period, weak, "aggregate", r.country, (), None,
                                         (), i, (c.start, c.end), c))
        return refused
    kind = kind.kind
    offences = first(OFFENCE_RULES, x.but(kind=kind))
    draft = Draft(event, c.value, c.qualifier, period, weak, kind, r.country_at(c.start, s),
                  offences, place if kind == "event" or longer is not None else None, (), i, (c.start, c.end), c)
    draft.source_trigger = t
    draft.compared = compared
    draft.new_group = counts_new_group(text, c)
    draft.per_year = bool(lexicon().per_year_tail.match(text[c.end:c.end + 32])
                          or t is not None and t.start >= c.end and lexicon().per_year_tail.match(text[t.end:t.end + 32]))
    lead = [f"trigger.{t.event}:{' '.join(text[t.start:t.end].lower().split())}" if t else f"event.{event}",
            f"count.{c.noun}" + (".partitive" if c.partitive else ""), f"qualifier.{c.qualifier}"]
    if part:
        lead.append("part.breakdown")
    if part and context is not None and context.part:
        lead.append("part.of_part")   # "Of the five women, three ...": never a row of the whole's table told again
    if context is not None and context in r.world_figures:
        lead.append("part.of_world_figure")
    draft.rules = lead + rules + [f"country.{'stated' if draft.country != r.country else 'report'}"]
    return draft


def day_of_the_news(text: str, d, t: Trigger | None, s: int) -> bool:
    """Whether the day `d` of a count's sentence (from `s`) is the day the news was told, the execution
    told after it in a clause of its own: "Iran said Thursday it had hanged 20 men" (a day of saying,
    then a verb in the past or present perfect), "Amnesty on Wednesday condemned Iraq for executing 13
    men" (a verb of telling right after the day). Such a day dates the execution only until a later
    sentence tells its own day (weak), as a wire head's day does."""
    if t is None or d.end > t.start:
        return False
    if day_of_saying(text, d) and search(_PAST_PERFECT, text, max(s, t.start - 20), t.start):
        return True
    told = _TOLD_AFTER_DAY.match(text, d.end)
    return told is not None and told.end() <= t.start


def day_told(r: Report, c: Count, dates: list, period: tuple):
    """The day a figure running to publication was told on: a day named before the count in
    its sentence, inside the figure's span and before publication; else None. A day "since" opens
    is where another figure starts ("87 since the election of 6 July, bringing the total for 2024 to
    338"), never the day told."""
    start, end = period
    published = r.f.published
    if start is None or end != published or (end - start).days <= DAY_MAX_DAYS:
        return None
    days = [x for x in dates if x.end <= c.start and x.is_day and not x.anchored and x.period_start
            and start < x.period_start < published
            and not _opened_by_since(r.f.text, x)]
    return days[-1].period_start if days else None


def _opened_by_since(text: str, d) -> bool:
    """Whether "since" opens the phrase of date `d`, in its own clause ("since the election of 6 July")."""
    m = search(lexicon().since_before, text, max(0, d.start - 90), d.start)
    return m is not None and "," not in m.group()
