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
from functools import lru_cache

from ..assemble import Rejection
from ..claims import Claim
from .calendars import DateMention, calendars
from .comparisons import Comparing
from .corrected import corrected_reports
from .governing import Governing
from .lead_up import LeadUp
from .each_of import EachOf
from .each_place import EachPlace
from .names import Naming
from .parts import WHOLE_BEFORE, Parting
from .dating import Dating
from .draft_fields import CLAUSE_MARK, WORLD, DraftFields, report_country
from .drafts import Draft, headline_sums, merge, paragraph_starts, sentences
from .mentions import CountMention, TriggerMention, find_counts, find_ordinals, find_totals, find_triggers
from .normal import Folded, fold
from .not_executed import awaited, combined, denial, died, occasions, other_penalty, part_at_risk, singled_out, transfer_alone, vague
from .rankings import ranked_parts
from .other_dates import OtherDates
from .report_span import ReportSpan
from ..support import stated, with_support
from ..lexicon import words
from .vocab import Vocabulary, alternation, listed, vocabulary

_AFTER_SEMICOLON = re.compile(r"[؛;][\s\u200c]*\Z")
_PA = words('persian-arabic.yaml')
_OBJECT_AFTER = re.compile(rf"[\s\u200c]*(?:{_PA['object_markers']})(?![\w\u200c])")   # "او را": the pronoun is the object
_ROW_GAP = 25   # characters between a count and the death-row words of its own clause ("۴۰ نوجوان دیگر در انتظار")


@lru_cache(maxsize=None)
def _clause_join(lang: str) -> re.Pattern:
    """A comma, or a word that joins two clauses in `lang` (vocab-LANG.yaml clause_joiners: Persian "و")."""
    joiners = listed(lang, "clause_joiners")
    return re.compile(rf"،|(?<![\w\u200c])(?:{alternation(joiners, lang)})(?![\w\u200c])" if joiners else "،")


@lru_cache(maxsize=None)
def _difference(lang: str) -> re.Pattern | None:
    """A comparative and "than" right after a count ("۳۶۸ نفر بیشتر از سال ۲۰۲۳"): the count is the
    difference between two figures, no figure of its own; None for a language whose file lists no
    comparatives (vocab-LANG.yaml comparatives)."""
    than = listed(lang, "comparatives")
    return re.compile(rf"[\s\u200c]*(?:{alternation(than, lang)})[\s\u200c]+از(?![\w\u200c])") if than else None


_TO_COME = ("present", "future")   # tenses of a verb of execution that tell of none carried out

_THESE_VERB_GAP = 3   # characters between "N من هذه الإعدامات" and the verb whose subject it is
_PARTITIVE = re.compile(rf"(?<![\w\u200c])(?:{_PA['partitive_words']})(?![\w\u200c])")
# "حکم او اجرا شد", "حکمش به اجرا درآمد", "حکم این زندانی اجرا شد" (the whole trigger)
_SENTENCE_TOLD = re.compile(
    rf"(?:{_PA['sentence_nouns']})(?:(?:{_PA['sentence_possessive_suffixes']})|[\s\u200c]+(?:{_PA['sentence_possessors']}"
    rf"|(?:{_PA['sentence_demonstratives']})[\s\u200c]+\S+))?[\s\u200c]+(?:(?:{_PA['sentence_to']})[\s\u200c]+)?"
    rf"(?:{_PA['sentence_carried_out']})[\s\u200c]*\S*(?:[\s\u200c]+\S+)?")
_SENTENCE_NOUN = re.compile(rf"(?:{_PA['sentence_nouns']})")
_RANGE_BEFORE = re.compile(rf"\d[\s\u200c]*(?:{_PA['range_joiners']})[\s\u200c]*\Z")
_IDENTITY_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['identity_nouns']})[\s\u200c]*\Z")
_IDENTITY_AS = re.compile(rf"(?<![\w\u200c])(?:{alternation(_PA.value('identity_as'), 'fa')})(?![\w\u200c])")
_DEMONSTRATIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['count_demonstratives']})[\s\u200c]+\Z")
_THAT_CLAUSE = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")   # "که" opening a clause
_RANK_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['rank_openers']})[\s\u200c]+\Z")
_ALONG_REACH = 16         # characters between "همراه با" and the count of the others
_RATE_REACH = 40        # characters either side of a count within which a word of rate makes it a rate
_OTHER_ACTION_GAP = 40  # characters after a count within which an arrest or a killing takes it
_IDENTITY_AS_REACH = 30  # characters after "هویت N تن از آنان" within which "به عنوان" makes them a part
_SEEKING_REACH = 60     # characters before a trigger within which a demand makes it sought ("طالبت النيابة العامة الثلاثاء بإعدام")


class _Field(DraftFields, Dating, OtherDates, ReportSpan, Comparing, Naming, Governing, Parting, LeadUp, EachPlace, EachOf):
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
                                 and t.tense not in _TO_COME for ts in all_triggers for t in ts)
        before: list[TriggerMention] = []
        for (s, e), triggers in zip(self.sentences, all_triggers):
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
        merged = merge(self.drafts, self.text if self.v.lang == "ar" else "")
        sums = headline_sums(merged) if self.v.lang == "fa" else []
        for d in sums:
            self.reject(d.sentence, *d.span, "merge.headline_sum")
        corrected = corrected_reports(self.v.lang, self.text, self.headline, merged)
        for d in corrected:
            self.reject(d.sentence, *d.span, "reject.corrected_report")
        return [self.claim(d) for d in merged if d.country != WORLD and d not in sums and d not in corrected]

    def sentence(self, s: int, e: int, triggers: list[TriggerMention], carried: bool = False) -> None:
        """The drafts of one sentence; `carried`: its trigger is the one of the clause before a
        semicolon, which has told its own people already."""
        v, text = self.v, self.text
        found = find_counts(v, text, s, e)
        # a bare year that is the number of a count ("۲۰۲۳ نفر") is the count's; any other date wins
        self.ignored |= {id(d) for d in self.dates_in(s, e) if d.bare and any(c.num_start == d.start for c in found)}
        counts = self.joined([c for c in found if not any(d.start <= c.num_start < d.end for d in self.dates_in(s, e))], s, e)
        for event, total in find_totals(v, text, s, e):
            if self.change_end(s, e, total.num_start):
                counts = [c for c in counts if c.num_start != total.num_start]   # the change gives it its year
                continue
            if any(d.start <= total.num_start < d.end for d in self.dates_in(s, e)):
                continue
            counts = [c for c in counts if c.num_start != total.num_start]
            draft = self.draft(s, e, total, event, None, counts + [total])
            if "period.inherited" in draft.rules:
                # "وبلغ عدد الذين أعدموا ... ٣٠ شخصاً": a total with no start; the report's day would
                # make it an incident of thirty
                self.reject((s, e), total.start, total.end, "reject.span_without_start")
                continue
            self.drafts.append(draft)
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
        ranked = ranked_parts(self, s, e)
        self.drafts.extend(ranked)
        counts = [c for c in counts if not any(c.start <= r.span[0] < c.end for r in ranked)]
        each = self.each_place(s, e, counts, triggers) + self.each_of(s, e, counts) + self.each_year(s, e, counts, triggers)
        counts = [c for c in counts if not any(c is x for x in each)]
        if not triggers and not executed_noun and not any(c.noun == "execution" for c in counts):
            for c in counts:
                part = self.part_of(s, e, c)
                # (a place or a list after a colon says which part: "۲۱ نفر در کرج", "مواد مخدر: ۴۵ نفر"; so does
                # a charge of "some of them": "وكان 7 منهم قد أدينوا بتهمة التجسس")
                if part is not None and (self.place(s, e, c, where=True) or c.noun == "partitive" and part.kind == "aggregate"
                                         and self.offences(s, e)
                                         if part.kind == "event" or not self.row(s, e, c) else True):
                    self.drafts.append(self.draft(s, e, c, part.event, None, counts, part))
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
            if id(t) in used or id(t) in by_ordinal or t.negated or t.nominal or t.phrase in v.impersonal:
                continue
            event = self.scheduled(s, t) or t.event
            if event == "executed" and t.tense in ("future", "present"):
                continue   # "قرار بود حکمشان اجرا شود": a plan, not an execution
            if event == "sentenced" and t.tense == "present" and v.lang == "fa":
                # "هر متهم به قتل ... به قصاص محکوم می‌شود": what the law does to anyone, no one's sentence
                self.reject((s, e), t.start, t.end, "reject.no_event")
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
            if t.number == "pl" and not any(c.start < t.start for c in counts) and self.named_groups(s, e, t, triggers):
                continue   # "X در اراک، Y و Z در قم ... به دار آویخته شدند": one each, by place
            # ("أُعدم ٦٣ مسلحاً", "وأُعدم نحو ثلثهم": a singular verb before its counted subject, Arabic)
            named = self.object_names(s, e, t)   # "أعدمت السلطات X وY": Arabic names as the object
            singular = named or t.number == "sg" and not self.counted_subject(t) or (v.singular_people is not None and v.singular_people.match(text, t.end, e)) \
                or self.singular_object(s, t)
            dual = not singular and v.lang == "ar" and v.dual.search(text, t.end, min(e, t.end + 60))
            if not (singular or dual) or any(self.trigger_for(c, triggers) is t for c in counts if id(c) not in self.unbound):
                continue
            if denial(v, text, s, e) or transfer_alone(v, text, self.paragraph_around(s), self.headline, t):
                self.reject((s, e), t.start, t.end, "reject.no_event")
                continue
            if t.event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()) \
                    or self.lead_up(s, e, t, triggers):
                self.reject((s, e), t.start, t.end, "reject.background")
                continue
            subject = v.pronouns.search(text, s, min(t.end, s + 30))
            if subject and not _OBJECT_AFTER.match(text, subject.end()) and any(d.event == event for d in self.drafts):
                self.reject((s, e), t.start, t.end, "reject.told_again")   # "حکم او ... اجرا شد": told before
                continue
            if event in ("executed", "imminent") and _SENTENCE_NOUN.search(t.phrase) \
                    and any(d.event == event for d in self.drafts) \
                    and (_SENTENCE_TOLD.fullmatch(text, t.start, t.end)
                         or v.pronouns.match(text, t.start)   # "حکم آنان صبح فردا اجرا شود": theirs, told of
                         or not any(d.is_day for d in self.dates_in(s, e)) and not v.also.search(text, s, e)):
                # "... و حکم اجرا شد", "حکم «قصاص» آقای افکاری ... اجرا شده است", "حکم آنان ... اجرا شود":
                # the sentence of someone told of, carried out (or due) as told; not "حکم Y نیز اجرا شد"
                told = next(d for d in reversed(self.drafts) if d.event == event)
                if told.kind == "event" and told.location is None:   # "این حکم در زندان قزلحصار کرج به اجرا درآمده است"
                    told.location = self.place(s, e, CountMention(1, "exact", "singular", t.start, t.end, t.start))
                self.reject((s, e), t.start, t.end, "reject.told_again")
                continue
            others = self.along_names(s, t) if t.number == "sg" and v.lang == "fa" else 0
            if v.lang == "fa" and not others:
                named = named or self.names_of_sentence(t)   # "حکم اعدام A، B و C، ... اجرا شد"
            # ("رجل كوردي وزوجتاه": one and his two, joined right after the verb's subject)
            kin = 2 if not named and not dual and self.kin_dual(t, e) else 0
            one = CountMention((named or (2 if dual else 1)) + others + kin, "exact", "singular", t.start, t.end, t.start)
            draft = self.draft(s, e, one, event, t, counts)
            if singled_out(v, text, s, t, draft, self.drafts):
                self.reject((s, e), t.start, t.end, "reject.split_of_incident")
                continue
            draft.rules[1] = "count.name" if named else "count.along_with" if others or kin else "count.dual" if dual else \
                "count.verb_singular" if t.number == "sg" else "count.singular_noun"
            self.drafts.append(draft)

    def from_count(self, s, e, c: CountMention, t: TriggerMention | None, triggers, counts, executed_noun) -> Draft | None:
        v, text = self.v, self.text
        rate = v.rate_tail.match(text, c.end, e)
        if rate and not any(rate.start() <= d.start <= rate.end() + 2 for d in self.dates_in(s, e)) \
                or self.rated(s, e, c):
            return self.reject((s, e), c.start, c.end, "reject.rate")   # not "در روز ۱۶ مرداد": on a day
        difference = _difference(v.lang)
        if difference is not None and difference.match(text, c.end):
            return self.reject((s, e), c.start, c.end, "reject.difference")   # "۳۶۸ نفر بیشتر از سال ۲۰۲۳"
        first = _RANGE_BEFORE.search(text, max(s, c.start - 12), c.start)
        # "منذ عام 2024 إلى 198 شخصاً": a year written before "إلى" ends a date, not the first end of a range
        if first and not any(d.start <= first.start() < d.end for d in self.dates_in(s, e)):
            return self.reject((s, e), c.start, c.end, "reject.range")   # "۵۰۰ تا ۶۰۰ نفر": an estimate, no figure
        whole = WHOLE_BEFORE.search(text, max(s, c.start - 12), c.start)
        if whole and c.noun == "person" and any(o.start > c.end and "،" in text[c.end:o.start] for o in counts):
            return self.reject((s, e), c.start, c.end, "reject.whole")   # "از حدود ۲۳ هزار زندانی، ۶۰۰ نفر": the whole
        if self.identified(s, c):
            return self.reject((s, e), c.start, c.end, "reject.identified")
        if v.lang == "fa" and self.named_member(c, counts):
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
        if t is not None and t.phrase in v.cases_only and c.noun in ("person", "partitive"):
            t = None   # "نفذت" counts executions carried out, not people
        whole = self.whole_told(s, c) if t is not None else None
        # (the parts a sentence tells of the whole, each with the whole's verb: "۱۸ نفر ... اعدام شده‌اند")
        part = whole if whole is not None and whole.event == t.event else self.part_of(s, e, c)
        if part is not None and part.kind == "aggregate" and t is not None and t.event != part.event \
                and t.tense == "pluperfect":
            t = None   # "از میان اعدام شدگان، ۱۱ نفر ... به اعدام محکوم شده بودند": a part of the executed
        if t is None and v.death_row.search(text, c.end, min(e, c.end + 40)):
            return self.reject((s, e), c.start, c.end, "reject.death_row")   # "۳۰ زندانی محکوم به اعدام"
        if c.noun in ("person", "partitive") and (v.at_risk.search(text, max(s, c.start - 25), c.start) or (
                v.at_risk.search(text, c.end, min(e, c.end + 40)) and (t is None or t.nominal or t.event == "imminent"))):
            # "ينتظر نحو 8 آلاف سجين"; "150 سجيناً ... قد يواجهون الإعدام الوشيك": at risk, not scheduled
            # (but "۱۲ زندانی که در انتظار اجرای حکم بودند، اعدام شدند" were executed)
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        refused = awaited(v, text, s, e, c, t) or part_at_risk(v, text, s, c) or combined(text, s, c) \
            or died(v, text, s, e, c, t) or vague(v, text, s, c) or occasions(v, text, c) \
            or other_penalty(v, text, s, c) \
            or (t is not None and transfer_alone(v, text, self.paragraph_around(s), self.headline, t))
        if refused:
            return self.reject((s, e), c.start, c.end, refused)
        # "۱۷ نفر از اعدام شدگان", "٢٣٢ من بين الذين أعدموا": some of the executed
        after = v.executed_nouns.search(text, c.end, min(e, c.end + 25))
        partitive = after is not None and _PARTITIVE.search(text[c.end:after.start()]) or self.of_these(c)
        if partitive and part is None:
            part = self.part_of(s, e, c, marked=True)   # "سه تن از اعدام شدگان": some of those just told
        if self.of_these(c) and (part is None or t is None or not 0 <= t.start - c.end <= _THESE_VERB_GAP):
            # "these" point at no figure told, or the count is no subject of the verb right after it
            # ("10 من هذه الإعدامات نُفذت علناً" is; a share of these told otherwise is not read)
            return self.reject((s, e), c.start, c.end, "reject.part_of_rejected")
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
        if t is not None and event == "imminent" and c.qualifier != "exact" and v.at_risk.search(text, t.start, t.end):
            # "دست‌کم ۱۱ زندانی دیگر، که ...، در خطر قریب‌الوقوع اعدام قرار دارند": an estimate of those at risk
            return self.reject((s, e), c.start, c.end, "reject.at_risk")
        if _DEMONSTRATIVE_BEFORE.search(text, max(s, c.start - 8), c.start) \
                and any(d.event == event and d.count == c.value for d in self.drafts):
            # "اعدام این دو زندانی را محکوم کردند": the two told before, whatever figure came between
            return self.reject((s, e), c.start, c.end, "reject.told_again")
        if v.lang == "fa" and t is not None and t.start > c.end and _DEMONSTRATIVE_BEFORE.search(text, max(s, c.start - 8), c.start) \
                and _THAT_CLAUSE.search(text, c.end, t.start) and any(d.count == c.value for d in self.drafts):
            # "انتقال این دو زندانی یک روز پس از آن صورت گرفت که X ... به دار آویخته شد": the two told
            # before are of the main clause; the verb of the "که" clause tells of someone else (its own one)
            self.unbound.add(id(c))
            return self.reject((s, e), c.start, c.end, "reject.told_again")
        if event in ("sentenced", "imminent") and _DEMONSTRATIVE_BEFORE.search(text, max(s, c.start - 8), c.start) \
                and any(d.event == "executed" and d.kind == "event" and d.count == c.value for d in self.drafts):
            # "از خطر اجرای قریب‌الوقوع حکم این دو زندانی هشدار داده بود": the sentence of, or the warning
            # for, the two executed told before: the lead-up to their execution
            return self.reject((s, e), c.start, c.end, "reject.background")
        if t is not None and v.seeking.search(text, max(s, t.start - _SEEKING_REACH), t.end):
            return self.reject((s, e), c.start, c.end, "reject.no_event")   # "در پی صدور حکم اعدام برای ۲۱ نفر": sought, not issued
        if t is not None and t.negated or denial(v, text, s, e) and event == "executed":
            return self.reject((s, e), c.start, c.end, "reject.no_event")
        if t is not None and event == "executed" and t.tense in ("future", "present"):
            return self.reject((s, e), c.start, c.end, "reject.no_event")   # "قرار بود حکمشان اجرا شود": not done
        other = v.other_actions.search(text, c.end, min(e, c.end + _OTHER_ACTION_GAP))
        # (Arabic puts the verb first: an action after a count its verb precedes is another clause's,
        # "بإعدام ١٠ متهمين وبالسجن المؤبد لـ٢٠ آخرين")
        if other and (t is None or t.start > other.start() or t.end <= c.start and v.lang != "ar") \
                and c.noun in ("person", "partitive"):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        before = v.other_actions.search(text, max(s, c.start - 25), c.start) \
            or v.victims.search(text, max(s, c.start - 25), c.start)
        if before and c.noun in ("person", "partitive") and (t is None or t.end <= before.start() or t.start >= c.end):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        row = v.death_row.search(text, c.end, min(e, c.end + 40))
        if row and t is None:
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if row and t is not None and t.end <= c.start and row.start() - c.end <= _ROW_GAP \
                and _clause_join(v.lang).search(text, t.end, c.start):
            # "أُعدم أكثر من ٦٠٠ شخص ...، بينما يوجد ٢٠٥ محكومين بالإعدام": the verb is another clause's
            # ("... پنج نفر را اعدام کرده و دست‌کم ۴۰ نوجوان دیگر در انتظار اجرای حکم‌اند": joined by "و")
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if t is not None and event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()):
            return self.reject((s, e), c.start, c.end, "reject.background")
        if part is not None and part.kind == "event" and part.event == event \
                and self.place(s, e, c, own=True) in (None, part.location) \
                and (part.sentence == (s, e) or self.own_date(s, e, c, counts, t) is None):
            # "سه تن از اعدام شدگان"; "سبعة محكومين، بينهم ثلاث نساء، صباح اليوم": the date of the
            # sentence is the group's (but "ده نفر از انان اعدام شدند" after a transfer is news);
            # "دو زندانی، از جمله یک زندانی بلوچ، در زندان عادل آباد": the group's own place is no other
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
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
        if t is not None and t.number == "sg" and t.start > c.end and c.noun == "person" \
                and v.along_with.search(text, max(s, c.start - _ALONG_REACH), c.start):
            # "X همراه با دو زندانی دیگر ... اعدام شد": the one the verb agrees with, and the others
            # ("یک زندانی کرد به همراه سه زندانی دیگر": the one counted before is in the sum)
            first = next((d for d in self.drafts if d.sentence == (s, e) and d.span[1] <= c.start
                          and v.along_with.search(text, d.span[1], c.start) and d.event == event), None)
            if first is not None:
                self.drafts.remove(first)
            draft.count = c.value + (first.count if first is not None else 1)
            draft.rules[1] = "count.along_with"
        listed = self.listed_days(s, e, c, t, draft)
        if listed:
            self.drafts.extend(listed[:-1])
            return listed[-1]
        return draft

    def identified(self, s: int, c: CountMention) -> bool:
        """Whether the count is of people whose identity is told, some of a group ("هویت سه تن از
        این زندانیان احراز شده است"): those named out of a figure told before, not a figure."""
        after = self.v.executed_nouns.search(self.text, c.end, c.end + 30)
        some = _PARTITIVE.search(self.text, c.end, c.end + 12)
        return c.noun in ("person", "partitive") and bool(some or after) \
            and _IDENTITY_BEFORE.search(self.text, max(s, c.start - 12), c.start) is not None \
            and not _IDENTITY_AS.search(self.text, c.end, c.end + _IDENTITY_AS_REACH)   # "به عنوان شهروند کرد": a part

    def rated(self, s: int, e: int, c: CountMention) -> bool:
        """Whether a word of rate sits in the count's clause, shortly before or after it ("به طور
        میانگین هر ۹ ساعت یک نفر", "بمعدل شخص واحد كل يومين", "خمسة سجناء كل يومين")."""
        a = max(s, c.start - _RATE_REACH, *(m.end() for m in CLAUSE_MARK.finditer(self.text, max(s, c.start - _RATE_REACH), c.start)))
        stop = CLAUSE_MARK.search(self.text, c.end, min(e, c.end + _RATE_REACH))
        b = stop.start() if stop else min(e, c.end + _RATE_REACH)
        verb = find_triggers(self.v, self.text, c.end, b)
        b = verb[0].start if verb else b   # "۸۰ زندانی اعدام شده اند و روزانه ...": the next clause's rate
        return self.v.rate.search(self.text, a, c.start) is not None or self.v.rate.search(self.text, c.end, b) is not None

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
    f = _Field(v, name, original, published, report_country(v, lead), lead)
    claims = f.run()
    return claims, f.rejections
