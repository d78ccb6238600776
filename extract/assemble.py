"""From mentions to claims: link each count to what happened, when, where and why.

Precision comes first (a phantom number costs more than a missed one), so a count
becomes a claim only when a trigger says what happened to those people in the
same sentence, or when the count names executions itself ("64 executions").
The period is the nearest time expression in the sentence; failing that it is
inherited from the figure being broken down or from the paragraph, and such
inherited periods are "weak": they yield to an explicit one when the same fact is
restated, so headline and body give one claim.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from .breakdowns import continues_split, is_statistic, named_part, own_offences, part_after, too_long_for_an_event
from .claims import Claim
from .comparisons import compared_period, other_figure_between, refers_back
from .dates import DateMention, context_unit, resolve_anchored, resolve_context
from .followups import carried_out, refine_weak, scheduled
from .linking import inside, link, link_name, listed_after_colon, nearest_date, pick_date, place_of, start_of
from .mentions import Count, Trigger
from .notions import DAY_MAX_DAYS
from .offences import offences_between
from .rejections import definite, rejected, side_date, world_figure
from .restatements import merge, told

_BREAKDOWN = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|include[sd]?|were|comprising)\s*$", re.IGNORECASE)
_BREAKDOWN_LEAD = re.compile(
    r"^(?:(?:They|These|Those\s+(?:executed|hanged|put\s+to\s+death)(?:\s+\w+){0,3})\s+(?:include|included|were)\b"
    # "Of these, ...", "Of those executed last year, ...", "Of the executions recorded in May, ..."
    r"|(?:Of|Among)\s+(?:these|those|them|the|all)\b[^,.;]{0,80},"
    # "By charge, ...", "By offence, ...", "Broken down by nationality, ..."
    r"|(?:Broken\s+down\s+)?[Bb]y\s+(?:charge|offen[cs]e|crime|type|category|nationality|ethnicity|gender|province|region)s?\s*,)")
_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
_JOINED_CLAUSE = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and)?|\band)\s+$")
_SUMMED = re.compile(r"(?:,\s*and|\sand)\s+$")
_PROTEST_START = re.compile(
    r"\b(?:protests?|uprising|demonstrations|unrest|movement)\b[^.]{0,80}?\b(?:broke\s+out|erupted|began|started)"
    r"\b[^.]{0,60}?", re.IGNORECASE)
_PROTEST = re.compile(r"\b(?:protest\w*|uprising|demonstrat\w+|unrest)\b", re.IGNORECASE)
_FOLLOW_ON = re.compile(r"^(?:They|He|She|All|Each|Both|The\s+(?:two|three|four|five|men|man|woman|women|prisoners?))\b")
_SINCE_GAP = re.compile(r"\b(?:after|since)\b", re.IGNORECASE)
_SAME_PERIOD = re.compile(r"\b(?:the\s+same\s+period|that\s+period|the\s+same\s+months?|the\s+same\s+span)\b", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:compared\s+(?:with|to)|than|on|from|over|against|versus)\s+(?:in\s+|during\s+)?$", re.IGNORECASE)
_NAMED_AS = re.compile(r"\b(?:named|identified|names?)\b(?:\s+[\w'-]+){0,4}?\s+as\b", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?:,\s*|\s+named\s+|\s+identified\s+as\s+)$", re.IGNORECASE)
_OTHERS_NOUN = re.compile(r"\b(?:others|more)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Field:
    """Everything found in one field (title or text) of a report."""

    name: str
    text: str              # what the finders read (unrelated paragraphs blanked)
    original: str          # the field as given, for evidence
    published: date | None
    sentences: list
    paragraphs: list
    dates: list
    counts: list
    names: list
    triggers: list
    places: list
    countries: list
    offences: list


@dataclass
class Draft:
    """A claim under construction, with what the merging step needs to know."""

    event: str
    count: int
    qualifier: str
    period: tuple
    weak: bool
    kind: str
    country: str
    offences: tuple
    location: str | None
    names: tuple
    sentence: int
    span: tuple
    source: Count = field(repr=False, default=None)
    source_trigger: Trigger | None = field(repr=False, default=None)
    part: bool = False     # a part of the figure before it (a breakdown or a split)

    def claim(self, f: Field) -> Claim:
        s, e = f.sentences[self.sentence]
        return Claim(self.event, self.country, self.count, self.qualifier, self.period[0], self.period[1],
                     self.kind, self.offences, self.location, self.names, f.original[s:e], f.name, s, e)


class _Report:
    """Assembly state for one field: claims so far, the last dates seen, the protest start."""

    def __init__(self, f: Field, default_country: str):
        self.f = f
        self.country = default_country
        self.drafts: list[Draft] = []
        self.day_dates: list[DateMention] = []
        self.current: list[DateMention] = []
        self.lead_breakdown = False
        self.protest_start = self._protest_start()

    def _protest_start(self) -> date | None:
        for m in _PROTEST_START.finditer(self.f.text):
            d = nearest_date(inside(self.f.dates, m.start(), m.end() + 80), m.end(), m.end() + 60)
            if d and d.period_start and d.start - m.end() < 60:
                return d.period_start
        return None

    def resolve(self, d: DateMention) -> tuple:
        unit = context_unit(d)
        if unit:
            earlier = [x for x in self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)]
                       if not x.anchored and not x.dateline]
            return resolve_context(unit, earlier, self.f.published, d.start)
        if d.anchored:
            if d.text.lower().startswith("since"):
                earlier = [x for x in self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)]
                           if not x.anchored and not x.dateline and x.period_start]
                return resolve_anchored(d, earlier[-1] if earlier else None, self.f.published)
            here = [x for x in self.current if x.start < d.start and x.is_day and not x.anchored]
            anchor = next((x for x in reversed(self.day_dates + here) if x.start < d.start), None)
            return resolve_anchored(d, anchor, self.f.published)
        return d.period_start, d.period_end

    def run(self) -> list[Draft]:
        f = self.f
        for i, (s, e) in enumerate(f.sentences):
            dates = [d for d in inside(f.dates, s, e) if not d.dateline and not side_date(self.f.text, d)]
            self.current = dates
            self.sentence(i, s, e, dates)
            self.day_dates.extend(d for d in dates if d.is_day and not d.anchored)
        refine_weak(self.f, self.drafts, self.resolve)
        return [d for d in self.drafts if d.count > 0]

    # 1. link counts to triggers --------------------------------------------------------
    def sentence(self, i: int, s: int, e: int, dates: list[DateMention]) -> None:
        f, text = self.f, self.f.text
        names = inside(f.names, s, e)
        numeric = [c for c in inside(f.counts, s, e)
                   if not any(n.start <= c.start < n.end for n in names)]
        if not names and not numeric:
            return   # nothing to link (most sentences): the rest reads only this sentence's counts
        triggers = [t for t in inside(f.triggers, s, e) if not t.hypothetical]
        named_as = _NAMED_AS.search(text, s, e)
        if named_as:
            self.attach_names([n for n in names if n.start >= named_as.end()], numeric)
            names = [n for n in names if n.start < named_as.end()]
        colon_list = listed_after_colon(text, s, e, numeric, names)
        if colon_list:   # "... on 27 August: A and B; C": the names label the count, the list adds none
            numeric = [c for c in numeric if c.start < colon_list[2]]
            names = [n for n in names if n.start < colon_list[2]]
        counts = sorted(numeric + names, key=lambda c: c.start)
        previous = self.drafts[-1] if self.drafts and self.drafts[-1].sentence >= i - 2 else None
        same_paragraph = i > 0 and self.paragraph(s) == self.paragraph(f.sentences[i - 1][0])
        lead_breakdown = bool(_BREAKDOWN_LEAD.match(text[s:e])) or continues_split(
            text, s, e, previous, i, dates, inside(f.places, s, e), same_paragraph)
        self.lead_breakdown = lead_breakdown
        statistic = previous is not None and is_statistic(previous) and not dates
        parent: Draft | None = previous if lead_breakdown else None
        last: tuple | None = None   # (count, draft, breakdown) of the previous count in this sentence
        consumed: set = set()
        for c in counts:
            if c.noun == "name" and last and last[1] is not None and named_part(text, last[0].end, c):
                last[1].names = last[1].names + c.names   # "Two people, among them X, were hanged"
                continue
            t = None
            if c.noun == "carried_out":
                c = carried_out(text, c, self.drafts, i)
                if c is None:
                    continue
            if c.noun == "comparison":
                self.compared(i, c, last[1] if last else None)
                continue
            if c.event:
                event = c.event
            elif c.noun == "ellipsis":
                if not last or last[1] is None:
                    continue
                event, t = last[1].event, last[1].source_trigger
            else:
                t = link_name(c, triggers, text) if c.noun == "name" else link(c, triggers, text)
                event = t.event if t else None
            breakdown = lead_breakdown or part_after(text, c) or bool(
                _BREAKDOWN.search(text, max(s, c.start - 20), c.start)) or bool(
                last and last[2] and _JOINED.match(text[last[0].end:c.start])) or bool(
                # "Four of those executed were women, and at least nine were Afghans": a second part
                last and last[2] and c.noun in ("person", "more") and _JOINED_CLAUSE.match(text[last[0].end:c.start]))
            others = bool(_OTHERS_NOUN.search(text[c.start:c.end]))
            if t is not None and t.voice == "active" and 0 <= c.start - t.end < 5 and not statistic \
                    and _BREAKDOWN.search(text, t.start, t.end):
                breakdown = False   # "those executed this year include N women": the trigger is the figure
            context = parent if (breakdown or c.partitive) and parent else (
                previous if (c.partitive or others or breakdown) else None)
            if context is None and c.partitive:
                context = self.last_aggregate()
            if event is None and (c.partitive or breakdown) and context is not None:
                event = context.event
            if event is None or rejected(text, c, t, e):
                if c.noun != "name":
                    last = (c, None, breakdown)
                continue
            if last and last[1] is not None and c.noun != "ellipsis" and not (breakdown or c.partitive) and t is not None \
                    and t is last[1].source_trigger and t.voice == "passive" and not last[2] \
                    and _SUMMED.search(text[last[0].end:c.start]) and last[0].noun != "ellipsis":
                self.add_to(last[1], c)   # "three men and a woman were hanged": one group of four
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
            if definite(text, c) and not (breakdown or c.partitive) and told(self.drafts, i, c.value, event):
                continue   # "The three hangings were not announced": the claim before, told again
            draft = self.draft(i, s, e, c, event, t, dates, context, breakdown or c.partitive, counts)
            if draft is None:
                last = (c, None, breakdown)
                continue
            draft.names = c.names
            draft.part = breakdown or c.partitive
            self.drafts.append(draft)
            last = (c, draft, breakdown or c.partitive)
            if not (breakdown or c.noun == "ellipsis"):
                parent = draft
            if colon_list and c is colon_list[0]:
                draft.names = draft.names + tuple(x for n in colon_list[1] for x in n.names)

    def compared(self, i: int, c: Count, base: Draft | None) -> None:
        """"..., up from 22 the previous year": the figure a statistic is compared with is an
        aggregate of the same event with its own period (comparisons.py)."""
        s = self.f.sentences[i][0]
        if base is None or base.sentence != i:
            base = self.last_aggregate() if refers_back(self.f.text, s) else None
        if base is None or base.kind != "aggregate" or base.sentence < i - 1 \
                or other_figure_between(self.f.text, max(s, base.span[1]) if base.sentence == i else s, c.start):
            return
        period = compared_period(self.f.text[c.start:c.end], base.period)
        if period is None:
            return
        self.drafts.append(replace(base, event=c.event or base.event, count=c.value, qualifier=c.qualifier,
                                   period=period, weak=False, location=None, names=(), sentence=i,
                                   span=(c.start, c.end), source=c, part=False))

    def add_to(self, draft: Draft, c: Count) -> None:
        draft.count += c.value
        draft.names = draft.names + c.names
        if draft.qualifier == "exact":
            draft.qualifier = c.qualifier

    def attach_names(self, names: list[Count], numeric: list[Count]) -> None:
        """"named the executed men as A and B": the names label the last claim, they add no count."""
        found = tuple(n for c in names for n in c.names)
        target = next((d for d in reversed(self.drafts) if not d.names and d.count >= len(found)), None)
        if found and target is not None and target.sentence >= len(self.drafts and [0]) - 1:
            target.names = found

    # 2. period, kind, place, offences ----------------------------------------------
    def draft(self, i, s, e, c: Count, event: str, t: Trigger | None, dates, context: Draft | None,
              part: bool, counts) -> Draft | None:
        f, text = self.f, self.f.text
        d, gap = pick_date(text, c, t, dates, counts, e)
        weak = False
        same_period = _SAME_PERIOD.search(text, s, e)
        if same_period and _COMPARED_WITH.search(text, max(s, same_period.start() - 30), same_period.start()):
            same_period = None   # "..., a rise compared with the same period last year": a comparison, not the period
        if part and context is not None and context.kind == "event" and d is None and not self.lead_breakdown:
            return None  # a split inside one incident ("two of them Afghan") adds no new fact
        if part and c.noun == "person" and re.match(r"(?:an?|another)\b", text[c.start:c.end], re.IGNORECASE):
            return None  # "among them a prominent cleric": a person singled out, not a figure
        if c.noun in ("ordinal", "total") and (c.noun == "ordinal" or d is None):
            spans = [self.resolve(x) for x in dates]
            start = min((p[0] for p in spans if p[0]), default=None)
            if _PROTEST.search(text, s, e) and (start is None or c.noun == "ordinal" and len(spans) < 2):
                start = self.protest_start or start
            if start is None:
                return None
            # the end: a day named beside it other than the start ("since Nowruz on 20 March"),
            # else the incident just told, else publication
            days = [p[1] for p in spans if p[1] and p[0] and (p[1] - p[0]).days <= DAY_MAX_DAYS and p[0] != start]
            told = self.drafts[-1] if self.drafts and self.drafts[-1].sentence >= i - 1 else None
            end = max(days, default=told.period[1] if told and told.kind == "event" and told.period[1]
                      and told.period[1] >= start else f.published)
            period = (start, end)
        elif same_period and self.last_aggregate() is not None:
            period = self.last_aggregate().period
            if d is not None and d.period_start and period[0] and (d.period_end - d.period_start).days > 300:
                period = tuple(p.replace(year=d.period_start.year) for p in period)
        elif d is not None:
            period = self.resolve(d)
            if _SINCE_GAP.search(gap) and period[0] and f.published:
                period = (period[0], f.published)
        elif context is not None:
            period = context.period
        elif (c.noun in ("execution", "total") or c.value >= 50 and not self.place(c, t, s, e)) \
                and self.statistic_span(s) is not None:
            period = self.statistic_span(s)   # "Iran alone carried out 972 executions" after "In 2024, ..."
        else:
            period, weak = self.inherited(s), True
        if event == "imminent":
            period = scheduled(self.f, i, self.resolve) or period
        place = self.place(c, t, s, e)
        day_like = period[0] is not None and period[1] is not None and (period[1] - period[0]).days <= DAY_MAX_DAYS
        if c.noun in ("ordinal", "total"):
            kind = "aggregate"
        elif context is not None and (part or d is None):
            kind = context.kind
        elif place or c.noun == "name" or day_like or (weak and c.noun != "execution"):
            kind = "event"
        else:
            kind = "aggregate"
        # "hanged in May": a count over a month is a statistic, but a named person stays one incident
        stretched = kind == "event" and too_long_for_an_event(period) and c.noun != "name"
        if stretched:
            kind = "aggregate"   # (its place still holds)
        lo, hi = min(c.start, t.start if t else c.start), max(c.end, t.end if t else c.end)
        own = own_offences(f.offences, counts, c, e) if part and kind == "aggregate" else None
        if own is not None:
            offences = own   # "92 for drug offences and 83 for murder": each part its own charge
        elif kind == "aggregate":
            offences = offences_between(f.offences, max(s, lo - 80), min(e, hi + 80))
        else:
            offences = offences_between(f.offences, s, e)
            if i + 1 < len(f.sentences) and _FOLLOW_ON.match(text[f.sentences[i + 1][0]:f.sentences[i + 1][1]]):
                ns, ne = f.sentences[i + 1]
                offences = tuple(sorted(set(offences) | set(offences_between(f.offences, ns, ne))))
        if kind == "aggregate" and world_figure(text, c, e) and not inside(f.countries, s, c.start):
            return None   # "1,518 executions in 15 countries": the world's figure, no one country's
        draft = Draft(event, c.value, c.qualifier, period, weak, kind, self.country_at(c.start, s),
                      offences, place if kind == "event" or stretched else None, (), i, (c.start, c.end), c)
        draft.source_trigger = t
        return draft

    def statistic_span(self, s: int) -> tuple | None:
        """The span (a month or longer) the report's statistics are about: the last one named
        before `s` in this or the three paragraphs before it, not a side date. (A figure of 50
        people or more with no place or date is a statistic, not an incident.)"""
        p = self.paragraph(s)
        since = self.f.paragraphs[max(p - 3, 0)][0] if p >= 0 else 0
        spans = [d for d in self.f.dates[:bisect_left(self.f.dates, s, key=start_of)]
                 if d.start >= since and not d.dateline and not d.anchored and d.period_start and d.period_end
                 and (d.period_end - d.period_start).days >= 27 and not side_date(self.f.text, d)]
        return self.resolve(spans[-1]) if spans else None

    def paragraph(self, pos: int) -> int:
        """The index of the paragraph holding `pos` (-1 before the first)."""
        return bisect_right([ps for ps, _ in self.f.paragraphs], pos) - 1

    def last_aggregate(self) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.kind == "aggregate" and d.period[0]), None)

    def inherited(self, s: int) -> tuple:
        """The period of an undated incident: the last day named earlier in its paragraph,
        else the publication day (refined later from the next sentences, see refine_weak)."""
        p = self.paragraph(s)
        p_start = self.f.paragraphs[p][0] if p >= 0 else 0
        if self.day_dates and self.day_dates[-1].start >= p_start:
            return self.resolve(self.day_dates[-1])
        return self.f.published, self.f.published

    def place(self, c: Count, t: Trigger | None, s: int, e: int) -> str | None:
        f = self.f
        return place_of(f.text, inside(f.places, s, e), inside(f.dates, s, e), inside(f.counts, s, e), c, t, s, e)

    def country_at(self, pos: int, s: int) -> str:
        before = [m for m in inside(self.f.countries, s, pos + 1) if m.start < pos]
        return before[-1].iso if before else self.country


def assemble(f: Field, default_country: str) -> list[Draft]:
    """All claims of one field, merged."""
    return merge(_Report(f, default_country).run())
