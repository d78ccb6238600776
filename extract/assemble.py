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
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

from .claims import Claim
from .dates import DateMention, resolve_anchored
from .mentions import Count, Trigger
from .offences import OffenceMention, offences_between
from .places import CountryMention, Place

_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whose|which|that|after|before|having)\b[^,]{0,40}$", re.IGNORECASE)
_BREAKDOWN = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|include[sd]?|were)\s*$", re.IGNORECASE)
_PROTEST_START = re.compile(
    r"\b(?:protests?|uprising|demonstrations|unrest|movement)\b[^.]{0,80}?\b(?:broke\s+out|erupted|began|started)"
    r"\b[^.]{0,60}?", re.IGNORECASE)
_PROTEST = re.compile(r"\b(?:protest\w*|uprising|demonstrat\w+|unrest)\b", re.IGNORECASE)
_SCHEDULED = re.compile(
    r"\b(?:scheduled|going\s+to\s+be\s+(?:executed|hanged)|will\s+be\s+(?:executed|hanged)|plans?\s+to\s+(?:hang|execute)"
    r"|expected\s+to\s+be\s+(?:executed|hanged|carried\s+out)|due\s+to\s+be\s+(?:executed|hanged))\b", re.IGNORECASE)
_FOLLOW_ON = re.compile(r"^(?:They|He|She|All|Each|Both|The\s+(?:two|three|four|five|men|man|woman|women|prisoners?))\b")


@dataclass(frozen=True)
class Field:
    """Everything found in one field (title or text) of a report."""

    name: str
    text: str
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

    def claim(self, f: Field) -> Claim:
        s, e = f.sentences[self.sentence]
        return Claim(self.event, self.country, self.count, self.qualifier, self.period[0], self.period[1],
                     self.kind, self.offences, self.location, self.names, f.text[s:e], f.name, s, e)


def _inside(items, start, end):
    return [x for x in items if start <= x.start and x.end <= end]


def _link(count: Count, triggers: list[Trigger], text: str, s_start: int) -> Trigger | None:
    """The trigger a count is the subject or object of: the first passive trigger after it
    that is not inside a relative clause ("X, who was moved ..., was executed"), or the
    nearest active trigger before it; the closer of the two."""
    after = [t for t in triggers if t.voice == "passive" and t.start >= count.end and t.start - count.end < 220]
    main = [t for t in after if not _RELATIVE_CLAUSE.search(text[count.end:t.start])]
    passive = (main or after or [None])[0]
    before = [t for t in triggers if t.voice == "active" and t.end <= count.start and count.start - t.end < 160]
    active = before[-1] if before else None
    if active and passive:
        return active if count.start - active.end < passive.start - count.end else passive
    return active or passive


def _nearest_date(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    best, best_distance = None, None
    for d in dates:
        distance = d.start - end if d.start >= end else start - d.end if d.end <= start else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = d, distance
    return best


class _Report:
    """Assembly state for one field: claims so far, the last dates seen, the protest start."""

    def __init__(self, f: Field, default_country: str):
        self.f = f
        self.country = default_country
        self.drafts: list[Draft] = []
        self.day_dates: list[DateMention] = []
        self.protest_start = self._protest_start()

    def _protest_start(self) -> date | None:
        for m in _PROTEST_START.finditer(self.f.text):
            d = _nearest_date([x for x in self.f.dates if x.start >= m.start()], m.end(), m.end() + 60)
            if d and d.period_start and d.start - m.end() < 60:
                return d.period_start
        return None

    def resolve(self, d: DateMention) -> tuple:
        if d.anchored:
            anchor = next((x for x in reversed(self.day_dates) if x.start < d.start), None)
            return resolve_anchored(d, anchor)
        return d.period_start, d.period_end

    def run(self) -> list[Draft]:
        f = self.f
        for i, (s, e) in enumerate(f.sentences):
            dates = [d for d in _inside(f.dates, s, e) if not d.dateline]
            self.sentence(i, s, e, dates)
            self.day_dates.extend(d for d in dates if d.is_day and not d.anchored)
        return self.drafts

    def sentence(self, i: int, s: int, e: int, dates: list[DateMention]) -> None:
        f = self.f
        triggers = [t for t in _inside(f.triggers, s, e) if not t.hypothetical]
        counts = sorted(_inside(f.counts, s, e) + _inside(f.names, s, e), key=lambda c: c.start)
        linked: list[tuple[Count, str, Trigger | None]] = []
        for c in counts:
            if c.event:
                linked.append((c, c.event, None))
                continue
            if c.noun == "ellipsis":
                if linked and linked[-1][1]:
                    linked.append((c, linked[-1][1], linked[-1][2]))
                continue
            t = _link(c, triggers, f.text, s)
            if t:
                linked.append((c, t.event, t))
            elif c.partitive and self.drafts and self.drafts[-1].kind == "aggregate" and self.drafts[-1].sentence >= i - 1:
                linked.append((c, self.drafts[-1].event, None))
        # names sharing a trigger with a numeric count label that count instead of counting apart
        numeric = [x for x in linked if x[0].noun != "name"]
        named = []
        for c, event, t in linked:
            if c.noun == "name":
                host = next((x for x in numeric if t is not None and x[2] is t), None)
                if host is None and numeric and numeric[-1][0].end <= c.start and c.start - numeric[-1][0].end < 40:
                    host = numeric[-1]
                if host is not None:
                    named.append((host[0], c.names))
                    continue
            named.append(None)
        parent: Draft | None = None
        for (c, event, t), extra in zip(linked, named):
            if extra is not None and extra[0] is not c:
                continue
            names = tuple(n for x in named if x and x[0] is c for n in x[1]) or c.names
            draft = self.draft(i, s, e, c, event, t, dates, parent)
            if draft is None:
                continue
            draft.names = names
            self.drafts.append(draft)
            if c.noun not in ("ellipsis",) and not c.partitive:
                parent = draft

    def draft(self, i, s, e, c: Count, event: str, t: Trigger | None, dates, parent: Draft | None) -> Draft | None:
        f = self.f
        text = f.text
        breakdown = bool(_BREAKDOWN.search(text, max(s, c.start - 20), c.start)) and parent is not None
        if breakdown and parent.kind == "event":
            return None  # a split inside one incident ("among them a woman") adds no new fact
        lo, hi = min(c.start, t.start if t else c.start), max(c.end, t.end if t else c.end)
        near = _nearest_date(dates, c.start, c.end)
        weak = False
        if c.noun == "ordinal" or (c.noun == "total" and near is None):
            starts = [self.resolve(d) for d in dates]
            start = min((p[0] for p in starts if p[0]), default=None)
            if start is None or (c.noun == "ordinal" and len(starts) < 2 and _PROTEST.search(text, s, e)):
                start = self.protest_start if _PROTEST.search(text, s, e) else start
            end = max((p[1] for p in starts if p[1] and p[1] != start), default=f.published)
            period = (start, end) if start else (None, None)
        elif (c.partitive or breakdown) and parent is not None and near is None:
            period = parent.period
        elif near is not None:
            period = self.resolve(near)
        elif c.partitive and self.drafts:
            period, weak = self.drafts[-1].period, True
        else:
            period, weak = self.inherited(i, s), True
        if event == "imminent":
            period = self.scheduled(i, e) or period
        place = self.place(c, t, s, e)
        day_like = period[0] is not None and period[1] is not None and (period[1] - period[0]).days <= 2
        if c.noun in ("ordinal", "total"):
            kind = "aggregate"
        elif (c.partitive or breakdown) and parent is not None:
            kind = parent.kind
        elif place or c.noun == "name" or day_like or (weak and c.noun != "execution"):
            kind = "event"
        else:
            kind = "aggregate"
        offences = offences_between(f.offences, s, e)
        if kind == "event" and i + 1 < len(f.sentences):
            ns, ne = f.sentences[i + 1]
            if _FOLLOW_ON.match(text[ns:ne]):
                offences = tuple(sorted(set(offences) | set(offences_between(f.offences, ns, ne))))
        if kind == "aggregate":
            offences = offences_between(f.offences, max(s, lo - 80), min(e, hi + 80))
        return Draft(event, c.value, c.qualifier, period, weak, kind, self.country_at(c.start, s),
                     offences, place if kind == "event" else None, (), i, (c.start, c.end), c)

    def inherited(self, i: int, s: int) -> tuple:
        """The period of an undated incident: the last day named earlier in its paragraph,
        else the publication day."""
        p = bisect_right([ps for ps, _ in self.f.paragraphs], s) - 1
        p_start = self.f.paragraphs[p][0] if p >= 0 else 0
        for d in reversed(self.day_dates):
            if d.start >= p_start:
                return self.resolve(d)
            break
        return self.f.published, self.f.published

    def scheduled(self, i: int, e: int) -> tuple | None:
        """The date an imminent execution is scheduled for, if this or the next two sentences say."""
        f = self.f
        last = f.sentences[min(i + 2, len(f.sentences) - 1)][1]
        for m in _SCHEDULED.finditer(f.text, f.sentences[i][0], last):
            d = _nearest_date([x for x in f.dates if x.start >= m.start() and not x.dateline], m.end(), m.end())
            if d and d.start - m.end() < 60 and d.period_start:
                return self.resolve(d)
        return None

    def place(self, c: Count, t: Trigger | None, s: int, e: int) -> str | None:
        after = [p for p in self.f.places if max(c.end, t.end if t else 0) <= p.start < e]
        nxt = [x.start for x in self.f.counts if c.end < x.start < e]
        if nxt:
            after = [p for p in after if p.start < nxt[0]]
        if after:
            return after[0].text
        before = [p for p in self.f.places if s <= p.start and p.end <= c.start]
        return before[-1].text if before and before[-1].prison else None

    def country_at(self, pos: int, s: int) -> str:
        before = [m for m in self.f.countries if s <= m.start < pos]
        return before[-1].iso if before else self.country


def _compatible(a: Draft, b: Draft) -> bool:
    if a.weak or b.weak or None in a.period or None in b.period:
        return True
    return abs((a.period[0] - b.period[0]).days) <= 1 and abs((a.period[1] - b.period[1]).days) <= 1


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per fact: a restatement (same event, country and count, a compatible
    period, no conflicting place, another sentence) is folded into the better-dated one."""
    kept: list[Draft] = []
    for d in drafts:
        twin = next((k for k in kept if k.event == d.event and k.country == d.country and k.count == d.count
                     and k.sentence != d.sentence and _compatible(k, d)
                     and not (k.location and d.location and k.location != d.location
                              and k.location not in d.location and d.location not in k.location)), None)
        if twin is None:
            kept.append(d)
            continue
        better, other = (d, twin) if (twin.weak and not d.weak) else (twin, d)
        merged = replace(better, names=better.names or other.names, location=better.location or other.location,
                         offences=tuple(sorted(set(better.offences) | set(other.offences))))
        kept[kept.index(twin)] = merged
    return kept


def assemble(f: Field, default_country: str) -> list[Draft]:
    """All claims of one field, merged."""
    return merge(_Report(f, default_country).run())
