"""Persian and Arabic mentions into claims, sentence by sentence.

The rules are the English ones where the grammar allows (extract/assemble.py), with the same
rule ids (extract/rules.py): a count is a claim only when a trigger in its sentence says what
happened to those people, or when it names executions itself ("۸۳ اعدام"); its period is the
date written with it, else (an execution) the last day named in its paragraph or the report's
day, while a death sentence or an imminent execution takes only a date of its own sentence
(SCHEMA.md); a period longer than an incident makes a statistic. What Persian and Arabic add:

1. the verb counts: "نوید افکاری ... اعدام شد" (third person singular) is one person when no
   number goes with the trigger; "تنفيذ حكم القتل بمواطن" (a singular person noun) too;
2. the tense dates: a death sentence or a transfer told in the pluperfect ("محکوم شده بودند",
   "كان ... قد") in a report of an execution is the lead-up to it, not news (reject.background);
3. a headline noun phrase ("اعدام سه زندانی") is a trigger only right before its count.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ..assemble import Rejection
from ..claims import Claim
from ..notions import INCIDENT_MAX_DAYS, OFFENCES
from .calendars import DateMention, calendars
from .comparisons import Comparing
from .names import Naming
from .dating import Dating
from .drafts import Draft, merge, overlap, paragraph_starts, sentences
from .mentions import (CountMention, TriggerMention, find_counts, find_labelled, find_ordinals, find_places, find_totals,
                       find_triggers)
from .normal import Folded, fold
from ..lexicon import words
from .vocab import Vocabulary, vocabulary

_OBJECT_AFTER = re.compile(r"[\s\u200c]*را(?![\w\u200c])")   # "او را": the pronoun is the object
_INLINE_ROW = re.compile(r"(?P<label>[^\s()،,؛:\d]+(?:[ \u200c][^\s()،,؛:\d]+){0,2})\s*\((?P<num>\d{1,4})\)")
_W = words("persian-arabic.yaml")
_VAGUE = frozenset(_W.value("vague_quantities"))
_PLURAL_ENDINGS = tuple(_W.value("plural_endings"))
_COUNTRY_AFTER = re.compile(rf"(?:{_W['country_prepositions']})\s*$")
_NOMINAL_GAP = 30       # characters between a headline noun ("اعدام") and the count it governs
_OTHER_ACTION_GAP = 40  # characters after a count within which an arrest or a killing takes it


def report_country(v: Vocabulary, lead: str) -> str:
    """The country a report is about: the first country named in its headline and lead, else the
    language's default (Persian: Iran; Arabic: Saudi Arabia, whose announcements dominate)."""
    text = fold(lead).text
    found = [f for f in find_labelled(v.countries, text, 0, len(text))
             if not v.nationality.search(text, max(0, f.start - 20), f.start)]   # "تبعه افغانستان": who, not where
    return found[0].label if found else v.default_country


class _Field(Dating, Comparing, Naming):
    """Assembly state for one field (title or text)."""

    def __init__(self, v: Vocabulary, name: str, original: str, published: date | None, country: str, lead: str = ""):
        self.v, self.name, self.original, self.published, self.country = v, name, original, published, country
        self.lead = lead   # headline and first lines: an execution told there makes pluperfect sentences its lead-up
        self.folded: Folded = fold(original)
        self.text = self.folded.text
        self.sentences = sentences(self.text)
        self.paragraphs = paragraph_starts(self.text)
        self.dates = calendars(v.lang).find(self.text, published) if published else []
        self.drafts: list[Draft] = []
        self.rejections: list[Rejection] = []
        self.day_dates: list[DateMention] = []
        self.any_execution = False
        self.ignored: set[int] = set()   # dates that are really the number of a count

    # helpers ----------------------------------------------------------------------------
    def paragraph_of(self, pos: int) -> int:
        return self.paragraphs[bisect_right(self.paragraphs, pos) - 1]

    def reject(self, s: tuple, start: int, end: int, rule: str) -> None:
        os_, oe = self.folded.span(*s)
        cs, ce = self.folded.span(start, end)
        self.rejections.append(Rejection(self.name, self.original[cs:ce], cs, ce, rule, self.original[os_:oe]))

    def dates_in(self, s: int, e: int) -> list[DateMention]:
        return [d for d in self.dates if s <= d.start < e and id(d) not in self.ignored]

    # the pass ------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        all_triggers = [find_triggers(self.v, self.text, s, e) for s, e in self.sentences]
        self.any_execution = any(t.event == "executed" and not t.negated and not t.nominal for ts in all_triggers for t in ts)
        for (s, e), triggers in zip(self.sentences, all_triggers):
            self.sentence(s, e, triggers)
            self.comparisons(s, e)
            self.day_dates.extend(d for d in self.dates_in(s, e) if d.is_day)
        return [self.claim(d) for d in merge(self.drafts)]

    def sentence(self, s: int, e: int, triggers: list[TriggerMention]) -> None:
        v, text = self.v, self.text
        found = find_counts(v, text, s, e)
        # a bare year that is the number of a count ("۲۰۲۳ نفر") is the count's; any other date wins
        self.ignored |= {id(d) for d in self.dates_in(s, e) if d.bare and any(c.num_start == d.start for c in found)}
        counts = self.joined([c for c in found if not any(d.start <= c.num_start < d.end for d in self.dates_in(s, e))], s, e)
        for event, total in find_totals(v, text, s, e):
            if any(d.start <= total.num_start < d.end for d in self.dates_in(s, e)):
                continue
            counts = [c for c in counts if c.num_start != total.num_start]
            self.drafts.append(self.draft(s, e, total, event, None, counts + [total]))
        by_ordinal: set[int] = set()
        for c in find_ordinals(v, text, s, e):
            t = next((t for t in triggers if t.start >= c.end and not t.negated and not t.nominal), None)
            if t is not None:
                by_ordinal.add(id(t))
                counts = [x for x in counts if x.end <= c.start or x.start >= c.end]
                self.ordinal(s, e, c, t)
        executed_noun = v.executed_nouns.search(text, s, e)
        self.inline_rows(s, e, counts)
        if not triggers and not executed_noun and not any(c.noun == "execution" for c in counts):
            for c in counts:
                part = self.part_of(s, e, c)
                if part is not None and self.place(s, e, c):
                    self.drafts.append(self.draft(s, e, c, part.event, None, counts, part))
                else:
                    row = v.death_row.search(text, c.end, min(e, c.end + 40))
                    self.reject((s, e), c.start, c.end, "reject.death_row" if row else "reject.no_event")
            return
        used: set[int] = set()
        for c in counts:
            t = self.trigger_for(c, triggers)
            draft = self.from_count(s, e, c, t, triggers, counts, executed_noun)
            if draft is not None:
                if t is not None:
                    used.add(id(t))
                self.drafts.append(draft)
        # "X اعدام شد": a singular verb with no number is one person
        for t in triggers:
            if id(t) in used or id(t) in by_ordinal or t.negated or t.nominal or t.phrase in v.impersonal:
                continue
            event = self.scheduled(s, t) or t.event
            if event == "executed" and t.tense in ("future", "present"):
                continue   # "قرار بود حکمشان اجرا شود": a plan, not an execution
            if any(c.start < t.end and t.start - c.end < 120 for c in counts if c.start < t.start) and t.number != "sg":
                continue
            if any(c.value == 1 and 0 <= t.start - c.end < 120 for c in counts):
                continue   # "دست کم یک نفر که ... اعدام شده است": the singular verb of the one already counted
            if t.number == "pl" and not any(c.start < t.start for c in counts) and self.named_groups(s, e, t):
                continue   # "X در اراک، Y و Z در قم ... به دار آویخته شدند": one each, by place
            singular = t.number == "sg" or (v.singular_people is not None and v.singular_people.match(text, t.end, e)) \
                or self.singular_object(s, t)
            dual = not singular and v.lang == "ar" and v.dual.search(text, t.end, min(e, t.end + 60))
            if not (singular or dual) or any(self.trigger_for(c, triggers) is t for c in counts):
                continue
            if v.denials.search(text, s, e):
                self.reject((s, e), t.start, t.end, "reject.no_event")
                continue
            if t.event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()):
                self.reject((s, e), t.start, t.end, "reject.background")
                continue
            subject = v.pronouns.search(text, s, min(t.end, s + 30))
            if subject and not _OBJECT_AFTER.match(text, subject.end()) and any(d.event == event for d in self.drafts):
                self.reject((s, e), t.start, t.end, "reject.told_again")   # "حکم او ... اجرا شد": told before
                continue
            if event == "executed" and "حکم" in t.phrase and any(d.event == "executed" for d in self.drafts) \
                    and re.fullmatch(r"حکم(?:ش|[\s\u200c]+(?:او|وی|این[\s\u200c]+\S+))?[\s\u200c]+(?:به[\s\u200c]+)?اجرا[\s\u200c]*\S*(?:[\s\u200c]+\S+)?",
                                     text[t.start:t.end]):
                # "... و حکم اجرا شد", "حکمش اجرا شد": the sentence of someone told of, carried out as told
                self.reject((s, e), t.start, t.end, "reject.told_again")
                continue
            one = CountMention(2 if dual else 1, "exact", "singular", t.start, t.end, t.start)
            draft = self.draft(s, e, one, event, t, counts)
            draft.rules[1] = "count.dual" if dual else "count.verb_singular" if t.number == "sg" else "count.singular_noun"
            self.drafts.append(draft)

    def ordinal(self, s: int, e: int, c: CountMention, t: TriggerMention) -> None:
        """"ششمین معترضی است که پس از خیزش ... اعدام می شود": a running total from the start its
        sentence names (since a day or an event, or this year) to the report's day; none without one."""
        dates = self.dates_in(s, e)
        first = next((d for d in dates if d.since), None) \
            or next((d for d in dates if d.period_start < self.published <= d.period_end), None)
        if first is None:
            self.reject((s, e), c.start, c.end, "reject.span_without_start")
            return
        country, stated = self.country_in(s, c.start)
        rules = [f"trigger.{t.event}:{t.phrase}", "count.ordinal", "qualifier.exact",
                 "period.since_anchor" if first.since else "period.stated", "kind.aggregate.ordinal",
                 "country.stated" if stated else "country.report"]
        self.drafts.append(Draft(t.event, c.value, "exact", (first.period_start, min(first.period_end, self.published)),
                                 "aggregate", country, self.offences(s, e), None, (s, e), (c.start, c.end), rules))

    def joined(self, counts: list[CountMention], s: int, e: int) -> list[CountMention]:
        """Persian, "سه مرد و یک زن بلوچ ... اعدام شدند": two counts of people joined by "و" (an
        adjective at most between) are one group of their sum under one verb; not in a breakdown,
        whose parts stay parts."""
        if self.v.lang != "fa" or self.v.breakdown.search(self.text, s, e):
            return counts
        out: list[CountMention] = []
        for c in counts:
            prev = out[-1] if out else None
            if prev is not None and prev.noun == c.noun == "person" and c.qualifier == "exact" \
                    and re.fullmatch(r"(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+)?[\s\u200c]+و[\s\u200c]+", self.text[prev.end:c.start]):
                out[-1] = CountMention(prev.value + c.value, prev.qualifier, "person", prev.start, c.end, prev.num_start)
                continue
            out.append(c)
        return out

    def told_execution(self) -> bool:
        """Whether the report tells an execution anywhere, the headline too ("... اعدام شد"), though
        no trigger of this field was read: a sentence in the pluperfect is then its lead-up."""
        head = fold(self.lead).text
        return any(t.event == "executed" and not t.negated and t.tense in ("past", "perfect")
                   for t in find_triggers(self.v, head, 0, len(head)))

    def inline_rows(self, s: int, e: int, counts) -> None:
        """"خوزستان (۲۹)، اصفهان (۲۳) و کرمان (۱۶)" after a statistic: each place of the gazetteer
        with a bracketed number is a part of that statistic, over its period."""
        context = self.statistic(s)
        if context is None or context.event != "executed":
            return
        for m in _INLINE_ROW.finditer(self.text, s, e):
            words = m.group("label").split()
            # the label's last one to three words: "و کرمان (۱۶)" is Kerman
            label = next((" ".join(words[-k:]) for k in (3, 2, 1) if k <= len(words)
                          and self.v.places.fullmatch(" ".join(words[-k:]))), None)
            if label is None or any(c.start <= m.start("num") < c.end for c in counts):
                continue
            value = int(m.group("num"))
            if value >= context.count:
                continue
            a, b = self.folded.span(m.end("label") - len(label), m.end("label"))
            draft = Draft(context.event, value, "exact", context.period, "aggregate", context.country, (),
                          self.original[a:b].strip(), (s, e), (m.start(), m.end()),
                          [f"event.{context.event}", "table.inline_row", "qualifier.exact", "period.context",
                           "location.table_label", "kind.of_context", "country.report"])
            self.drafts.append(draft)

    def singular_object(self, s: int, t: TriggerMention) -> bool:
        """Persian, an active verb ("... را به اعدام محکوم کرد"): its object before "را" is one person
        when it is "او"/"وی" or a phrase with neither a plural ending nor "و" joining names."""
        if self.v.lang != "fa" or "{کردن}" not in t.phrase:
            return False
        m = None
        for m in re.finditer(r"(?<![\w\u200c])را(?![\w\u200c])", self.text[s:t.start]):
            pass
        if m is None:
            return False
        words = re.findall(r"[\w\u200c]+", self.text[s:s + m.start()])[-4:]
        if not words:
            return False
        if words[-1] in ("او", "وی"):
            return True
        return not any(w == "و" or w.endswith(_PLURAL_ENDINGS) or w in self.v.numbers or w in _VAGUE
                       for w in words[-3:])

    def trigger_for(self, c: CountMention, triggers: list[TriggerMention]) -> TriggerMention | None:
        """The trigger a count belongs to: the nearest in its sentence, a headline noun only right
        before the count ("اعدام سه زندانی"). Persian puts the verb last, Arabic first; distance
        decides, ties go to the verb after the count."""
        best, best_gap = None, None
        main = [t for t in triggers if t.start >= c.end and not self.in_relative_clause(c.end, t.start)]
        if self.v.lang == "fa" and main and len(main) < len([t for t in triggers if t.start >= c.end]):
            triggers = [t for t in triggers if t.start < c.end] + main
        for t in triggers:
            if t.nominal:
                if not (0 <= c.start - t.end <= _NOMINAL_GAP and "،" not in self.text[t.end:c.start]):
                    continue
                gap = c.start - t.end
            elif t.start >= c.end:
                gap = t.start - c.end
            elif t.end <= c.start:
                gap = c.start - t.end + 1
            else:
                gap = 0
            if best_gap is None or gap < best_gap:
                best, best_gap = t, gap
        return best

    def scheduled(self, s: int, t: TriggerMention) -> str | None:
        """"imminent" for an execution told in the future after a word of schedule or risk
        ("ممکن است روز دوشنبه اعدام شود"); None otherwise."""
        if t.event == "executed" and t.tense == "future" and self.v.schedule.search(self.text, s, t.start):
            return "imminent"
        return None

    def in_relative_clause(self, start: int, end: int) -> bool:
        """Whether `end` lies inside a relative clause opened after `start` ("سه زندانی که پیش تر
        به اعدام محکوم شده بودند، ... اعدام شدند": the clause's verb is not the count's)."""
        m = None
        for m in re.finditer(r"(?<!\S)که(?!\S)", self.text[start:end]):
            pass
        return m is not None and "،" not in self.text[start + m.end():end]

    def from_count(self, s, e, c: CountMention, t: TriggerMention | None, triggers, counts, executed_noun) -> Draft | None:
        v, text = self.v, self.text
        if v.rate_tail.match(text, c.end, e):
            return self.reject((s, e), c.start, c.end, "reject.rate")
        if t is not None and t.phrase in v.cases_only and c.noun in ("person", "partitive"):
            t = None   # "نفذت" counts executions carried out, not people
        part = self.part_of(s, e, c)
        if part is not None and part.kind == "aggregate" and t is not None and t.event != part.event \
                and t.tense == "pluperfect":
            t = None   # "از میان اعدام شدگان، ۱۱ نفر ... به اعدام محکوم شده بودند": a part of the executed
        if t is None and v.death_row.search(text, c.end, min(e, c.end + 40)):
            return self.reject((s, e), c.start, c.end, "reject.death_row")   # "۳۰ زندانی محکوم به اعدام"
        # "۱۷ نفر از اعدام شدگان", "٢٣٢ من بين الذين أعدموا": some of the executed
        after = v.executed_nouns.search(text, c.end, min(e, c.end + 25))
        partitive = after is not None and re.search(r"(?<![\w\u200c])(?:از|من)(?![\w\u200c])", text[c.end:after.start()])
        if partitive and part is None:
            part = self.part_of(s, e, c, marked=True)   # "سه تن از اعدام شدگان": some of those just told
        if t is None:
            if c.noun == "execution":
                event = "executed"
            elif part is not None or partitive:
                event = part.event if part is not None else "executed"   # "۱۷ نفر از اعدام شدگان"
            else:
                return self.reject((s, e), c.start, c.end, "reject.no_event")
        else:
            event = t.event
            if c.noun == "execution" and t.event == "imminent" and t.nominal is False and not t.start > c.end:
                event = "executed"
            event = self.scheduled(s, t) or event
        if t is not None and v.seeking.search(text, max(s, t.start - 25), t.end):
            return self.reject((s, e), c.start, c.end, "reject.no_event")   # "در پی صدور حکم اعدام برای ۲۱ نفر": sought, not issued
        if t is not None and t.negated or v.denials.search(text, s, e) and event == "executed":
            return self.reject((s, e), c.start, c.end, "reject.no_event")
        if t is not None and event == "executed" and t.tense in ("future", "present"):
            return self.reject((s, e), c.start, c.end, "reject.no_event")   # "قرار بود حکمشان اجرا شود": not done
        other = v.other_actions.search(text, c.end, min(e, c.end + _OTHER_ACTION_GAP))
        if other and (t is None or t.start > other.start() or t.end <= c.start) and c.noun in ("person", "partitive"):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        before = v.other_actions.search(text, max(s, c.start - 25), c.start) \
            or v.victims.search(text, max(s, c.start - 25), c.start)
        if before and c.noun in ("person", "partitive") and (t is None or t.end <= before.start() or t.start >= c.end):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        row = v.death_row.search(text, c.end, min(e, c.end + 40))
        if row and t is None:
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if row and t is not None and t.end <= c.start and row.start() - c.end <= 12 and "،" in text[t.end:c.start]:
            # "أُعدم أكثر من ٦٠٠ شخص ...، بينما يوجد ٢٠٥ محكومين بالإعدام": the verb is another clause's
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if t is not None and event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()):
            return self.reject((s, e), c.start, c.end, "reject.background")
        if part is not None and part.kind == "event" and self.own_date(s, e, c, counts, t) is None \
                and not self.place(s, e, c, own=True):
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")   # "سه تن از اعدام شدگان"
        draft = self.draft(s, e, c, event, t, counts, part)
        undated = "period.inherited" in draft.rules or draft.period[0] is None
        if draft.kind == "event" and undated \
                and (v.statistics.search(text, s, e) or v.so_far.search(text, s, e)):
            # "شمار ... به هفت نفر رسید", "در این بازه ۸۸ زندانی", "تاکنون ... برای ۱۰ معترض": a
            # statistic whose span is not told here; the report's day would make it an incident
            return self.reject((s, e), c.start, c.end, "reject.span_without_start")
        if part is not None and part.kind == "event" and draft.period[1] is not None and part.period[0] is not None \
                and draft.period[1] < part.period[0]:
            # "خمسة ... أربعة منهم أدينوا في تفجير عام ٢٠١٥": the year is of their crime, they are part of the incident
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
        return draft

    def part_of(self, s: int, e: int, c: CountMention, marked: bool = False) -> Draft | None:
        """The claim a count breaks down ("شش زندانی سیاسی ... در میان اعدام شدگان", "اثنان منهم"):
        the last claim of this or the previous paragraph when a breakdown word is beside the count."""
        v, text = self.v, self.text
        # "... در میان اعدام شدگان" after the count, or before it anywhere in its sentence (a list:
        # "در میان اعدام شدگان ماه گذشته سه زن، چهار تبعه افغانستان، ۳۵ شهروند بلوچ")
        marker = marked or c.noun == "partitive" or v.breakdown.search(text, c.end, min(e, c.end + 60)) \
            or v.breakdown.search(text, s, c.start)
        if not marker:
            return None
        p = self.paragraph_of(s)
        earlier = [q for q in self.paragraphs if q < p]
        since = earlier[-1] if earlier else 0
        # (a figure given for comparison is no statistic the next sentence splits)
        context = [d for d in self.drafts if d.span[0] >= since and d.span[0] < c.start and d.count > c.value
                   and "count.comparison" not in d.rules]
        if not context:
            return None
        # "وكانت أعلى حصيلة سابقة ١٩٠ في ٢٠١٩ ... وبلغ عدد الأجانب بين المعدومين ٩٠": a breakdown splits the
        # report's current figure (told up to three paragraphs before), not one of a span wholly before it
        earlier = [q for q in self.paragraphs if q <= s]
        wide = earlier[-4] if len(earlier) >= 4 else 0
        last = context[-1]
        newer = [d for d in self.drafts if d.span[0] >= wide and d.span[0] < c.start and d.count > c.value
                 and "count.comparison" not in d.rules and d.period[1] is not None and last.period[1] is not None
                 and d.period[0] is not None and d.period[0] > last.period[1]]
        return max(newer, key=lambda d: (d.period[1], d.span[0])) if newer else last

    def draft(self, s, e, c: CountMention, event: str, t: TriggerMention | None, counts, part: Draft | None = None) -> Draft:
        noun = {"execution": "execution", "case": "execution", "total": "total"}.get(c.noun, "person")
        rules = [f"trigger.{event}:{t.phrase}" if t is not None else f"event.{event}",
                 f"count.{noun}", f"qualifier.{c.qualifier}"]
        own = self.own_date(s, e, c, counts, t)
        weak = False
        own_year = own.period_start.year if own is not None and (own.period_end - own.period_start).days > 300 else None
        if own_year is not None and self.same_period_of(s, e, c) and self.statistic() is not None:
            own = None   # the year is the comparison's, the span is the statistic's
        current = self.statistic(s) if own is not None and own.relative else None
        month = self.report_month(s, own) if own is not None and own.relative else None
        if month is not None:
            period = month   # "در این ماه ۹ زن": the month the report counts, not the one it came out in
            rules.append("period.report_month")
        elif current is not None and part is not None and overlap(current.period, (own.period_start, own.period_end)) > 0:
            # "در میان اعدام شدگان ماه گذشته": the month of the report's current figure (its own calendar)
            period = current.period
            rules += ["part.breakdown", "period.context"]
        elif own is not None:
            period = (own.period_start, own.period_end)
            rules.append("period.since_anchor" if own.since else "period.stated")
        elif part is None and self.announced_span(s, e) is not None:
            span = self.announced_span(s, e)   # "در این بازه دست کم ۸۸ زندانی ..."
            period = (span.period_start, span.period_end)
            rules.append("period.statistic_span")
        elif part is not None:
            period = part.period
            rules += ["part.breakdown", "period.context"]
        elif event != "executed" and self.follow_up_date(e) is not None:
            # "سه زندانی ... حکم اعدام گرفته اند. این سه نفر پاییز سال گذشته محکوم شدند"
            d = self.follow_up_date(e)
            period = (d.period_start, d.period_end)
            rules.append("period.stated")
        elif event != "executed" and self.any_execution:
            period = (None, None)   # the lead-up to an execution the report tells: dated only by its own date
        elif event != "executed":
            period, weak = self.inherited(s), True   # the news itself: told the day the report names
            rules.append("period.inherited")
        elif self.v.so_far.search(self.text, s, e) and self.statistic() is not None:
            period = (self.statistic().period[0], self.published)
            rules.append("period.so_far")
        elif self.same_period_of(s, e, c) and self.statistic() is not None and own_year is not None:
            # "در همین مدت در سال ۲۰۲۴، ۱۹۵ نفر": the span of the statistic just told, moved to the year named
            period = tuple(p.replace(year=p.year + own_year - self.statistic().period[1].year) for p in self.statistic().period)
            rules.append("period.same_period")
        elif (c.value > 1 or any(o.value > 1 for o in counts if o is not c)) and c.noun != "singular" \
                and not self.day_in_paragraph(s) and self.statistic(s) is not None:
            # "دست کم ۲۵۶ نفر ... اعدام شده اند" under an annual figure: a part of that statistic
            period = self.statistic(s).period
            rules.append("period.statistic_context")
        else:
            period, weak = self.inherited(s), True
            rules.append("period.inherited")
        place = self.place(s, e, c)
        if c.noun == "total":
            kind = "aggregate"
            rules.append("kind.aggregate.total")
        elif part is not None and own is None:
            kind = part.kind
            rules.append("kind.of_context")
        elif period[0] is not None and ((period[1] - period[0]).days > INCIDENT_MAX_DAYS or own is not None and own.since):
            # (a figure "since the start of the year" is a statistic even a few days into it)
            kind = "aggregate"
            rules.append("kind.aggregate.span")
        else:
            kind = "event"
            rules.append("kind.event.place" if place else "kind.event.day" if own is not None and own.is_day
                         else "kind.event.inherited")
        if event != "imminent" and period[0] is not None and self.published and period[0] <= self.published < period[1]:
            period = (period[0], self.published)   # "در سال ۲۰۲۵" told in July ends in July
            rules.append("period.ends_by_publication")
        country, stated = self.country_in(s, c.start)
        rules.append("country.stated" if stated else "country.report")
        offences = self.offences(s, e)
        if kind == "event":
            nxt = next((x for x in self.sentences if x[0] >= e), None)
            if nxt is not None and self.v.follow_on.match(self.text, nxt[0]):
                # "او پیش تر به اتهام قتل ... محکوم شده بود": the charge of the person just told of
                offences = tuple(o for o in OFFENCES if o in set(offences) | set(self.offences(*nxt)))
        return Draft(event, c.value, c.qualifier, period, kind, country, offences,
                     place if kind == "event" else None, (s, e), (c.start, c.end), rules, weak)

    def place(self, s: int, e: int, c: CountMention, own: bool = False) -> str | None:
        """The prison or town nearest the count in its sentence (`own`: only one right after it,
        "اثنان منهم في تبوك")."""
        found = find_places(self.v, self.text, s, e)
        if own:
            found = [f for f in found if 0 <= f.start - c.end <= 12]
        if not found:
            return None
        prisons = [f for f in found if f.label == "prison"] or found
        near = min(prisons, key=lambda f: abs(f.start - c.end))
        a, b = self.folded.span(near.start, near.end)
        return self.original[a:b]

    def country_in(self, s: int, pos: int) -> tuple[str, bool]:
        """A country named as where ("در عراق", "في العراق") in the sentence, else the report's."""
        for f in find_labelled(self.v.countries, self.text, s, pos + 200):
            if f.label == self.country:
                continue
            if _COUNTRY_AFTER.search(self.text[max(s, f.start - 4):f.start]):
                return f.label, True
            # the subject opening the sentence ("عربستان سعودی شمار اعدام ها را ... رساند"; Arabic after
            # its verb: "ورفعت السعودية عدد ...") is whose figures these are
            if f.start < pos and len(self.text[s:f.start].split()) <= (1 if self.v.lang == "ar" else 0) \
                    and not self.v.nationality.search(self.text, max(s, f.start - 20), f.start):
                return f.label, True
        return self.country, False

    def offences(self, s: int, e: int) -> tuple:
        found = {f.label for f in find_labelled(self.v.offences, self.text, s, e)}
        return tuple(o for o in OFFENCES if o in found)

    def claim(self, d: Draft) -> Claim:
        s, e = self.folded.span(*d.sentence)
        return Claim(d.event, d.country, d.count, d.qualifier, d.period[0], d.period[1], d.kind, d.offences,
                     d.location, (), self.original[s:e].strip(), self.name, s, e, tuple(dict.fromkeys(d.rules)))


def assemble_field(lang: str, name: str, original: str, published: date | None, lead: str) -> tuple[list[Claim], list[Rejection]]:
    """The claims of one field (title or text) of a Persian or Arabic report and the candidates
    rejected on the way. `lead` is the headline and first lines, where the report's country is read."""
    v = vocabulary(lang)
    f = _Field(v, name, original, published, report_country(v, lead), lead)
    claims = f.run()
    return claims, f.rejections
