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

The pass over the field is here (_Field.run, .sentence); the refusals and the draft of one count
are in count_drafts.py, the other readings in the mixins _Field is made of.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from ..assemble import Rejection
from ..claims import Claim
from .calendars import DateMention, calendars
from .comparisons import Comparing
from .corrected import corrected_reports
from .count_drafts import CountDrafts
from .group_parts import GroupParts
from .governing import Governing
from .lead_up import LeadUp
from .link_lines import link_spans
from .list_rows import ListRows
from .each_of import EachOf
from .each_place import EachPlace
from .names import Naming
from .parts import Parting
from .table_rows import TableRows
from .dating import Dating
from .draft_country import WORLD, DraftCountry, report_country
from .draft_fields import DraftFields
from .drafts import Draft, headline_sums, merge, paragraph_starts, rounded_restatements, sentences, subheadings
from .mentions import CountMention, TriggerMention, find_counts, find_ordinals, find_totals, find_triggers
from .normal import Folded, fold
from .not_executed import denial, singled_out, transfer_alone
from .rankings import ranked_parts
from .figures_with import figures_with
from .other_dates import OtherDates
from .report_span import ReportSpan
from ..support import stated, with_support
from ..lexicon import words
from .vocab import Vocabulary, vocabulary

_AFTER_SEMICOLON = re.compile(r"[؛;][\s\u200c]*\Z")
_PA = words('persian-arabic.yaml')
_OBJECT_AFTER = re.compile(rf"[\s\u200c]*(?:{_PA['object_markers']})(?![\w\u200c])")   # "او را": the pronoun is the object
# "حکم او اجرا شد", "حکمش به اجرا درآمد", "حکم این زندانی اجرا شد" (the whole trigger)
_SENTENCE_TOLD = re.compile(
    rf"(?:{_PA['sentence_nouns']})(?:(?:{_PA['sentence_possessive_suffixes']})|[\s\u200c]+(?:{_PA['sentence_possessors']}"
    rf"|(?:{_PA['sentence_demonstratives']})[\s\u200c]+\S+))?[\s\u200c]+(?:(?:{_PA['sentence_to']})[\s\u200c]+)?"
    rf"(?:{_PA['sentence_carried_out']})[\s\u200c]*\S*(?:[\s\u200c]+\S+)?")
_SENTENCE_NOUN = re.compile(rf"(?:{_PA['sentence_nouns']})")
_THIS_SENTENCE = re.compile(rf"(?<![\w\u200c])(?:{_PA['sentence_demonstratives']})[\s\u200c]+(?:{_PA['sentence_nouns']})(?![\w\u200c])")
_YEAR_EDGE = re.compile(rf"(?<![\w\u200c])(?:{_PA['month_edges']})[\s\u200c]*(?:(?:{_PA['edge_year_words']})[\s\u200c]*)?\Z")
_EDGE_REACH = 16   # characters before a year within which "أواخر" (late) makes it a year
_RANK_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['rank_openers']})[\s\u200c]+\Z")


class _Field(DraftFields, DraftCountry, Dating, OtherDates, ReportSpan, Comparing, Naming, Governing, Parting,
             TableRows, LeadUp, EachPlace, EachOf, CountDrafts, GroupParts, ListRows):
    """Assembly state for one field (title or text)."""

    def __init__(self, v: Vocabulary, name: str, original: str, published: date | None, country: str, lead: str = ""):
        self.v, self.name, self.original, self.published, self.country = v, name, original, published, country
        self.lead = lead   # headline and first lines: an execution told there makes pluperfect sentences its lead-up
        self.headline = fold(lead).text.split("\n", 1)[0]
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
        self.unbound: set[int] = set()   # counts of a main clause whose trigger is another clause's

    # helpers ----------------------------------------------------------------------------
    def paragraph_of(self, pos: int) -> int:
        return self.paragraphs[bisect_right(self.paragraphs, pos) - 1]

    def paragraph_around(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.paragraphs, pos)
        return self.paragraphs[i - 1], self.paragraphs[i] if i < len(self.paragraphs) else len(self.text)

    def reject(self, s: tuple, start: int, end: int, rule: str) -> None:
        os_, oe = self.folded.span(*s)
        cs, ce = self.folded.span(start, end)
        self.rejections.append(Rejection(self.name, self.original[cs:ce], cs, ce, rule, self.original[os_:oe]))

    def dates_in(self, s: int, e: int) -> list[DateMention]:
        return [d for d in self.dates if s <= d.start < e and id(d) not in self.ignored]

    # the pass ------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        all_triggers = [find_triggers(self.v, self.text, s, e) for s, e in self.sentences]
        # (an execution to come, "حکم ... ظرف یک هفته اجرا می شود", is no execution told: a report of one
        # about to happen dates its warning by the day it names)
        self.any_execution = any(t.event == "executed" and not t.negated and not t.nominal
                                 and not t.to_come for ts in all_triggers for t in ts)
        before: list[TriggerMention] = []
        links = link_spans(self.v.lang, self.text, self.paragraphs)
        for (s, e), triggers in zip(self.sentences, all_triggers):
            if any(a <= s < b for a, b in links):
                for c in find_counts(self.v, self.text, s, e):
                    self.reject((s, e), c.start, c.end, "reject.link_line")   # another report's headline
                continue
            carried = []
            if not triggers and self.v.lang == "fa" and _AFTER_SEMICOLON.search(self.text, 0, s) \
                    and not self.v.finite_end.search(self.text, s, e):
                # "... اعدام شده اند؛ ۱۲ نفر در ... و ۱۳ نفر دیگر در ...": the clause goes on with that verb
                carried = [t for t in before if not t.negated and not t.nominal][-1:]
            self.carrying = bool(carried)
            self.sentence(s, e, carried or triggers, carried=self.carrying)
            self.carrying = False
            before = triggers or carried
            self.comparisons(s, e)
            self.members(s, e)
            self.day_dates.extend(d for d in self.dates_in(s, e) if d.is_day and not self.dateline(d)
                                  and not self.other_event_date(d) and not self.issued_day(d))
        # (the report corrected goes before merging: told on the same day at the same place, it would
        # fold into the corrected figure as a restatement)
        corrected = corrected_reports(self.v.lang, self.text, self.headline, self.drafts)
        for d in corrected:
            self.reject(d.sentence, *d.span, "reject.corrected_report")
        merged = merge([d for d in self.drafts if not any(d is x for x in corrected)], self.text if self.v.lang == "ar" else "",
                       lines=self.text if self.v.lang == "fa" else "")
        rounded = rounded_restatements(merged)
        for d in rounded:
            self.reject(d.sentence, *d.span, "merge.rounded")
        merged = [d for d in merged if not any(d is x for x in rounded)]
        sums = headline_sums(merged) if self.v.lang == "fa" else []
        for d in sums:
            self.reject(d.sentence, *d.span, "merge.headline_sum")
        heads = subheadings([d for d in merged if d not in sums], self.text) if self.v.lang == "fa" else []
        for d in heads:
            self.reject(d.sentence, *d.span, "merge.subheading")
        sums += heads
        return [self.claim(d) for d in merged if d.country != WORLD and d not in sums]

    def sentence(self, s: int, e: int, triggers: list[TriggerMention], carried: bool = False) -> None:
        """The drafts of one sentence; `carried`: its trigger is the one of the clause before a
        semicolon, which has told its own people already."""
        v, text = self.v, self.text
        if self.linked_row(s):
            return   # "- منظمة: 11 ناشطاً ..." under "اقرأ أيضاً:": another report's headline
        found = find_counts(v, text, s, e)
        # a bare year that is the number of a count ("۲۰۲۳ نفر") is the count's; any other date wins, and so
        # does a year after an edge of a span ("منذ ... أواخر 2017 أحكاماً بالإعدام": late 2017, no count)
        edged = [d for d in self.dates_in(s, e) if d.bare and _YEAR_EDGE.search(text, max(s, d.start - _EDGE_REACH), d.start)]
        found = [c for c in found if not any(c.num_start == d.start for d in edged)]
        self.ignored |= {id(d) for d in self.dates_in(s, e) if d.bare and any(c.num_start == d.start for c in found)}
        counts = self.joined([c for c in found if not any(d.start <= c.num_start < d.end for d in self.dates_in(s, e))], s, e)
        totalled = False   # a total told here tells executions, as a verb would ("وبلغ إجمالي الإعدامات 189، بينهم 88")
        for event, total in find_totals(v, text, s, e):
            if self.change_end(s, e, total.num_start):
                counts = [c for c in counts if c.num_start != total.num_start]   # the change gives it its year
                continue
            if any(d.start <= total.num_start < d.end for d in self.dates_in(s, e)):
                continue
            counts = [c for c in counts if c.num_start != total.num_start]
            if v.rate_tail.match(text, total.end, e):
                # "شمار اعدام های خود را دو برابر کرد": a multiple, as after any count, no figure
                self.reject((s, e), total.start, total.end, "reject.rate")
                continue
            draft = self.draft(s, e, total, event, None, counts + [total])
            if "period.inherited" in draft.rules:
                # "وبلغ عدد الذين أعدموا ... ٣٠ شخصاً": a total with no start; the report's day would
                # make it an incident of thirty
                self.reject((s, e), total.start, total.end, "reject.span_without_start")
                continue
            self.drafts.append(draft)
            totalled = True
        counts = [c for c in counts if not self.end_of_later_change(s, e, c.num_start)]   # Comparing.change dates it
        by_ordinal: set[int] = set()
        for c in find_ordinals(v, text, s, e):
            if c.noun == "ordinal_execution":
                counts = [x for x in counts if x.end <= c.start or x.start >= c.end]
                self.ordinal(s, e, c, None)
                continue
            t = next((t for t in triggers if t.start >= c.end and not t.negated and not t.nominal), None)
            if t is not None:
                by_ordinal.add(id(t))
                counts = [x for x in counts if x.end <= c.start or x.start >= c.end]
                self.ordinal(s, e, c, t)
        executed_noun = v.executed_nouns.search(text, s, e)
        self.inline_rows(s, e, counts)
        self.label_rows(s, e, counts)
        ranked = ranked_parts(self, s, e) + self.prison_rows(s, e, counts)
        ranked += [d for d in figures_with(self, s, e) if not any(r.span[0] <= d.span[0] < r.span[1] for r in ranked)]
        self.drafts.extend(ranked)
        counts = [c for c in counts if not any(c.start <= r.span[0] < c.end for r in ranked)]
        each = self.each_place(s, e, counts, triggers) + self.each_of(s, e, counts) + self.each_year(s, e, counts, triggers)
        counts = [c for c in counts if not any(c is x for x in each)]
        if not triggers and v.lang == "ar" and self.list_rows(s, e, counts):
            return   # "- يوليو/تموز: 13 حكماً" under "... وفق ما يلي:": what the list's header tells
        if not triggers and not executed_noun and not totalled and not any(c.noun == "execution" for c in counts):
            for c in counts:
                part = self.part_of(s, e, c)
                conjunct = part is None and self.conjunct_of_part(s, c, None)
                if conjunct:
                    part = self.part_of(s, e, c, marked=True)   # "- ۱۳ نفر بلوچ و ۹ نفر کرد بودند؛": the row's second part
                # (a place or a list after a colon says which part: "۲۱ نفر در کرج", "مواد مخدر: ۴۵ نفر"; so does
                # a charge of "some of them": "وكان 7 منهم قد أدينوا بتهمة التجسس")
                if part is not None and (conjunct or self.place(s, e, c, where=True) or c.noun == "partitive" and part.kind == "aggregate"
                                         and self.offences(s, e)
                                         if part.kind == "event" or not self.row(s, e, c) else True):
                    draft = self.draft(s, e, c, part.event, None, counts, part)
                    if conjunct:
                        draft.rules.append("part.conjunct")
                    self.drafts.append(draft)
                else:
                    row = v.death_row.search(text, c.end, min(e, c.end + 40))
                    self.reject((s, e), c.start, c.end, "reject.death_row" if row else "reject.no_event")
            return
        used: set[int] = {id(t) for t in triggers} if carried else set()
        for c in counts:
            t = self.trigger_for(c, triggers)
            draft = self.from_count(s, e, c, t, triggers, counts, executed_noun)
            if draft is not None:
                if t is not None:
                    used.add(id(t))
                self.drafts.append(draft)
        # "X اعدام شد": a singular verb with no number is one person
        for t in triggers:
            if id(t) in used or id(t) in by_ordinal or t.negated or t.phrase in v.impersonal \
                    or t.nominal and not (self.reported_execution(s, t) and self.object_names(s, e, t)):
                continue   # (a bare noun only when reported with the people it names: "أفادت منظمة بإعدام X")
            event = self.scheduled(s, t) or t.event
            if event == "executed" and t.to_come:
                continue   # "قرار بود حکمشان اجرا شود": a plan, not an execution
            if event == "sentenced" and t.tense == "present" and v.lang == "fa":
                # "هر متهم به قتل ... به قصاص محکوم می‌شود": what the law does to anyone, no one's sentence
                self.reject((s, e), t.start, t.end, "reject.no_event")
                continue
            # (a count of the clause of a trigger before, "... پنج نفر را ... اعدام کرده است: X روز ...، Y روز ... به
            # دار آویخته شدند", is that verb's: after its colon, the names tell the people one each)
            clause = max([s] + [x.end for x in triggers if x.end <= t.start])
            colon = clause > s and text[clause:t.start].lstrip().startswith(":")
            if colon and t.number == "pl" and not any(clause <= c.start < t.start for c in counts) \
                    and self.named_groups(s, e, t, triggers):
                continue
            if any(c.start < t.end and t.start - c.end < 120 for c in counts if c.start < t.start) and t.number != "sg":
                self.second_verb(s, e, t, event, triggers, counts)
                continue
            if v.lang == "fa" and self.in_relative_clause(s, t.start) \
                    and any(o.start > t.end and o.event == t.event and not o.negated for o in triggers):
                continue   # "آخرین زنی که در ایران اعدام شد، X بود که ... به دار آویخته شد": the main verb tells it
            if _RANK_BEFORE.search(text, max(s, t.start - 12), t.start) and not self.dates_in(s, e):
                continue   # "نخستین حکم اعدام را در همین ولایت اجرا کردند": the first one, undated, years ago
            if any(c.value == 1 and 0 <= t.start - c.end < 120 for c in counts):
                continue   # "دست کم یک نفر که ... اعدام شده است": the singular verb of the one already counted
            if not colon and t.number == "pl" and not any(c.start < t.start for c in counts) \
                    and self.named_groups(s, e, t, triggers):
                continue   # "X در اراک، Y و Z در قم ... به دار آویخته شدند": one each, by place
            # ("أُعدم ٦٣ مسلحاً", "وأُعدم نحو ثلثهم": a singular verb before its counted subject, Arabic)
            named = self.object_names(s, e, t)   # "أعدمت السلطات X وY": Arabic names as the object
            singular = named or t.number == "sg" and not self.counted_subject(t) or (v.singular_people is not None and v.singular_people.match(text, t.end, e)) \
                or self.singular_object(s, t)
            # (a dual after another trigger is that one's: "أول أحكام تنفذ منذ يونيو، حين شُنق مصريان أدينا")
            dual = not singular and v.lang == "ar" and v.dual.search(
                text, t.end, min([e, t.end + 60] + [o.start for o in triggers if o.start >= t.end]))
            if not (singular or dual) or any(self.trigger_for(c, triggers) is t for c in counts if id(c) not in self.unbound):
                continue
            if denial(v, text, s, e) or transfer_alone(v, text, self.paragraph_around(s), self.headline, t):
                self.reject((s, e), t.start, t.end, "reject.no_event")
                continue
            if t.event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()
                                                                       or self.verdict_told_before(s, t)) \
                    or self.lead_up(s, e, t, triggers):
                self.reject((s, e), t.start, t.end, "reject.background")
                continue
            subject = v.pronouns.search(text, s, min(t.end, s + 30))
            own_day = self.day_of_its_own(s, e, event) or self.earlier_of_its_own(s, e, event, t)
            if (subject and not _OBJECT_AFTER.match(text, subject.end()) and any(d.event == event for d in self.drafts)
                    or self.named_again(s, t, event)) and not own_day:
                # "حکم او ... اجرا شد", "آقای چعب ... به دار آویخته شده است": told before
                self.reject((s, e), t.start, t.end, "reject.told_again")
                continue
            if event in ("executed", "imminent") and _SENTENCE_NOUN.search(t.phrase) and not own_day \
                    and any(d.event == event for d in self.drafts) \
                    and (_SENTENCE_TOLD.fullmatch(text, t.start, t.end)
                         or v.pronouns.match(text, t.start)   # "حکم آنان صبح فردا اجرا شود": theirs, told of
                         # "... به صدور حکم اعدام منجر شد و این حکم ... صبح امروز ... به اجرا درآمد": the one told
                         or _THIS_SENTENCE.search(text, t.start, t.end)
                         or not any(d.is_day for d in self.dates_in(s, e)) and not v.also.search(text, s, e)):
                # "... و حکم اجرا شد", "حکم «قصاص» آقای افکاری ... اجرا شده است", "حکم آنان ... اجرا شود":
                # the sentence of someone told of, carried out (or due) as told; not "حکم Y نیز اجرا شد"
                told = next(d for d in reversed(self.drafts) if d.event == event)
                if told.kind == "event" and told.location is None:   # "این حکم در زندان قزلحصار کرج به اجرا درآمده است"
                    told.location = self.place(s, e, CountMention(1, "exact", "singular", t.start, t.end, t.start))
                self.day_told_again(s, e, told)
                self.reject((s, e), t.start, t.end, "reject.told_again")
                continue
            others = self.along_names(s, t) if t.number == "sg" and v.lang == "fa" else 0
            if v.lang == "fa" and not others:
                named = named or self.names_of_sentence(t)   # "حکم اعدام A، B و C، ... اجرا شد"
            # ("رجل كوردي وزوجتاه": one and his two, joined right after the verb's subject)
            kin = 2 if not named and not dual and self.kin_dual(t, e) else 1 if not named and self.companion(s, t) else 0
            one = CountMention((named or (2 if dual else 1)) + others + kin, "exact", "singular", t.start, t.end, t.start)
            draft = self.draft(s, e, one, event, t, counts)
            if singled_out(v, text, s, t, draft, self.drafts):
                self.reject((s, e), t.start, t.end, "reject.split_of_incident")
                continue
            draft.rules[1] = "count.name" if named else "count.along_with" if others or kin else "count.dual" if dual else \
                "count.verb_singular" if t.number == "sg" else "count.singular_noun"
            if named and draft.kind == "aggregate" and "kind.aggregate.span" in draft.rules:
                # named people are one incident, dated as loosely as the report dates it ("ثم أُعدم في شباط X وY")
                draft.kind = "event"
                draft.rules[draft.rules.index("kind.aggregate.span")] = "kind.event.named"
            self.drafts.append(draft)

    def day_told_again(self, s: int, e: int, told: Draft) -> None:
        """An incident dated only by the span of the report ("از مهم‌ترین رویدادهای این ماه، اعدام چهار زندانی
        ... بود") takes the one day of the sentence that tells it again ("حکم این چهار نفر صبح جمعه ۸ دی ...
        اجرا شد"), when that day falls in the span (period.day_told_again)."""
        days = [d for d in self.dates_in(s, e) if d.is_day and not self.dateline(d)]
        lo, hi = told.period
        if told.kind != "event" or len(days) != 1 or lo is None or hi is None or lo == hi \
                or not lo <= days[0].period_start <= hi:
            return
        told.period = (days[0].period_start, days[0].period_end)
        at = next((i for i, r in enumerate(told.rules) if r.startswith("period.")), len(told.rules))
        told.rules = [r for r in told.rules[:at] if not r.startswith("period.")] + ["period.day_told_again"] \
            + [r for r in told.rules[at:] if not r.startswith("period.")]

    def day_of_its_own(self, s: int, e: int, event: str) -> bool:
        """Whether sentence text[s:e] names a day before the report's that no claim of `event` told
        before is dated by: "محسن شکاری نخستین معترضی بود که ... اعدام شد؛ او ۱۷ آذر ۱۴۰۱ به دار آویخته
        شد" tells another person's execution, not again the one the report is about (reject.told_again)."""
        days = [d for d in self.dates_in(s, e) if d.is_day and not self.dateline(d) and d.period_end < self.published]
        return bool(days) and not any(d.event == event and d.kind == "event" and d.period[0] is not None
                                      and d.period[0] <= x.period_start <= d.period[1]
                                      for d in self.drafts for x in days)

    def earlier_of_its_own(self, s: int, e: int, event: str, t: TriggerMention) -> bool:
        """Whether a pluperfect sentence text[s:e] names only a month or year before the report's that no
        claim of `event` told before falls in: "برادر او نیز در بهمن ۱۳۹۹ در همین زندان اعدام شده بود"
        tells an earlier execution, given for context, not again the one the report is about."""
        told = [x for x in self.drafts if x.event == event]
        if t.tense != "pluperfect" or any("period.inherited" in x.rules for x in told):
            return False   # (an execution told with no date of its own may be the one dated here)
        dates = [d for d in self.dates_in(s, e) if not self.dateline(d)]
        return bool(dates) and all(not d.is_day and d.period_end < self.published for d in dates) \
            and not any(x.period[0] is not None and x.period[0] <= d.period_end and d.period_start <= x.period[1]
                        for x in told for d in dates)

    def claim(self, d: Draft) -> Claim:
        s, e = self.folded.span(*d.sentence)
        claim = Claim(d.event, d.country, d.count, d.qualifier, d.period[0], d.period[1], d.kind, d.offences,
                      d.location, (), self.original[s:e].strip(), self.name, s, e, tuple(dict.fromkeys(d.rules)))

        def span_of(sentence: tuple) -> tuple:
            xs, xe = self.folded.span(*sentence)
            return self.original[xs:xe].strip(), self.name, xs, xe

        return with_support(claim, [(x.sentence, stated(claim, x)) for x in d.merged_from], span_of)


def assemble_field(lang: str, name: str, original: str, published: date | None, lead: str) -> tuple[list[Claim], list[Rejection]]:
    """The claims of one field (title or text) of a Persian or Arabic report and the candidates
    rejected on the way. `lead` is the headline and first lines, where the report's country is read."""
    v = vocabulary(lang)
    f = _Field(v, name, original, published, report_country(v, lead, original if name == "text" else ""), lead)
    claims = f.run()
    return claims, f.rejections
