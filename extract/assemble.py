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
from typing import Any

from .breakdowns import STATISTIC_DAYS, continues_split, is_statistic, named_part, part_after
from .casefold import search
from .claims import Claim
from .clauses import apposed_group, apposed_names, noun_trigger, planned, share, uncounted_antecedent
from .comparisons import compared_period, other_figure_between, range_event, refers_back
from .dates import DateMention, context_unit, resolve_anchored, resolve_context
from .decisions import Candidate, Clause, Reject, first
from .followups import carried_out, refine_weak, scheduled
from .kinds import KIND_RULES, WORLD_FIGURE, stretched
from .lexicon import lexicon, words
from .linking import inside, link, link_name, listed_after_colon, nearest_date, pick_date, place_of, start_of
from .mentions import Count, Trigger
from .notions import DAY_MAX_DAYS
from .offence_rules import OFFENCE_RULES
from .offences import offences_between
from .periods import PERIOD_RULES, PROTEST
from .refusals import clause_refusal
from .rejections import compared_date, definite, rejected, side_date, world_lead
from .restatements import merge, told
from .offences import TAXONOMY
from .tables import find_name_lists, find_tables, inline_rows

_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
_JOINED_CLAUSE = re.compile(r"^[^.;:]{0,50}?(?:,\s*(?:and)?|\band)\s+$")
_SUMMED = re.compile(r"(?:,\s*and|\sand)\s+$")
_W = words("assembly.yaml")
_NAMED_AS = re.compile(rf"\b(?:{_W['named_as']})\b(?:\s+[\w'-]+){{0,4}}?\s+as\b", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*(?:,\s*|\s+named\s+|\s+identified\s+as\s+)$", re.IGNORECASE)
_SHORT_LINE = 100   # characters: a paragraph shorter than this is a heading or a line of a list
_IN_BEFORE = re.compile(r"\bin\s+$")
_A_BEFORE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)
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
    scanner: Any = None    # the Extractor's casefold.Scanner, which runs its patterns over the lowered text


@dataclass(frozen=True)
class Rejection:
    """A candidate (a count found in a sentence) that made no claim, and the rule that said so."""

    field: str
    text: str       # the count as written
    start: int
    end: int
    rule: str       # e.g. "reject.death_row"
    evidence: str   # its sentence

    def to_dict(self) -> dict:
        return {"field": self.field, "candidate": self.text, "start_char": self.start, "end_char": self.end,
                "rule": self.rule, "evidence": self.evidence}


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
    listed: bool = False   # a row of a listed breakdown (tables.py): never a restatement of another row
    compared: bool = False  # a figure given for comparison: never the statistic later parts split
    rules: list = field(default_factory=list)   # ids of the rules that made it, in order

    def claim(self, f: Field) -> Claim:
        s, e = f.sentences[self.sentence]
        return Claim(self.event, self.country, self.count, self.qualifier, self.period[0], self.period[1],
                     self.kind, self.offences, self.location, self.names, f.original[s:e], f.name, s, e,
                     tuple(dict.fromkeys(self.rules)))


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
        self.rejections: list[Rejection] = []
        # a report about the world's figures (its lead says so): a figure with no country is no country's
        lead = f.sentences[0] if f.sentences else (0, 0)
        self.world_report = world_lead(f.text, *lead, inside(f.countries, *lead))

    def reject(self, i: int, c: Count, rule: str) -> None:
        """Record why a candidate count made no claim (shown by `vigil extract --explain`)."""
        self.reject_span(i, c.start, c.end, rule)

    def reject_span(self, i: int, start: int, end: int, rule: str) -> None:
        """As `reject`, for the count at [start, end) of sentence i."""
        s, e = self.f.sentences[i]
        self.rejections.append(Rejection(self.f.name, self.f.text[start:end], start, end, rule,
                                         self.f.original[s:e]))

    def _protest_start(self) -> date | None:
        pattern, text = lexicon().assembly.protest_start, self.f.text
        for m in (self.f.scanner.finditer(pattern, text) if self.f.scanner else pattern.finditer(text)):
            d = nearest_date(inside(self.f.dates, m.start(), m.end() + 80), m.end(), m.end() + 60)
            if d and d.period_start and d.start - m.end() < 60:
                return d.period_start
        return None

    def resolve(self, d: DateMention) -> tuple:
        unit = context_unit(d)
        if unit:
            earlier = [x for x in self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)]
                       if not x.anchored and not x.dateline and not compared_date(self.f.text, x)
                       and (unit == "previous month" or not self.before_lead(x))]
            return resolve_context(unit, earlier, self.f.published, d.start)
        if d.anchored:
            if d.text.lower().startswith("since"):
                earlier = [x for x in self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)]
                           if not x.anchored and not x.dateline and x.period_start]
                return resolve_anchored(d, earlier[-1] if earlier else None, self.f.published)
            # "since 21 December, when three were hanged on the same day": the day "since" names anchors too
            here = [x if x.is_day else replace(x, period_end=x.period_start) for x in self.current
                    if x.start < d.start and not x.anchored and (x.is_day or x.period_start and x.text.lower().startswith("since"))]
            anchor = next((x for x in reversed(self.day_dates + here) if x.start < d.start), None)
            return resolve_anchored(d, anchor, self.f.published)
        return d.period_start, d.period_end

    def run(self) -> list[Draft]:
        """The drafts that count someone, once every pass of PASSES has read the field in order."""
        for step in PASSES:
            step(self)
        return [d for d in self.drafts if d.count > 0]

    def name_lists(self) -> None:
        """People named one per line under "... the following prisoners:" are the people of the
        execution told just before the list: they label its claim, or make it when the sentence
        gave no number ("Prisoners held in X were executed on Wednesday")."""
        f = self.f
        for listed in find_name_lists(f.text, f.paragraphs):
            self.drafts = [d for d in self.drafts if not listed.start <= d.span[0] < listed.end]
            p = self.paragraph(listed.heading[0])
            lead_start = f.paragraphs[max(p - 1, 0)][0]
            near = [d for d in self.drafts if lead_start <= d.span[0] < listed.start]
            n = len(listed.names)
            target = next((d for d in reversed(near) if d.count == n and d.kind == "event"), None)
            if target is None and near:
                continue   # the list names some of a larger figure, or another fact: leave both alone
            if target is None:
                target = self.listed_incident(lead_start, listed.start, n)
                if target is None:
                    continue
                self.drafts.append(target)
                self.drafts.sort(key=lambda d: (d.span[0], d.span[1]))
            target.names = target.names or listed.names
            target.offences = tuple(o for o in TAXONOMY if o in set(target.offences) | set(listed.offences))
            target.rules.append("names.listed_after_colon")

    def listed_incident(self, start: int, end: int, n: int) -> Draft | None:
        """The execution told between `start` and `end` without a number, as a claim of `n` people."""
        f = self.f
        t = next((t for t in inside(f.triggers, start, end) if not t.hypothetical and t.voice == "passive"), None)
        if t is None:
            return None
        i = bisect_right([x for x, _ in f.sentences], t.start) - 1
        s, e = f.sentences[i]
        days = [d for d in inside(f.dates, s, e) if d.is_day and not d.dateline and not side_date(f.text, d)]
        period = self.resolve(days[-1]) if days else (f.published, f.published)
        places = inside(f.places, s, e)
        draft = Draft(t.event, n, "exact", period, not days, "event", self.country, (),
                      places[0].text if places else None, (), i, (t.start, t.end), None)
        draft.source_trigger = t
        draft.rules = [f"trigger.{t.event}:{' '.join(f.text[t.start:t.end].lower().split())}", "count.listed_names",
                       "period.stated" if days else "period.inherited", "kind.event.named", "country.report"]
        return draft

    def inline_rows(self) -> None:
        """"The other states to carry out executions in 2024 are Alabama (four), Missouri (three)
        and Utah (one)": each bracketed figure is a part of the statistic, over the sentence's span."""
        f = self.f
        for i, (s, e) in enumerate(f.sentences):
            if "(" not in f.text[s:e]:
                continue
            rows = inline_rows(f.text, s, e)
            event = range_event(f.text, s, rows[0].start) if rows else None
            if event is None:
                continue   # "Ali (34) and Reza (29)": brackets that split no figure of executions
            own = [x for x in inside(f.dates, s, e) if x.period_start and x.period_end and not side_date(f.text, x)
                   and (x.period_end - x.period_start).days >= STATISTIC_DAYS]
            period = self.resolve(own[-1]) if own else self.statistic_span(s)
            if period is None or period[0] is None:
                continue
            here = self.country_at(rows[0].start, s)
            self.drafts = [d for d in self.drafts if not rows[0].start <= d.span[0] < rows[-1].end]
            for row in rows:
                # a label of the sentence's own country is a place in it ("Alabama (four)" in a US report)
                place = row.country in (None, here)
                draft = Draft(event, row.value, "exact", period, False, "aggregate", row.country or here,
                              row.offences, row.label if place else None, (), i, (row.start, row.end), None,
                              part=True, listed=True)
                draft.rules = [f"event.{event}", "table.inline_row", "period.stated" if own else "period.statistic_span",
                               "country.table_label" if row.country and not place else "country.sentence",
                               "location.table_label" if place else "", "kind.aggregate.table"]
                draft.rules = [r for r in draft.rules if r]
                self.drafts.append(draft)
            self.drafts.sort(key=lambda d: (d.span[0], d.span[1]))

    def tables(self) -> None:
        """Rows of listed breakdowns (tables.py) replace whatever the sentence rules made of
        those lines: each row is an aggregate with the period of the statistic it splits."""
        found = False
        for table in find_tables(self.f.text, self.f.paragraphs):
            rows = [d for d in self.drafts if table.start <= d.span[0] < table.end]
            before = [d for d in self.drafts if d.span[0] < table.start and d.kind == "aggregate"
                      and d.period[0] and not (d.source is not None and d.source.noun == "comparison")]
            parent = before[-1] if before else None
            hs, he = table.heading
            own = [x for x in inside(self.f.dates, hs, he) if x.period_start and x.period_end
                   and (x.period_end - x.period_start).days >= STATISTIC_DAYS]
            period = self.resolve(own[-1]) if own else parent.period if parent else self.statistic_span(table.start)
            heading_event = next((t.event for t in inside(self.f.triggers, hs, he) if not t.hypothetical), None) \
                or (range_event(self.f.text, hs, he) if he > hs else None)   # "Five states carried out executions:"
            event = parent.event if parent else heading_event
            if period is None or period[0] is None or event is None:
                continue   # no statistic to split: the lines are something else (a price list, a timetable)
            if heading_event and parent and heading_event != parent.event:
                event = heading_event
            found = True
            for d in rows:
                self.drafts.remove(d)
            for row in table.rows:
                k = bisect_right([x for x, _ in self.f.sentences], row.start) - 1
                country = row.country if table.countries and row.country else (
                    parent.country if parent else self.country)
                draft = Draft(event, row.value, row.qualifier, period, False, "aggregate", country, row.offences,
                              row.label if table.places else None, (), k, (row.start, row.end), None,
                              part=True, listed=True)
                draft.rules = ["table.row", "table.each" if row.label != self.f.text[row.start:row.end] else "",
                               "period.heading" if own else "period.parent" if parent else "period.statistic_span",
                               "country.table_label" if country == row.country and table.countries else "country.parent",
                               "location.table_label" if table.places else "", "kind.aggregate.table"]
                draft.rules = [r for r in draft.rules if r]
                self.drafts.append(draft)
        if found:
            self.drafts.sort(key=lambda d: (d.span[0], d.span[1]))

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
        previous = next((d for d in reversed(self.drafts) if not d.compared), None)
        previous = previous if previous is not None and previous.sentence >= i - 2 else None
        same_paragraph = i > 0 and self.paragraph(s) == self.paragraph(f.sentences[i - 1][0])
        lead_breakdown = bool(lexicon().assembly.breakdown_lead.match(text[s:e])) or continues_split(
            text, s, e, previous, i, dates, inside(f.places, s, e), same_paragraph)
        self.lead_breakdown = lead_breakdown
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
                if text.startswith(" of ", c.end) and not offences_between(f.offences, c.end, c.end + 30):
                    continue   # "eight of murder" is a part by charge; "three of involvement in ..." no figure
                event, t = last[1].event, last[1].source_trigger
            else:
                t = link_name(c, triggers, text) if c.noun == "name" else link(c, triggers, text)
                event = t.event if t else None
            breakdown = lead_breakdown or part_after(text, c) or bool(
                search(lexicon().assembly.breakdown, text, max(s, c.start - 20), c.start)) or bool(
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
                    and search(lexicon().assembly.breakdown, text, t.start, t.end):
                breakdown = False   # "those executed this year include N women": the trigger is the figure
            context = parent if (breakdown or c.partitive) and parent else (
                previous if (c.partitive or others or breakdown) else None)
            if context is None and c.partitive:
                context = self.last_aggregate()
            if context is not None and (breakdown or c.partitive) and c.noun != "name" and context.count < c.value:
                # "Three men were executed on Tuesday ... Of those, 103 had been convicted of drug offences":
                # a part larger than the figure before it splits the statistic told earlier (the report's
                # first figure large enough: its lead statistic, not a figure compared with it), never that incident
                context = next((d for d in self.drafts if d.kind == "aggregate" and d.period[0]
                                and not d.compared and d.count >= c.value), None)
                if context is None:
                    self.reject(i, c, "reject.part_larger_than_whole")
                    last = (c, None, True)
                    continue
            if (c.partitive or breakdown) and not lead_breakdown and c.noun != "name" and (
                    last and last[1] is None and last[0].noun != "name"
                    or uncounted_antecedent(text, last[0].end if last else s, c)):
                self.reject(i, c, "reject.part_of_rejected")
                last = (c, None, True)
                continue   # "36 of those arrested were women – 15 of them Kurdish": a part of no claim
            shared = not (breakdown or c.partitive) and share(text, c)
            if shared:   # ", or 12% of the total": a part of the statistic told before
                context = self.last_aggregate()
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
                    self.reject(i, c, why)
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
                self.reject(i, c, "reject.told_again")
                continue   # "The three hangings were not announced": the claim before, told again
            draft = self.draft(i, s, e, c, event, t, dates, context, breakdown or c.partitive, counts)
            if draft is None:
                last = (c, None, breakdown)
                continue
            draft.names = c.names
            if will_be:
                draft.rules.insert(1, "event.planned")
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
                                   span=(c.start, c.end), source=c, part=False, compared=True,
                                   rules=[f"event.{c.event or base.event}", "count.comparison", f"qualifier.{c.qualifier}",
                                          "period.compared", "kind.aggregate.comparison", "country.of_statistic"]))

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
        """The claim count `c` of sentence `i` makes, or None (its rejection recorded): the period
        and kind come from the rule tables of periods.py and kinds.py, the offences from offence_rules.py."""
        text = self.f.text
        d, gap = pick_date(text, c, t, dates, counts, e)
        same_period = search(lexicon().assembly.same_period, text, s, e)
        if same_period and search(lexicon().assembly.compared_with, text, max(s, same_period.start() - 30), same_period.start()):
            same_period = None   # "..., a rise compared with the same period last year": a comparison, not the period
        x = Candidate(self, i, s, e, c, event, t, dates, context, part, counts, d, gap, same_period)
        chosen = first(PERIOD_RULES, x)
        if isinstance(chosen, Reject):
            return self.reject(i, c, chosen.rule)
        period, weak, compared = chosen.span, chosen.weak, chosen.compared
        rules = list(chosen.rules)
        if event == "sentenced" and (noun_trigger(text, t) or c.event) and lexicon().carried_out_after.match(text[c.end:e]):
            event = "executed"   # "the death sentences of three men were carried out this morning"
            rules.append("event.sentence_carried_out")
        if event == "imminent":
            period = scheduled(self.f, i, self.resolve) or period
        told_on = self.told_on(c, dates, period)
        if told_on is not None:
            # "In a statement on 9 May, she said 209 people had been executed since the start of the
            # year": a figure "to date" runs to the day it was told, not to the report's publication
            period = (period[0], told_on)
            rules.append("period.ends_on_day_told")
        place = self.place(c, t, s, e)
        x = replace(x, event=event, period=period, weak=weak, place=place)
        kind = first(KIND_RULES, x)
        longer = stretched(x, kind)
        kind = longer or kind
        rules.append(kind.rule)
        refused = first(WORLD_FIGURE, x) if kind.kind == "aggregate" else None
        if refused is not None:
            return self.reject(i, c, refused.rule)
        kind = kind.kind
        offences = first(OFFENCE_RULES, replace(x, kind=kind))
        draft = Draft(event, c.value, c.qualifier, period, weak, kind, self.country_at(c.start, s),
                      offences, place if kind == "event" or longer is not None else None, (), i, (c.start, c.end), c)
        draft.source_trigger = t
        draft.compared = compared
        lead = [f"trigger.{t.event}:{' '.join(text[t.start:t.end].lower().split())}" if t else f"event.{event}",
                f"count.{c.noun}" + (".partitive" if c.partitive else ""), f"qualifier.{c.qualifier}"]
        if part:
            lead.append("part.breakdown")
        draft.rules = lead + rules + [f"country.{'stated' if draft.country != self.country else 'report'}"]
        return draft

    def told_on(self, c: Count, dates: list, period: tuple):
        """The day a figure running to publication was told on: a day named before the count in
        its sentence, inside the figure's span and before publication; else None."""
        start, end = period
        published = self.f.published
        if start is None or end != published or (end - start).days <= DAY_MAX_DAYS:
            return None
        days = [x for x in dates if x.end <= c.start and x.is_day and not x.anchored and x.period_start
                and start < x.period_start < published]
        return days[-1].period_start if days else None

    def statistic_span(self, s: int) -> tuple | None:
        """The span (a month or longer) the report's statistics are about: the last one named
        before `s` in this or the three paragraphs before it, not a side date. (A figure of 50
        people or more with no place or date is a statistic, not an incident.)"""
        p = self.paragraph(s)
        counted, q = 0, p
        while q > 0 and counted < 3:   # lines of a list or table count as one paragraph together
            q -= 1
            counted += (self.f.paragraphs[q][1] - self.f.paragraphs[q][0]) >= _SHORT_LINE
        since = self.f.paragraphs[q][0] if p >= 0 else 0
        spans = [d for d in self.f.dates[:bisect_left(self.f.dates, s, key=start_of)]
                 if d.start >= since and not d.dateline and not d.anchored and d.period_start and d.period_end
                 and (d.period_end - d.period_start).days >= 27 and not side_date(self.f.text, d)
                 and not compared_date(self.f.text, d) and not self.before_lead(d)
                 and not search(lexicon().assembly.part_clause, self.f.text, max(0, d.start - 120), d.start)]
        return self.resolve(spans[-1]) if spans else None

    def before_lead(self, d: DateMention) -> bool:
        """Whether `d` names a span over before the report's lead statistic starts ("At least 52 were
        executed during 2019 ... In 2018, 70 were"): an earlier year told as history or for
        comparison, never what "during the year" or a later undated part refers to."""
        lead = next((x for x in self.drafts if x.kind == "aggregate" and not x.compared and x.period[0]
                     and x.period[1] and (x.period[1] - x.period[0]).days >= 27), None)
        return lead is not None and d.period_end is not None and not d.anchored and d.period_end < lead.period[0]

    def paragraph(self, pos: int) -> int:
        """The index of the paragraph holding `pos` (-1 before the first)."""
        return bisect_right([ps for ps, _ in self.f.paragraphs], pos) - 1

    def last_aggregate(self) -> Draft | None:
        return next((d for d in reversed(self.drafts) if d.kind == "aggregate" and d.period[0] and not d.compared), None)

    def so_far_start(self, s: int, e: int) -> date | None:
        """Where a figure "so far" starts: the protests' start when the sentence is about them,
        else the start of the report's statistic."""
        if PROTEST.search(self.f.text, s, e) and self.protest_start:
            return self.protest_start
        span = self.statistic_span(s)
        return span[0] if span else None

    def day_in_paragraph(self, s: int) -> bool:
        """Whether a day was named earlier in the paragraph of `s` (an undated count then inherits it)."""
        p = self.paragraph(s)
        p_start = self.f.paragraphs[p][0] if p >= 0 else 0
        return bool(self.day_dates) and self.day_dates[-1].start >= p_start

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
        """The country of a figure at `pos` in the sentence starting at `s`: the last country named
        before it in the sentence, else that of the claim before it in its paragraph ("In Saudi
        Arabia executions tripled ... Eighty-five of them were ..."), else the report's. A
        nationality ("five Pakistani nationals", "an Egyptian fisherman") is who, not where."""
        after = next((m for m in inside(self.f.countries, pos, min(pos + 80, self.f.sentences[-1][1]))
                      if _IN_BEFORE.search(self.f.text, max(0, m.start - 4), m.start) and not self.nationality(m)
                      and not re.search(r"[,;:]", self.f.text[pos:m.start])), None)
        if after is not None:
            return after.iso   # "180 people had been executed in the kingdom": where, said right after the figure
        before = [m for m in inside(self.f.countries, s, pos + 1) if m.start < pos and not self.nationality(m)]
        if before:
            return before[-1].iso
        p = self.paragraph(s)
        p_start = self.f.paragraphs[p][0] if p >= 0 else 0
        earlier = [d for d in self.drafts if p_start <= d.span[0] < s]
        return earlier[-1].country if earlier else self.country

    def nationality(self, m) -> bool:
        text = self.f.text
        return bool(lexicon().nationality_after.match(text, m.end) or _A_BEFORE.search(text, max(0, m.start - 4), m.start))


def ends_by_publication(drafts: list[Draft], published: date | None) -> None:
    """"Executed in 2025" in a report of 9 May 2025 covers 1 January to 9 May: nothing said
    to have happened can end after the report that tells it (an imminent execution may)."""
    if published is None:
        return
    for d in drafts:
        start, end = d.period
        if d.event != "imminent" and start and end and start <= published < end:
            d.period = (start, published)
            d.rules.append("period.ends_by_publication")


# The assembly of one field: passes over the report in the order of PASSES, each reading the drafts
# the ones before it made. Of the reorderings tried on the labelled sets only moving the last one
# changed the output; the notes say where the order would matter all the same.

def read_sentences(r: _Report) -> None:
    """Reads each sentence in order with its own dates (no dateline, no side date) and the days
    named before it; may add drafts (sentence, draft) and rejections, and records the sentence's
    days for the undated counts after it. First: every other pass works on its drafts."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        dates = [d for d in inside(f.dates, s, e) if not d.dateline and not side_date(f.text, d)]
        r.current = dates
        r.sentence(i, s, e, dates)
        r.day_dates.extend(d for d in dates if d.is_day and not d.anchored)


def date_from_follow_ups(r: _Report) -> None:
    """Reads the three sentences after each undated incident (followups.refine_weak); may move its
    weak period to a day they name and make it strong. Before listed_names: an incident that pass
    adds keeps the day it inherited."""
    refine_weak(r.f, r.drafts, r.resolve)


def listed_tables(r: _Report) -> None:
    """Reads lines that make a table (tables.find_tables) and the statistic before them; may drop
    the drafts the sentences made of those lines and add one aggregate per row (_Report.tables).
    Before bracketed_rows: a table splits a statistic of the sentences, never a bracketed row."""
    r.tables()


def bracketed_rows(r: _Report) -> None:
    """Reads sentences with bracketed figures ("Ohio (two), Texas (five)") that split a figure of
    executions; may drop the drafts made of them and add one aggregate per bracket (_Report.inline_rows)."""
    r.inline_rows()


def listed_names(r: _Report) -> None:
    """Reads names listed one per line under a heading and the incident told before it; may drop
    the drafts made of the lines, label that incident's names and offences, or add it when it had
    no number (_Report.name_lists)."""
    r.name_lists()


def cut_at_publication(r: _Report) -> None:
    """Reads every draft's period; may end it on the report's day (ends_by_publication). Last: it
    holds for the drafts of every pass (run before the others, it changes dev2's claims)."""
    ends_by_publication(r.drafts, r.f.published)


PASSES = (
    read_sentences,
    date_from_follow_ups,
    listed_tables,
    bracketed_rows,
    listed_names,
    cut_at_publication,
)


def assemble(f: Field, default_country: str) -> tuple[list[Draft], list[Rejection]]:
    """All claims of one field, merged, and the candidates rejected on the way."""
    report = _Report(f, default_country)
    kept, dropped = merge(report.run())
    for d, rule in dropped:
        report.reject_span(d.sentence, *d.span, rule)
    return kept, report.rejections
