"""The state of one field's claim assembly: what was found in it, the claims under construction
(`Draft`), the candidates rejected so far, and the lookups every rule shares (a date's span, the
report's statistic, the paragraph or country of a position).

The passes that read the field (assemble.py), the rules of a sentence's counts (candidates.py)
and the period, kind and offence rule tables all read and extend one `Report`.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .anchored_dates import context_unit, counts_from_month, month_edge, resolve_anchored, that_month
from .casefold import search
from .claims import Claim
from .count_dates import day_of_saying, nearest_date
from .date_arithmetic import resolve_context
from .dates import DateMention, partitive_of_executions
from .lexicon import lexicon, words
from .linking import inside, place_of, start_of
from .mentions import Count, Trigger
from .running_totals import PROTEST
from .places import attack_by, borders_on, heading_alone, left_out, nationality, went_to
from .rejections import compared_date, side_date, speaks_of_world, world_lead
from .sentences import heading
from .support import dated, stated, with_support

# "ended a 17-year hiatus in ", "lifted its moratorium in ": a date told as the end of a halt
_HALT_ENDED = re.compile(rf"\b(?:{words('assembly.yaml')['halt_nouns']})\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_SHORT_LINE = 100   # characters: a paragraph shorter than this is a heading or a line of a list
_IN_BEFORE = re.compile(r"\bin\s+$")
_POSSESSIVE_OPENER = re.compile(rf"\s*(?:{words('places.yaml')['possessive_openers']})\b")
_THERE_SUBJECT = re.compile(rf"\b(?:{words('places.yaml')['there_subjects']})\s+there\b", re.IGNORECASE)


# what may stand before the country a paragraph opens on: nothing, or "In" ("In China, ...")
_OPENS_ON = re.compile(r"(?:In\s+)?(?:the\s+)?")


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
    tables: list           # the runs of row lines (tables.find_tables), found once by the sentence segmenter
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
    """A claim under construction in an English field, with what the merging step needs to know.

    lang/drafts.py has a Draft of its own for Persian and Arabic, and the two stay apart: this one
    names its sentence by index (the rules compare indices: "the claim of this or the two sentences
    before") in the field's own text and carries the mentions it came from (`source`,
    `source_trigger`), its names and the part/listed/compared flags restatements.merge reads; that
    one holds the folded offsets of its sentence (lang/normal.py folds the text before matching),
    has none of those, and puts `weak` last where this one takes it fifth, positionally, at every
    construction. One class would need a sentence that is an index or offsets by language."""

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
    merged_from: list = field(repr=False, default_factory=list)   # the drafts of other sentences folded into it
    dated_by: int | None = None   # the sentence after it that gave its day (followups.refine_weak)
    new_group: bool = False   # counted as "another man", "two other prisoners": never a restatement of a group before
    per_year: bool = False    # the figure of every year of its span ("in each year"): assemble.each_year splits it

    def claim(self, f: Field) -> Claim:
        s, e = f.sentences[self.sentence]
        claim = Claim(self.event, self.country, self.count, self.qualifier, self.period[0], self.period[1],
                      self.kind, self.offences, self.location, self.names, f.original[s:e], f.name, s, e,
                      tuple(dict.fromkeys(self.rules)))

        def span_of(i: int) -> tuple:
            ds, de = f.sentences[i]
            return f.original[ds:de], f.name, ds, de

        told = [(d.sentence, stated(claim, d)) for d in self.merged_from]
        # (the day a folded-in telling took from its follow-up is shown only when it is the claim's)
        told += [(d.dated_by, dated(claim, d.period)) for d in (self, *self.merged_from)
                 if d.dated_by is not None and dated(claim, d.period)]
        return with_support(claim, told, span_of)


class Report:
    """Assembly state for one field: claims so far, the last dates seen, the protest start."""

    def __init__(self, f: Field, default_country: str):
        self.f = f
        self.country = default_country
        self.drafts: list[Draft] = []
        self.day_dates: list[DateMention] = []
        self.background_days: list[DateMention] = []   # days of a lead-up told in the pluperfect (assemble.background_day)
        self.current: list[DateMention] = []
        self.lead_breakdown = False
        self.protest_start = self._protest_start()
        self._paragraph_starts = [ps for ps, _ in f.paragraphs]   # paragraph() is asked for most counts: once per field
        self._sentence_starts = [ss for ss, _ in f.sentences]     # and sentence() for most claims
        self.rejections: list[Rejection] = []
        # counts that made no claim and are listed as no rejection (decisions.Aside): `--explain`
        # names the rule that set aside the counts of a sentence that made nothing (silence.py)
        self.asides: list[Rejection] = []
        # a report about the world's figures (its lead says so): a figure with no country is no country's
        lead = f.sentences[0] if f.sentences else (0, 0)
        self.world_report = world_lead(f.text, *lead, inside(f.countries, *lead))
        # a lead that speaks of the world at all: the report tells a review's year throughout
        self.review_of_world = self.world_report or speaks_of_world(f.text, *lead)
        # the world's figures refused as no country's (kinds.WORLD_FIGURE), as drafts: a part of one that
        # names its own country ("Iran accounted for 972 of them") is that country's, over its span
        self.world_figures: list[Draft] = []

    def reject(self, i: int, c: Count, rule: str) -> None:
        """Record why a candidate count made no claim (shown by `vigil extract --explain`)."""
        self.reject_span(i, c.start, c.end, rule)

    def reject_span(self, i: int, start: int, end: int, rule: str) -> None:
        """As `reject`, for the count at [start, end) of sentence i."""
        self.rejections.append(self._candidate(i, start, end, rule))

    def set_aside(self, i: int, c: Count, rule: str) -> None:
        """Record the rule that set a count of sentence i aside (decisions.Aside): no rejection."""
        self.asides.append(self._candidate(i, c.start, c.end, rule))

    def _candidate(self, i: int, start: int, end: int, rule: str) -> Rejection:
        s, e = self.f.sentences[i]
        return Rejection(self.f.name, self.f.text[start:end], start, end, rule, self.f.original[s:e])

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
            return month_edge(d, resolve_context(unit, earlier, self.f.published, d.start))
        if d.anchored:
            if that_month(d):
                told = next((x for x in reversed(self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)])
                             if not x.anchored and not x.dateline and x.period_start), None)
                return resolve_anchored(d, told, self.f.published)
            if d.text.lower().startswith("since"):
                earlier = [x for x in self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)]
                           if not x.anchored and not x.dateline and x.period_start]
                return resolve_anchored(d, earlier[-1] if earlier else None, self.f.published)
            if counts_from_month(d):
                # "In April 2013 it hanged three men, and two months later two Egyptians were executed":
                # a shift by months counts from the month named before it in its sentence
                month = next((x for x in reversed(self.current) if x.start < d.start and not x.anchored
                              and not x.dateline and x.period_start and not x.is_day), None)
                if month is not None:
                    return resolve_anchored(d, month, self.f.published)
                # "Kuwait last hanged prisoners in June 2013. Two months before that, three men ...": with
                # none in its sentence, from the last date told before it, a month told after the last day
                told = next((x for x in reversed(self.f.dates[:bisect_left(self.f.dates, d.start, key=start_of)])
                             if not x.anchored and not x.dateline and x.period_start), None)
                if told is not None and not told.is_day and told.period_end \
                        and (told.period_end - told.period_start).days < 32:
                    return resolve_anchored(d, told, self.f.published)
            # "since 21 December, when three were hanged on the same day": the day "since" names anchors too
            here = [x if x.is_day else replace(x, period_end=x.period_start) for x in self.current
                    if x.start < d.start and not x.anchored and (x.is_day or x.period_start and x.text.lower().startswith("since"))]
            days = self.day_dates
            if self.background_days and self.executed_before(d):
                days = [x for x in days if x not in self.background_days]
            anchor = next((x for x in reversed(days + here) if x.start < d.start), None)
            return resolve_anchored(d, anchor, self.f.published)
        return d.period_start, d.period_end

    def executed_before(self, d: DateMention) -> bool:
        """Whether the trigger told last before `d` in its sentence is an execution ("were executed
        the same morning"), so an anchored `d` points at a day of executions, not of a lead-up."""
        i = self.sentence(d.start)
        s = self.f.sentences[i][0] if i >= 0 else 0
        before = [t for t in self.f.triggers if s <= t.start < d.start and not t.hypothetical]
        return bool(before) and before[-1].event == "executed"

    def statistic_span(self, s: int) -> tuple | None:
        """The span (a month or longer) the report's statistics are about: the last one named
        before `s` in this or the three paragraphs before it, not a side date; in a report whose lead
        speaks of the world, the last one named anywhere before. (A figure of 50 people or more with no
        place or date is a statistic, not an incident.)"""
        p = self.paragraph(s)
        counted, q = 0, p
        while q > 0 and counted < 3:   # lines of a list or table count as one paragraph together
            q -= 1
            counted += (self.f.paragraphs[q][1] - self.f.paragraphs[q][0]) >= _SHORT_LINE
        since = self.f.paragraphs[q][0] if p >= 0 else 0
        spans = [d for d in self.f.dates[:bisect_left(self.f.dates, s, key=start_of)]
                 if not d.dateline and not d.anchored and d.period_start and d.period_end
                 and (d.period_end - d.period_start).days >= 27 and not side_date(self.f.text, d)
                 and not compared_date(self.f.text, d) and not self.before_lead(d)
                 # "signed a warrant every two weeks from February onward" read as a February after the
                 # report: a span not yet begun is no span its figures were counted over
                 and not (self.f.published and d.period_start > self.f.published)
                 and not search(lexicon().assembly.part_clause, self.f.text, max(0, d.start - 120), d.start)
                 # "after the Justice Department ended a 17-year hiatus in July": the day a halt ended
                 and not search(_HALT_ENDED, self.f.text, max(0, d.start - 40), d.start)]
        # a review of the world's figures (its lead says so) is about one span throughout: a country's
        # figure six paragraphs on is still of the year its opening paragraphs named
        near = [d for d in spans if d.start >= since] or (spans if self.review_of_world else [])
        # "Between 10 October 2022 and 8 October 2023, 659 were hanged. Seven of this year's executions
        # were in public. Over the same period ...": a time told only of a part's whole ("of this year's
        # executions") names the span the report already stated, never a new one for the figures after it
        whole = [d for d in near if not partitive_of_executions(self.f.text, d.start, d.end)]
        near = whole or near
        # "the pace accelerated in the second half of the year ... Only 95 executions were announced": a
        # part of the lead's span that no figure was given for is when something else happened
        counted = [d for d in near if not self._bare_part(self.resolve(d))]
        near = counted or near
        return self.resolve(near[-1]) if near else None

    def _bare_part(self, span: tuple) -> bool:
        """Whether `span` lies strictly inside the span of the report's lead statistic and no figure
        told so far is over it."""
        lead = next((x for x in self.drafts if x.kind == "aggregate" and not x.compared and x.period[0]
                     and x.period[1] and (x.period[1] - x.period[0]).days >= 27), None)
        return lead is not None and span[0] is not None and span[1] is not None \
            and lead.period[0] <= span[0] and span[1] <= lead.period[1] and tuple(span) != tuple(lead.period) \
            and not any(tuple(x.period) == tuple(span) for x in self.drafts)

    def before_lead(self, d: DateMention) -> bool:
        """Whether `d` names a span over before the report's lead statistic starts ("At least 52 were
        executed during 2019 ... In 2018, 70 were"): an earlier year told as history or for
        comparison, never what "during the year" or a later undated part refers to."""
        lead = next((x for x in self.drafts if x.kind == "aggregate" and not x.compared and x.period[0]
                     and x.period[1] and (x.period[1] - x.period[0]).days >= 27), None)
        return lead is not None and d.period_end is not None and not d.anchored and d.period_end < lead.period[0]

    def link_line(self, s: int) -> bool:
        """Whether the sentence at `s` is in a paragraph opened by a link label ("Read more: ...")."""
        p = self.paragraph(s)
        start = self.f.paragraphs[p][0] if p >= 0 else s
        return bool(lexicon().assembly.link_line.match(self.f.text, start))

    def paragraph(self, pos: int) -> int:
        """The index of the paragraph holding `pos` (-1 before the first)."""
        return bisect_right(self._paragraph_starts, pos) - 1

    def sentence(self, pos: int) -> int:
        """The index of the sentence holding `pos` (-1 before the first)."""
        return bisect_right(self._sentence_starts, pos) - 1

    def last_aggregate(self) -> Draft | None:
        # a loop, not next() over a generator: the rules ask for it several times per claim
        for d in reversed(self.drafts):
            if d.kind == "aggregate" and d.period[0] and not d.compared:
                return d
        return None

    def so_far_start(self, s: int, e: int) -> date | None:
        """Where a figure "so far" starts: the protests' start when the sentence is about them,
        else the start of the report's statistic."""
        if search(PROTEST, self.f.text, s, e) and self.protest_start:
            return self.protest_start
        span = self.statistic_span(s)
        return span[0] if span else None

    def _day_scope(self, s: int) -> int:
        """Where the days an undated count at `s` may take start: its paragraph, or the heading line
        just above it ("Dizelabad Prison – Monday 3 June" over a roundup's item)."""
        p = self.paragraph(s)
        if p > 0 and heading(self.f.text, *self.f.paragraphs[p - 1]):
            return self.f.paragraphs[p - 1][0]
        return self.f.paragraphs[p][0] if p >= 0 else 0

    def day_in_paragraph(self, s: int) -> bool:
        """Whether a day was named earlier in the paragraph of `s` or its heading (an undated count
        then inherits it)."""
        return bool(self.day_dates) and self.day_dates[-1].start >= self._day_scope(s)

    def only_news_days(self, s: int) -> bool:
        """Whether every day named earlier in the paragraph of `s` is the day something was said or
        published ("Amnesty's global report was published on Tuesday"): the day of the news, which a
        review's figures told after it are not of (period_statistics.statistic_context)."""
        scope = self._day_scope(s)
        return all(day_of_saying(self.f.text, d) for d in self.day_dates if d.start >= scope)

    def inherited(self, s: int) -> tuple:
        """The period of an undated incident: the last day named earlier in its paragraph or in the
        heading line just above it, else the publication day (refined later from the next
        sentences, see refine_weak)."""
        p_start = self._day_scope(s)
        if self.day_dates and self.day_dates[-1].start >= p_start:
            return self.resolve(self.day_dates[-1])
        return self.f.published, self.f.published

    def place(self, c: Count, t: Trigger | None, s: int, e: int) -> str | None:
        f = self.f
        return place_of(f.text, inside(f.places, s, e), inside(f.dates, s, e), inside(f.counts, s, e), c, t, s, e)

    def site(self, c: Count, t: Trigger | None, s: int, e: int) -> str | None:
        """The place of a count when it is narrower than a country: "509 people were sentenced to
        death in Egypt" names where a figure was counted, as a statistic does, not the site of one
        incident ("in Shiraz", "at Evin Prison"). None for a country or no place."""
        place = self.place(c, t, s, e)
        bare = place and re.sub(r"^the\s+", "", place, flags=re.IGNORECASE)
        if place and any(re.sub(r"^the\s+", "", self.f.text[m.start:m.end], flags=re.IGNORECASE) == bare
                         for m in inside(self.f.countries, s, e)):
            return None
        return place

    def country_at(self, pos: int, s: int) -> str:
        """The country of a figure at `pos` in the sentence starting at `s`: the last country named
        before it in the sentence, else that of the claim before it in its paragraph ("In Saudi
        Arabia executions tripled ... Eighty-five of them were ..."), else the report's. A
        nationality ("five Pakistani nationals", "an Egyptian fisherman") is who, not where."""
        after = next((m for m in inside(self.f.countries, pos, min(pos + 80, self.f.sentences[-1][1]))
                      if _IN_BEFORE.search(self.f.text, max(0, m.start - 4), m.start) and not self.nationality(m)
                      # (a comma inside a figure, "3,975 of them in Iran", is none)
                      and not re.search(r"[;:]|,(?!\d)|\.\s", self.f.text[pos:m.start])), None)   # never past its sentence
        if after is not None:
            return after.iso   # "180 people had been executed in the kingdom": where, said right after the figure
        before = [m for m in inside(self.f.countries, s, pos + 1) if m.start < pos and not self.nationality(m)]
        if before:
            return before[-1].iso
        p = self.paragraph(s)
        p_start = self.f.paragraphs[p][0] if p >= 0 else 0
        earlier = [d for d in self.drafts if p_start <= d.span[0] < s]
        if earlier:
            return earlier[-1].country
        return self.country_of_sentence_before(s, p_start) or self.paragraph_subject(p_start) or self.country

    def paragraph_subject(self, p_start: int) -> str | None:
        """"China, the report said, continued to publicise selected executions. ... The father and his
        girlfriend had been sentenced to death in 2021": a paragraph that opens on a country's name
        (or "In <country>,"), or under a line that is only a country's name ("Iraq:"), is about that
        country throughout; else None."""
        p = self.paragraph(p_start)
        if p >= 1 and heading_alone(self.f.text, *self.f.paragraphs[p - 1]):
            p_start = self.f.paragraphs[p - 1][0]
        m = next(iter(inside(self.f.countries, p_start, p_start + 40)), None)
        if m is None or self.nationality(m) or not _OPENS_ON.fullmatch(self.f.text, p_start, m.start):
            return None
        return m.iso

    def country_of_sentence_before(self, s: int, p_start: int) -> str | None:
        """"Iran carried out most of the region's executions. Its total rose from 314 in 2021 to
        576 in 2022": a sentence opening on "its" or "their", or whose figure is told of a place
        "there" ("Drug executions there dropped from 221 to 23"), speaks of the last country the
        sentence before it (in its paragraph) named, not a nationality; else None."""
        k = self.sentence(s)
        if not (_POSSESSIVE_OPENER.match(self.f.text, s)
                or _THERE_SUBJECT.search(self.f.text, s, self.f.sentences[max(k, 0)][1])):
            return None
        if k < 1 or self.f.sentences[k - 1][0] < p_start:
            return None
        ps, pe = self.f.sentences[k - 1]
        named = [m for m in inside(self.f.countries, ps, pe) if not self.nationality(m)]
        return named[-1].iso if named else None

    def nationality(self, m) -> bool:
        """Whether a country word is not where things happened: a nationality ("five Pakistani
        nationals"), a border ("near the border with Afghanistan") or a country left out ("outside
        China"), where a person went ("lured to Iraq") or an attacker ("the Taliban attack")."""
        return any(apart(self.f.text, m) for apart in (nationality, borders_on, left_out, went_to, attack_by))
