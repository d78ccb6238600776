"""Whether a Persian or Arabic count becomes a draft claim, and which (`from_count`): the refusals
of a count (a rate, a range, the whole of a part, people identified out of a group, death row, at
risk, another action, a lead-up told in the pluperfect, a part of an incident told before) and
the draft of one that passes. A mixin of assemble._Field (it reads the field's text, dates,
drafts and vocabulary); the readings of a count as some of a group told before (a part joined to
the part before it, people identified out of a group, a member of a list) are in group_parts.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words
from .draft_country import CLAUSE_MARK
from .drafts import Draft
from .group_parts import PARTITIVE, clause_join
from .mentions import CountMention, TriggerMention, find_triggers
from .not_executed import (awaited, case_defendants, combined, commuted, denial, died, left_out, occasions, other_penalty, part_at_risk, possible, referred,
                           transfer_alone, vague)
from .parts import WHOLE_BEFORE
from .remainders import rest_of_incident, sentence_of_whole_group
from .vague_spans import vague_span
from .vocab import alternation, listed, start

_PA = words('persian-arabic.yaml')
_ROW_GAP = 25   # characters between a count and the death-row words of its own clause ("۴۰ نوجوان دیگر در انتظار")


@lru_cache(maxsize=None)
def _difference(lang: str) -> re.Pattern | None:
    """A comparative and "than" right after a count ("۳۶۸ نفر بیشتر از سال ۲۰۲۳"): the count is the
    difference between two figures, no figure of its own; None for a language whose file lists no
    comparatives (vocab-LANG.yaml comparatives)."""
    than = listed(lang, "comparatives")
    return re.compile(rf"[\s\u200c]*(?:{alternation(than, lang)})[\s\u200c]+از(?![\w\u200c])") if than else None



@lru_cache(maxsize=None)
def _difference_before(lang: str) -> re.Pattern | None:
    """Words right before a count that make it the rise or fall between two figures ("بزيادة قدرها
    119"); None for a language whose file lists none (vocab-LANG.yaml difference_before)."""
    words_ = listed(lang, "difference_before")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(words_, lang)})[\s\u200c]*\Z") if words_ else None


@lru_cache(maxsize=None)
def _group_size_before(lang: str) -> re.Pattern | None:
    """Words right before a count that make it the size of each group the people were put to death in
    ("في مجموعات من ستة"); None for a language whose file lists none (vocab-LANG.yaml group_sizes_before)."""
    words_ = listed(lang, "group_sizes_before")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(words_, lang)})[\s\u200c]*\Z") if words_ else None


@lru_cache(maxsize=None)
def _possessor_head(lang: str) -> re.Pattern | None:
    """A noun right before a count whose possessor the count is ("محامي أحد السجناء"); None for a
    language whose file lists none (vocab-LANG.yaml possessor_heads)."""
    words_ = listed(lang, "possessor_heads")
    return re.compile(rf"{start(lang)}(?:{alternation(words_, lang)})[\s\u200c]+\Z") if words_ else None


_THESE_VERB_GAP = 3   # characters between "N من هذه الإعدامات" and the verb whose subject it is
_RANGE_BEFORE = re.compile(rf"\d[\s\u200c]*(?:{_PA['range_joiners']})[\s\u200c]*\Z")
# "به نام‌های X و Y" after a count: the people it counts, named (vocab-fa.yaml named_as)
_NAMED_AS = re.compile(rf"(?<![\w\u200c])(?:{alternation(listed('fa', 'named_as') or ['(?!x)x'], 'fa')})(?![\w\u200c])")
# "... را تأیید کرد": the object of confirming, an execution already told (vocab-fa.yaml confirmed_words)
_CONFIRMED = re.compile(rf"(?<![\w\u200c])(?:{alternation(listed('fa', 'confirmed_words') or ['(?!x)x'], 'fa')})(?![\w\u200c])")
_NAMED_AS_REACH = 30   # characters between a count and the words that name its people
_DEMONSTRATIVE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_PA['count_demonstratives']})[\s\u200c]+\Z")
_THAT_CLAUSE = re.compile(r"(?<![\w\u200c])که(?![\w\u200c])")   # "که" opening a clause
_ALONG_REACH = 16         # characters between "همراه با" and the count of the others
_RATE_REACH = 40        # characters either side of a count within which a word of rate makes it a rate
_OTHER_ACTION_GAP = 40  # characters after a count within which an arrest or a killing takes it
_VICTIM_REACH = 40      # characters before a count within which a verb of killing, no mark between, takes it
_SEEKING_REACH = 60     # characters before a trigger within which a demand makes it sought ("طالبت النيابة العامة الثلاثاء بإعدام")


_ON_REACH = 12   # characters before a count within which "بحق" makes it the object of carrying out
_JOINED_REACH = 40   # characters before a count joined to "ب" within which the sentence carried out stands


@lru_cache(maxsize=None)
def _carried_out_on(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern | None] | None:
    """"بحق" right before a count (a hedge between at most), and the sentence carried out; None for a
    language whose file lists neither (vocab-LANG.yaml carried_out_on, carried_out_sentences)."""
    on, what = listed(lang, "carried_out_on"), listed(lang, "carried_out_sentences")
    if not on or not what:
        return None
    clitic = listed(lang, "carried_out_clitics")
    # ("حين نفّذ الحكم بأحد عشر مداناً", "أن حكم القتل تعزيراً نُفذ بالجانيين": the preposition joined to
    # the count, the sentence at most three words before it; read over _JOINED_REACH)
    joined = re.compile(rf"{start(lang)}(?:{alternation(what, lang)})(?:[\s\u200c]+[^\s\u200c\d]+){{0,3}}?[\s\u200c]+"
                        rf"(?:{alternation(clitic, lang)})\Z") if clitic else None
    return (re.compile(rf"(?<![\w\u200c])(?:{alternation(on, lang)})[\s\u200c]+(?:[^\s\u200c\d]+[\s\u200c]+){{0,3}}?\Z"),
            re.compile(rf"{start(lang)}(?:{alternation(what, lang)})(?![\w\u200c])"), joined)


@lru_cache(maxsize=None)
def _imminence(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    """The word that tells an execution as imminent ("وشيك") and the hedge that makes the danger a
    possibility ("قد"); None for a language whose file lists neither (vocab-LANG.yaml imminence_words,
    risk_hedges)."""
    near, hedges = listed(lang, "imminence_words"), listed(lang, "risk_hedges")
    if not near or not hedges:
        return None
    return (re.compile(rf"(?<![\w\u200c])(?:{alternation(near, lang)})(?![\w\u200c])"),
            re.compile(rf"(?<![\w\u200c])(?:{alternation(hedges, lang)})(?![\w\u200c])"))


_PART_AFTER_TRIGGER = 12   # characters after a trigger within which "N منهم" is its object


class CountDrafts:
    """The reading of one count of a sentence into a draft; the host is assemble._Field."""

    def carried_out_on(self, s: int, c: CountMention) -> bool:
        """Whether the people counted stand right after "بحق", the object of a sentence carried out (the
        sentence named before them in their sentence)."""
        on = _carried_out_on(self.v.lang)
        if on is None or on[1].search(self.text, s, c.start) is None:
            return False
        return on[0].search(self.text, max(s, c.start - _ON_REACH), c.start) is not None \
            or on[2] is not None and on[2].search(self.text, max(s, c.start - _JOINED_REACH), c.start) is not None

    def whole_of_its_day(self, s: int, e: int, c: CountMention, draft: Draft) -> bool:
        """Arabic: a count of people dated by a day of its own, with no breakdown word before it nor right
        after it ("آخر عملية إعدام جماعي تعود إلى الثاني من يناير 2016، حين أعدم 47 شخصاً، بينهم ..."),
        is an earlier incident whose members are told after it, not a part of today's."""
        v, text = self.v, self.text
        if v.lang != "ar" or c.noun != "person" or draft.period[0] != draft.period[1]:
            return False
        right_after = v.breakdown.search(text, c.end, min(e, c.end + 8))
        return v.breakdown.search(text, max(s, c.start - 15), c.start) is None \
            and (right_after is None or re.search(r"[،,]", text[c.end:right_after.start()]) is not None)

    def told_imminent(self, s: int, e: int, c: CountMention, t: TriggerMention | None) -> bool:
        """Whether an exact count facing an imminent execution is told as such ("ثلاثة صيادين ... يواجهون
        خطر الإعدام الوشيك"): a group whose execution is due (imminent), not an estimate of people at risk
        ("نحو 150 سجيناً ... قد يواجهون الإعدام الوشيك", "60 شخصاً على الأقل يواجهون خطر الإعدام")."""
        words_ = _imminence(self.v.lang)
        if words_ is None or t is None or t.event != "imminent" or c.qualifier != "exact" or t.start < c.end:
            return False
        near, hedge = words_
        return near.search(self.text, t.start, t.end) is not None and hedge.search(self.text, c.end, t.start) is None

    def from_count(self, s, e, c: CountMention, t: TriggerMention | None, triggers, counts, executed_noun) -> Draft | None:
        v, text = self.v, self.text
        rate = v.rate_tail.match(text, c.end, e)
        if rate and not any(rate.start() <= d.start <= rate.end() + 2 for d in self.dates_in(s, e)) \
                or self.rated(s, e, c):
            return self.reject((s, e), c.start, c.end, "reject.rate")   # not "در روز ۱۶ مرداد": on a day
        difference = _difference(v.lang)
        if difference is not None and difference.match(text, c.end) \
                or _difference_before(v.lang) is not None and _difference_before(v.lang).search(text, max(s, c.start - 20), c.start):
            # "۳۶۸ نفر بیشتر از سال ۲۰۲۳", "بزيادة قدرها 119 عملية": the difference of two figures
            return self.reject((s, e), c.start, c.end, "reject.difference")
        head = _possessor_head(v.lang)
        if head is not None and c.noun in ("person", "partitive") and head.search(text, max(s, c.start - 20), c.start):
            return self.reject((s, e), c.start, c.end, "reject.possessor")   # "عن محامي أحد السجناء أن ..."
        group = _group_size_before(v.lang)
        if group is not None and group.search(text, max(s, c.start - 30), c.start):
            return self.reject((s, e), c.start, c.end, "reject.group_size")
        first = _RANGE_BEFORE.search(text, max(s, c.start - 12), c.start)
        # "منذ عام 2024 إلى 198 شخصاً": a year written before "إلى" ends a date, not the first end of a range
        if first and not any(d.start <= first.start() < d.end for d in self.dates_in(s, e)):
            return self.reject((s, e), c.start, c.end, "reject.range")   # "۵۰۰ تا ۶۰۰ نفر": an estimate, no figure
        whole = WHOLE_BEFORE.search(text, max(s, c.start - 12), c.start)
        if whole and c.noun == "person" and any(o.start > c.end and "،" in text[c.end:o.start] for o in counts):
            return self.reject((s, e), c.start, c.end, "reject.whole")   # "از حدود ۲۳ هزار زندانی، ۶۰۰ نفر": the whole
        if t is not None and c.noun == "person" and t.start > c.end \
                and any(o.noun == "partitive" and c.end < o.start and o.start - t.end <= _PART_AFTER_TRIGGER
                        and o.value < c.value for o in counts):
            # "أدانت المحكمة 184 شخصاً، وحكمت على 183 منهم بالإعدام", "... وقضت بإعدام 9 منهم": the trigger
            # after tells of a part of them
            return self.reject((s, e), c.start, c.end, "reject.whole")
        if self.identified(s, c):
            return self.reject((s, e), c.start, c.end, "reject.identified")
        if self.listed_member(c, counts):
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
        if v.lang == "fa" and self.named_member(c, counts):
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
        if t is not None and t.phrase in v.cases_only and c.noun in ("person", "partitive") \
                and not self.carried_out_on(s, c):
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
                v.at_risk.search(text, c.end, min(e, c.end + 40)) and (t is None or t.nominal or t.event == "imminent"))) \
                and not self.told_imminent(s, e, c, t):
            # "ينتظر نحو 8 آلاف سجين"; "150 سجيناً ... قد يواجهون الإعدام الوشيك": at risk, not scheduled
            # (but "۱۲ زندانی که در انتظار اجرای حکم بودند، اعدام شدند" were executed)
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        refused = awaited(v, text, s, e, c, t) or possible(v, text, e, c, t) or part_at_risk(v, text, s, c) or combined(text, s, c) \
            or died(v, text, s, e, c, t) or vague(v, text, s, c) or occasions(v, text, c) \
            or other_penalty(v, text, s, c) or commuted(v, text, s, c, t) or referred(v, text, s, c) or left_out(v, text, c, e) \
            or case_defendants(v, text, s, c) \
            or (t is not None and transfer_alone(v, text, self.paragraph_around(s), self.headline, t))
        if refused:
            return self.reject((s, e), c.start, c.end, refused)
        # "۱۷ نفر از اعدام شدگان", "٢٣٢ من بين الذين أعدموا": some of the executed
        after = v.executed_nouns.search(text, c.end, min(e, c.end + 25))
        partitive = after is not None and PARTITIVE.search(text[c.end:after.start()]) or self.of_these(c)
        if partitive and part is None:
            part = self.part_of(s, e, c, marked=True)   # "سه تن از اعدام شدگان": some of those just told
        conjunct = part is None and t is not None and self.conjunct_of_part(s, c, t)
        if conjunct:
            part = self.part_of(s, e, c, marked=True)
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
                and (any(d.event == event and d.count == c.value for d in self.drafts)
                     or sum(d.count for d in self.drafts if d.event == event and d.kind == "event") == c.value):
            # "اعدام این دو زندانی را محکوم کردند": the two told before, whatever figure came between;
            # "هیچ‌یک از این سه اعدام ... گزارش نشده است": the three incidents told one by one before
            told = next((d for d in reversed(self.drafts) if d.event == event and d.count == c.value), None)
            if told is not None:
                self.day_told_again(s, e, told)   # "حکم این چهار نفر صبح جمعه ۸ دی اجرا شد": its day
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
        if t is not None and event == "executed" and t.to_come:
            return self.reject((s, e), c.start, c.end, "reject.no_event")   # "قرار بود حکمشان اجرا شود": not done
        other = v.other_actions.search(text, c.end, min(e, c.end + _OTHER_ACTION_GAP))
        # (Arabic puts the verb first: an action after a count its verb precedes is another clause's,
        # "بإعدام ١٠ متهمين وبالسجن المؤبد لـ٢٠ آخرين")
        if other and (t is None or t.start > other.start() or t.end <= c.start and v.lang != "ar") \
                and c.noun in ("person", "partitive"):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        before = v.other_actions.search(text, max(s, c.start - 25), c.start) \
            or v.victims.search(text, max(s, c.start - 25), c.start) or self.killed_before(s, c)
        if before and c.noun in ("person", "partitive") and (t is None or t.end <= before.start() or t.start >= c.end) \
                and not self.charge_of_part_before(c, before.start()):
            return self.reject((s, e), c.start, c.end, "reject.other_action")
        row = v.death_row.search(text, c.end, min(e, c.end + 40))
        if row and t is None:
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        # (at risk too: "... به اعدام محکوم شده‌اند و دست‌کم ۲۰ نفر دیگر با اتهاماتی روبه‌رو هستند ...")
        row = row or t is not None and t.end <= c.start and v.at_risk.search(text, c.end, min(e, c.end + _ROW_GAP))
        if row and t is not None and t.end <= c.start and row.start() - c.end <= _ROW_GAP \
                and clause_join(v.lang).search(text, t.end, c.start):
            # "أُعدم أكثر من ٦٠٠ شخص ...، بينما يوجد ٢٠٥ محكومين بالإعدام": the verb is another clause's
            # ("... پنج نفر را اعدام کرده و دست‌کم ۴۰ نوجوان دیگر در انتظار اجرای حکم‌اند": joined by "و")
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if v.lang == "fa" and t is not None and event == "sentenced" and t.start >= c.end and self.awaiting_after(t, e):
            # "حدود پنج هزار نفر که ... به اعدام محکوم شده‌اند و در انتظار اجرای حکم هستند": those on death
            # row, however many were sentenced over the years, no sentence of now
            return self.reject((s, e), c.start, c.end, "reject.death_row")
        if t is not None and event != "executed" and t.tense == "pluperfect" and (self.any_execution or self.told_execution()) \
                or sentence_of_whole_group(v, text, c, event, self.drafts):
            return self.reject((s, e), c.start, c.end, "reject.background")
        if part is not None and part.kind == "event" and part.event == event \
                and self.place(s, e, c, own=True, where=v.lang == "ar") in (None, part.location) \
                and (part.sentence == (s, e) or self.own_date(s, e, c, counts, t) is None) \
                and not self.parts_by_prison(e, c, counts):
            # "سه تن از اعدام شدگان"; "سبعة محكومين، بينهم ثلاث نساء، صباح اليوم": the date of the
            # sentence is the group's (but "ده نفر از انان اعدام شدند" after a transfer is news);
            # "دو زندانی، از جمله یک زندانی بلوچ، در زندان عادل آباد": the group's own place is no other
            # (nor, in Arabic, the place some of them come from: "12 من المعدومين من أبناء المنطقة الشرقية")
            return self.reject((s, e), c.start, c.end, "reject.split_of_incident")
        if part is not None and part.kind == "event" and event == "sentenced" and part.event in ("executed", "imminent") \
                and (part.sentence == (s, e) or self.own_date(s, e, c, counts, t) is None):
            # "دو نفر از منتقل‌شدگان ... به اعدام محکوم شده‌اند": the death sentence of some of the people
            # the report tells transferred or executed is the lead-up to that news, no sentence of its own
            return self.reject((s, e), c.start, c.end, "reject.background")
        draft = self.draft(s, e, c, event, t, counts, part)
        if v.lang == "fa" and "kind.aggregate.span" in draft.rules and _NAMED_AS.search(text, c.end, min(e, c.end + _NAMED_AS_REACH)):
            # "حکم اعدام چهار متهم دیگر این پرونده به نام‌های X، Y، Z و W اجرا شده بود" over "پاییز و زمستان ۱۴۰۲":
            # named people are one incident, dated as loosely as the report dates it
            draft.kind = "event"
            draft.rules[draft.rules.index("kind.aggregate.span")] = "kind.event.named"
            draft.location = self.place(s, e, c)
        undated = "period.inherited" in draft.rules or draft.period[0] is None
        if v.lang == "fa" and draft.kind == "event" and undated and t is not None and t.tense is None and t.start < c.start \
                and not v.also.search(text, s, e) and _CONFIRMED.search(text, c.end, e) \
                and any(d.event == event and d.kind == "event" and d.count >= c.value and d.sentence[1] <= s
                        for d in self.drafts):
            # "خبرگزاری میزان اعدام سه زندانی مواد مخدر را تأیید کرد": the execution of the three (or of some of
            # the group) told before, named again by its noun with no day of its own; not "... دو زندانی دیگر"
            return self.reject((s, e), c.start, c.end, "reject.told_again")
        if rest_of_incident(v, text, c, draft, self.drafts):
            return self.reject((s, e), c.start, c.end, "reject.rest_of_incident")
        if draft.kind == "event" and undated \
                and (v.statistics.search(text, s, e) or v.so_far.search(text, s, e) or vague_span(v.lang, text, s, e)):
            # "شمار ... به هفت نفر رسید", "در این بازه ۸۸ زندانی", "تاکنون ... برای ۱۰ معترض": a
            # statistic whose span is not told here; the report's day would make it an incident
            return self.reject((s, e), c.start, c.end, "reject.span_without_start")
        if part is not None and part.kind == "event" and draft.period[1] is not None and part.period[0] is not None \
                and draft.period[1] < part.period[0] and not self.whole_of_its_day(s, e, c, draft):
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
        if conjunct and part is not None:
            draft.rules.append("part.conjunct")
        went_on = self.breakdown_went_on(s, e) if draft.kind == "event" and "period.inherited" in draft.rules else None
        if went_on is not None:
            # "... ده نفر به اتهام قتل اعدام شدند. یک زندانی نیز به اتهام ... در زندان X به دار آویخته شد": one
            # more part of the statistic the sentence before broke down, over its span, not the report's day
            draft.period, draft.kind, draft.country = went_on.period, "aggregate", went_on.country
            draft.location = self.place(s, e, c)
            draft.rules = [r for r in draft.rules if not r.startswith(("period.", "kind."))]
            draft.rules[3:3] = ["part.continued", "period.context", "kind.of_context"]
        listed = self.listed_days(s, e, c, t, draft)
        if listed:
            self.drafts.extend(listed[:-1])
            return listed[-1]
        return draft

    def awaiting_after(self, t: TriggerMention, e: int) -> bool:
        """Whether death-row words ("در انتظار اجرای حکم") follow the death sentence `t`, joined to it by
        "و" alone: "... به اعدام محکوم شده‌اند و در انتظار اجرای حکم هستند"."""
        row = self.v.death_row.search(self.text, t.end, min(e, t.end + _ROW_GAP))
        return row is not None and clause_join(self.v.lang).fullmatch(self.text[t.end:row.start()].strip()) is not None

    def killed_before(self, s: int, c: CountMention):
        """The verb of killing whose subject the count is, a date between them and no clause mark ("حيث قُتل
        في أواخر سبتمبر/أيلول أربعة سجناء": the dead of a prison break, not people executed); None if none."""
        a = max(s, c.start - _VICTIM_REACH)
        found = [m for m in self.v.victims.finditer(self.text, a, c.start)]
        # (past the reach of a verb right before its count only with a date between, the verb's own)
        if found and not CLAUSE_MARK.search(self.text, found[-1].end(), c.start) \
                and any(found[-1].end() <= d.start and d.end <= c.start for d in self.dates_in(s, c.start)):
            return found[-1]
        return None

    def rated(self, s: int, e: int, c: CountMention) -> bool:
        """Whether a word of rate sits in the count's clause, shortly before or after it ("به طور
        میانگین هر ۹ ساعت یک نفر", "بمعدل شخص واحد كل يومين", "خمسة سجناء كل يومين")."""
        a = max(s, c.start - _RATE_REACH, *(m.end() for m in CLAUSE_MARK.finditer(self.text, max(s, c.start - _RATE_REACH), c.start)))
        stop = CLAUSE_MARK.search(self.text, c.end, min(e, c.end + _RATE_REACH))
        b = stop.start() if stop else min(e, c.end + _RATE_REACH)
        verb = find_triggers(self.v, self.text, c.end, b)
        b = verb[0].start if verb else b   # "۸۰ زندانی اعدام شده اند و روزانه ...": the next clause's rate
        return self.v.rate.search(self.text, a, c.start) is not None or self.v.rate.search(self.text, c.end, b) is not None
