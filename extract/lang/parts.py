"""The parts of a Persian or Arabic statistic and its running totals: the figure a count breaks
down ("از مجموع اعدام شدگان، ۷۲ نفر ..."), rows of a list after a colon, two counts joined under
one verb, and an ordinal from the start its sentence names. A mixin of assemble._Field; the rows of a
table and bracketed rows ("خوزستان (۲۹)") are in table_rows.py.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words
from .drafts import Draft
from .mentions import CountMention, TriggerMention, find_counts, find_triggers
from .executed_parts import of_the_executed
from .first_on_its_day import first_on_its_day
from .restated_figures import restated_before, whole_split_before
from .vocab import alternation, listed

# "از حدود ۲۳ هزار زندانی، ۶۰۰ نفر ...", "من أصل 25 ...": the whole a part is taken from (a hedge may sit between)
WHOLE_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{words('persian-arabic.yaml')['whole_openers']})[\s\u200c]*(?:\S+[\s\u200c]+)?\Z")
_JOINT_FA = re.compile(r"(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+)?[\s\u200c]+و[\s\u200c]+")
_JOINT_AR = re.compile(r"(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+)?[\s\u200c]+و")   # Arabic "و" joins the next word
_LIST_GAP = 40   # characters between two items of one list ("۵۷ نفر فارس، ۳۵ نفر کرد")
_LIST_JOIN = re.compile(r"[،,]|(?<![\w\u200c])و")
# "مواد مخدر:", "- قتل عمد:": a short label opening a line, then its figure
# ("مواد مخدر | ۴۱۸ نفر": a table written with a bar between its columns is read the same way)
_ROW_LABEL = re.compile(r"[\s\u200c\-•*|]*[^\s:|،,.؛\d][^:|،,.؛\d]{0,40}[:|]")
_NAME_LIST = re.compile(rf"(?<![\w\u200c])(?:{alternation(words('persian-arabic.yaml').value('name_list_openers'), 'fa')})(?![\w\u200c])")
# ("از جمله «A» و «B»، دو برادر": the count right after the names, as many as they are)
_INCLUDING_NAMES = re.compile(rf"(?<![\w\u200c])(?:{alternation(words('persian-arabic.yaml').value('including_names'), 'fa')})"
                              r"[\s\u200c]*(?P<names>(?:«[^«»\n]{2,40}»[\s\u200c]*(?:[،,و][\s\u200c]*)?)+)\Z")


_MAKE_UP_REACH = 10   # characters before a count within which "، هم" opens the make-up of a figure


@lru_cache(maxsize=None)
def _make_up_opening(lang: str) -> re.Pattern | None:
    """"، هم" right before a count (vocab-LANG.yaml group_listing); None for a language whose file lists none."""
    phrases = listed(lang, "group_listing")
    return re.compile(rf"[،,][\s\u200c]*(?:{alternation(phrases, lang)})[\s\u200c]*\Z") if phrases else None


_ITEM = re.compile(r"[\s\u200c]*[-–—•*▪●][\s\u200c]*")   # the bullet opening an item of a list


def _label_end(text: str, s: int, e: int) -> int:
    """Where the label of a row ends in text[s:e]: its last colon, or the bar of a table row
    ("قتل عمد | ۲۸۰ نفر"); -1 when there is neither."""
    return max(text.rfind(":", s, e), text.rfind("|", s, e))


@lru_cache(maxsize=None)
def _these(lang: str) -> re.Pattern | None:
    """"من هذه" inside a count ("10 من هذه الإعدامات"); None for a language whose file lists no
    demonstratives."""
    these = listed(lang, "partitive_demonstratives")
    return re.compile(rf"(?<![\w\u200c])من[\s\u200c]+(?:{alternation(these, lang)})(?![\w\u200c])") if these else None


@lru_cache(maxsize=None)
def _of_executed(lang: str) -> re.Pattern | None:
    """"ممن" inside a count: some of those executed over the statistic's span, not of
    a narrower figure told between (None for a language whose file lists none)."""
    words_ = listed(lang, "partitives_of_executed")
    return re.compile(rf"(?<![\w\u200c])(?:ال)?(?:{alternation(words_, lang)})(?![\w\u200c])") if words_ else None


@lru_cache(maxsize=None)
def _of_report(lang: str) -> re.Pattern | None:
    """"من المعدومين" inside a count: some of the executed the report is about (vocab-LANG.yaml
    partitives_of_report; None for a language whose file lists none)."""
    words_ = listed(lang, "partitives_of_report")
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(words_, lang)})(?![\w\u200c])") if words_ else None


_MONTH_DAYS = 27   # the shortest span of a month's figure: its joined counts are parts, not one group,
                   # and "ممن أعدموا" takes its part of it
WEEK_DAYS = 6    # the shortest span of a weekly figure a breakdown word may split (seven days, ends counted apart;
                 # table_rows.py too)
_KIN_REACH = 40   # characters after a singular verb within which "وزوجتاه" is joined to its subject


@lru_cache(maxsize=None)
def _kin(lang: str) -> re.Pattern | None:
    kin = listed(lang, "kin_duals")
    return re.compile(rf"(?<![\w\u200c])و(?:{alternation(kin, lang)})(?![\w\u200c])") if kin else None


@lru_cache(maxsize=None)
def _companion(lang: str) -> re.Pattern | None:
    one = listed(lang, "companions_of_one")
    return re.compile(rf"(?<![\w\u200c])و[\s\u200c]+(?:{alternation(one, lang)})(?![\w\u200c])") if one else None


class Parting:
    """Parts and running totals for one field; the host sets text, v, drafts, paragraphs, folded,
    original, published and offers dates_in(), statistic(), paragraph_of(), country_in(),
    offences(), reject()."""

    restated_counts: tuple = ()   # starts of the counts that split a figure restated just before (part.restated_figure)
    week_wholes: tuple = ()   # ids of the weekly figures a breakdown word reached past a table (part.of_week)
    executed_parts: tuple = ()   # starts of the counts of the executed given a statistic of executions (part.of_the_executed)

    def kin_dual(self, t: TriggerMention, e: int) -> bool:
        """Whether "and his two ..." ("وزوجتاه", "وابناه") is joined to the one person a singular verb
        tells, a few words after it ("أُعدم الأسبوع الماضي رجل كوردي وزوجتاه": three people)."""
        kin = _kin(self.v.lang)
        m = kin.search(self.text, t.end, min(e, t.end + _KIN_REACH)) if kin is not None else None
        # (not the victims after a charge: "أُعدم مواطن أدين بقتل زوجته وابنيه")
        return m is not None and not self.v.victims.search(self.text, t.end, m.start()) \
            and not any(p.search(self.text, t.end, m.start()) for _, p in self.v.offences)

    def companion(self, s: int, t: TriggerMention) -> bool:
        """Whether "و همدستش" (and his accomplice) is joined to the subject of singular verb `t` before
        it in its sentence ("حکم اعدام «X» و همدستش اجرا شد": two people); not after a charge, whose
        victims those may be ("به اتهام قتل همسر و همدستش")."""
        pattern = _companion(self.v.lang)
        m = pattern.search(self.text, s, t.end) if pattern is not None else None
        return m is not None and not self.v.victims.search(self.text, s, m.start()) \
            and not any(p.search(self.text, s, m.start()) for _, p in self.v.offences)

    def of_these(self, c: CountMention) -> bool:
        """Whether a count is "N of these" ("10 من هذه الإعدامات نُفذت علناً"): a part of the figure just
        told, with its period (part.breakdown)."""
        these = _these(self.v.lang)
        return these is not None and these.search(self.text, c.num_start, c.end) is not None

    def ordinal(self, s: int, e: int, c: CountMention, t: TriggerMention | None) -> None:
        """"ششمین معترضی است که پس از خیزش ... اعدام می شود": a running total from the start its
        sentence names (since a day or an event, or this year) to the report's day; none without one."""
        dates = self.dates_in(s, e)
        first_day = first_on_its_day(self, s, e, c, t)
        if first_day is not None:
            self.drafts.append(first_day)   # "نخستین اعدام ... در ۱۶ قوس ۱۴۰۱ ... انجام شد": an incident of that day
            return
        first = next((d for d in dates if d.since and d.named), None) or next((d for d in dates if d.since), None) \
            or next((d for d in dates if d.period_start < self.published <= d.period_end), None)
        if first is None:
            self.reject((s, e), c.start, c.end, "reject.span_without_start")
            return
        country, stated = self.country_in(s, c.start)
        event = t.event if t is not None else "executed"   # "الإعدام الـ١٠٠" names executions itself
        rules = [f"trigger.{t.event}:{t.phrase}" if t is not None else "event.executed", "count.ordinal", "qualifier.exact",
                 "period.since_anchor" if first.since else "period.stated", "kind.aggregate.ordinal",
                 "country.stated" if stated else "country.report"]
        self.drafts.append(Draft(event, c.value, "exact", (first.period_start, min(first.period_end, self.published)),
                                 "aggregate", country, self.offences(s, e), None, (s, e), (c.start, c.end), rules))

    def joined(self, counts: list[CountMention], s: int, e: int) -> list[CountMention]:
        """"سه مرد و یک زن بلوچ ... اعدام شدند", "أعدم رجلان وامرأة", "ثلاثة باكستانيين ويمنياً": two
        counts of people joined by "و" (an adjective at most between), or (Arabic) a count and one
        person noun after "و", are one group of their sum under one verb; not in a breakdown,
        whose parts stay parts, nor in a figure over a span (the English rule, candidate_sums.summed)."""
        if self.v.breakdown.search(self.text, s, e) or self.listed(s, e) or self.over_a_span(s, e) \
                or self.under_a_statistic(s, e) or not find_triggers(self.v, self.text, s, e):
            # (a list after a colon, "۲۰ نفر کرد و ۳ نفر عرب", is parts too; and so is a row with no
            # trigger of its own, only a copula: "- ۱۳ نفر بلوچ و ۹ نفر کرد بودند؛" under "در میان اعدام‌شدگان:")
            return counts
        joint = _JOINT_FA if self.v.lang == "fa" else _JOINT_AR
        out: list[CountMention] = []
        for c in counts:
            prev = out[-1] if out else None
            if prev is not None and prev.noun == c.noun == "person" and c.qualifier == "exact" \
                    and joint.fullmatch(self.text[prev.end:c.start]) and not self.make_up(s, prev):
                out[-1] = CountMention(prev.value + c.value, prev.qualifier, "person", prev.start, c.end, prev.num_start)
                continue
            out.append(c)
        if self.v.one_person is not None:
            for i, c in enumerate(out):
                dual = self.v.dual_nouns is not None and self.v.dual_nouns.match(self.text, c.start)
                one = self.v.one_person.match(self.text, c.end, e) \
                    or (self.v.one_after_dual.match(self.text, c.end, e) if dual else None)
                if c.noun == "person" and one is not None:
                    out[i] = CountMention(c.value + 1, c.qualifier, "person", c.start, one.end(), c.num_start)
        return out

    def make_up(self, s: int, c: CountMention) -> bool:
        """Whether count `c` opens the make-up of a figure told just before it ("ليرتفع إلى 17 عدد من
        أعدموا ...، هم سبعة سعوديين وعشرة أجانب"): its parts stay parts, not one group of their sum."""
        opening = _make_up_opening(self.v.lang)
        return opening is not None and opening.search(self.text, max(s, c.start - _MAKE_UP_REACH), c.start) is not None

    def over_a_span(self, s: int, e: int) -> bool:
        """Whether sentence text[s:e] tells a figure over a month or more: a span written in it ("در
        سال ۲۰۲۴", "در این ماه") or one pointed back to ("در این مدت", "در همین بازه"). Counts joined
        by "و" there ("۱۲ زن و سه نوجوان در این مدت اعدام شده‌اند", "۲۹ زندانی کرد و ۲۴ زندانی بلوچ در
        این ماه") are parts of the statistic (SCHEMA.md: each breakdown a claim), never one group."""
        if self.v.this_span.search(self.text, s, e) or self.v.same_period.search(self.text, s, e):
            return True
        return any(not d.is_day and (d.period_end - d.period_start).days >= _MONTH_DAYS for d in self.dates_in(s, e))

    def under_a_statistic(self, s: int, e: int) -> bool:
        """Whether sentence text[s:e], with no date of its own and no day in its paragraph, follows a
        statistic of a month or more ("همچنین حکم اعدام ۳۰ زن و ۵ نوجوان اجرا شد" after "در سال ۲۰۲۴ ...
        ۹۰۱ زندانی اعدام شده‌اند"): counts joined there are parts of that figure (SCHEMA.md: each
        breakdown a claim), as in a sentence that writes its span (over_a_span), never one group."""
        return self.v.lang == "fa" and not self.dates_in(s, e) and not self.day_in_paragraph(s) \
            and self.statistic(s) is not None

    def list_end(self, s: int, e: int, c: CountMention) -> int:
        """Where the list a count opens ends: "هشت زندانی ترک، پنج زندانی لر و سه شهروند افغانستان
        در میان اعدام شدگان" puts all three under the marker after the last."""
        end = c.end
        for n in find_counts(self.v, self.text, c.end, e):
            gap = self.text[end:n.start]
            if len(gap) > _LIST_GAP or not _LIST_JOIN.search(gap) or find_triggers(self.v, self.text, end, n.start):
                break
            end = n.end
        return end

    def listed(self, s: int, e: int) -> bool:
        """Whether the sentence ends in a list after a colon with no verb of execution of its own
        (not a dateline: "۱۲ اردیبهشت: سه مرد ... اعدام شدند")."""
        colon = _label_end(self.text, s, e)
        return colon >= 0 and not find_triggers(self.v, self.text, colon, e)

    def named_member(self, c: CountMention, counts: list[CountMention]) -> bool:
        """Whether the count stands in the list of names of a larger group counted just before it
        ("حکم اعدام چهار زندانی به نام‌های A، B و C و یک زن ... اجرا شد": the woman is the fourth; "چهار
        زندانی، از جمله «A» و «B»، دو برادر ...": the brothers are A and B), with no verb of execution between: one of that group, no incident of its own."""
        for o in counts:
            if o.end <= c.start and o.value > c.value:
                opener = _NAME_LIST.search(self.text, o.end, c.start) is not None or self.names_before(o.end, c)
                if opener and not [t for t in find_triggers(self.v, self.text, o.end, c.start) if not t.nominal]:
                    return True
        return False

    def names_before(self, lo: int, c: CountMention) -> bool:
        """Whether the count comes right after "از جمله" and as many names in guillemets as it counts."""
        m = _INCLUDING_NAMES.search(self.text, lo, c.start)
        return m is not None and m.group("names").count("«") == c.value

    def row(self, s: int, e: int, c: CountMention) -> bool:
        """Whether a count is an item of a list after a colon, in a sentence with no verb of its own:
        a row "مواد مخدر: ۴۵ نفر" or "الجنسيات: ٧٤ سعودياً، و٨ يمنيين"."""
        if self.item_under_breakdown(s, e, c):
            return True
        colon = _label_end(self.text, s, c.start)
        return colon >= 0 and self.listed(colon, e) \
            and (self.v.breakdown.search(self.text, s, colon) is not None
                 or self.v.executed_nouns.search(self.text, s, colon) is not None
                 or _ROW_LABEL.fullmatch(self.text, s, colon + 1) is not None)

    def item_under_breakdown(self, s: int, e: int, c: CountMention) -> bool:
        """Whether the count opens an item of a list ("• ۹ نفر کرد") with no verb of its own, under a line
        that ends in a colon and says whom it splits ("از میان این زندانیان:", "در میان اعدام‌شدگان:"),
        the items between it and the count being of the same list: a row of that breakdown."""
        if self.v.lang != "fa" or not _ITEM.fullmatch(self.text, s, c.start):
            return False
        own = find_triggers(self.v, self.text, c.end, e)
        if own and (any(not self.clause_date(s, d, own[-1].start) for d in self.dates_in(s, e))
                    or any(t.event != "executed" or t.negated for t in own)):
            # (an item with a verb of execution and no date of its own, "- یک زندانی به اتهام قاچاق مواد مخدر
            # اعدام شد؛", is still a row of the figure the line above splits; a date in a relative clause,
            # "X که در اواخر ماه مارس از زندان گریخته بود، ... به دار آویخته شد", is not the item's)
            return False
        for a, b in reversed([x for x in self.sentences if x[1] <= s]):
            if _ITEM.match(self.text, a):
                continue
            head = self.text[a:b].rstrip()
            return head.endswith(":") and (self.v.breakdown.search(head) is not None
                                          or self.v.executed_nouns.search(head) is not None)
        return False

    def marked_before(self, s: int, c: CountMention) -> bool:
        """Whether a breakdown word stands before the count in its sentence with no verb of execution
        between: in "حين نُفذ حكم القتل بحق 47 شخصاً، بينهم نمر النمر، فيما أُعدم 37 شخصاً في أبريل
        2019" the 37 are told by a verb of their own, no part of the 47."""
        marks = list(self.v.breakdown.finditer(self.text, s, c.start))
        return bool(marks) and not any(not t.nominal for t in find_triggers(self.v, self.text, marks[-1].end(), c.start))

    def whole_told(self, s: int, c: CountMention) -> Draft | None:
        """The claim of the whole a count is taken from, when its sentence opens with that whole's
        figure ("از ۲۵ زندانی اعدام‌شده، ۱۸ نفر به اتهام ..."; "من أصل 40 شخصاً أعدموا، 12 ..."):
        the last claim told before with that figure, whatever claim came between."""
        for w in find_counts(self.v, self.text, s, c.start):
            if w.end <= c.start and w.value > c.value and re.search(r"[،,:]", self.text[w.end:c.start]) \
                    and WHOLE_BEFORE.search(self.text, max(s, w.start - 12), w.start):
                told = [d for d in self.drafts if d.count == w.value and d.span[1] <= s]
                if told:
                    return told[-1]
        return None

    def part_of(self, s: int, e: int, c: CountMention, marked: bool = False) -> Draft | None:
        """The claim a count breaks down (`_whole_of`), an execution's when the count is of the executed."""
        return of_the_executed(self, s, e, c, self._whole_of(s, e, c, marked))

    def _whole_of(self, s: int, e: int, c: CountMention, marked: bool = False) -> Draft | None:
        """The claim a count breaks down ("شش زندانی سیاسی ... در میان اعدام شدگان", "اثنان منهم"):
        the last claim of this or the previous paragraph when a breakdown word is beside the count."""
        v, text = self.v, self.text
        # "... در میان اعدام شدگان" after the count, or before it anywhere in its sentence (a list:
        # "در میان اعدام شدگان ماه گذشته سه زن، چهار تبعه افغانستان، ۳۵ شهروند بلوچ")
        last = self.list_end(s, e, c)
        marked = marked or self.item_under_breakdown(s, e, c)   # "از میان این زندانیان:" then "• ۹ نفر کرد"
        marker = marked or c.noun == "partitive" or v.breakdown.search(text, c.end, min(e, last + 60)) \
            or self.marked_before(s, c) or self.row(s, e, c)
        if not marker:
            return None
        p = self.paragraph_of(s)
        earlier = [q for q in self.paragraphs if q < p]
        since = earlier[-1] if earlier else 0
        # (a figure given for comparison is no statistic the next sentence splits)
        context = [d for d in self.drafts if d.span[0] >= since and d.span[0] < c.start and d.count > c.value
                   and "kind.aggregate.comparison" not in d.rules]
        of_report = _of_report(v.lang)
        if of_report is not None and of_report.search(text, c.num_start, c.end):
            # "41 من المعدومين ينتمون إلى الطائفة الشيعية": of the report's own figure of the executed, the
            # first told (an incident or the month counted), not a year's total compared with after it
            lead = next((d for d in self.drafts if d.event == "executed" and d.count > c.value and d.span[0] < c.start
                         and "kind.aggregate.comparison" not in d.rules), None)
            if lead is not None:
                return lead
        executed = _of_executed(v.lang)
        if executed is not None and executed.search(text, c.num_start, c.end):
            # "أعدمت 57 ... خلال شهرين ... 49 من هذه الإعدامات نُفذت خلال عشرة أيام ... و15 ممن أُعدموا في
            # الشهرين": those executed over the span of the latest statistic (the last told of those ending
            # last), not the ten days told between nor a year compared with
            stats = [d for d in context if d.kind == "aggregate" and None not in d.period
                     and (d.period[1] - d.period[0]).days >= _MONTH_DAYS]
            if stats:
                return max(stats, key=lambda d: (d.period[1], d.span[0]))
        here = [d for d in self.drafts if d.span[0] >= p and d.span[0] < c.start and d.kind == "aggregate"]
        if here and here[-1].count <= c.value:
            # "وأُعدم ١١٧ ... العام الماضي. وبلغ عدد الأجانب بين المعدومين ١٢٩": the paragraph speaks of
            # 2024; the figure split is the one of that period told earlier, not an older record
            same = [d for d in self.drafts if d.period == here[-1].period and d.count > c.value
                    and d.span[0] < c.start and "kind.aggregate.comparison" not in d.rules]
            if same:
                return same[-1]
        restated = restated_before(self, s, context)
        if restated is not None:
            self.restated_counts = (*self.restated_counts, c.start)   # (its claim carries part.restated_figure)
            return restated   # "... این ۲۵ زندانی اجرا شده است. از این تعداد، ۱۸ نفر": the figure named last
        if context:
            # "وكانت أعلى حصيلة سابقة ١٩٠ في ٢٠١٩ ... وبلغ عدد الأجانب بين المعدومين ٩٠": a breakdown splits the
            # report's current figure (told up to three paragraphs before), not one of a span wholly before it
            earlier = [q for q in self.paragraphs if q <= s]
            wide = earlier[-4] if len(earlier) >= 4 else 0
            last = context[-1]
            newer = [d for d in self.drafts if d.span[0] >= wide and d.span[0] < c.start and d.count > c.value
                     and "kind.aggregate.comparison" not in d.rules and d.period[1] is not None
                     and last.period[1] is not None and d.period[0] is not None and d.period[0] > last.period[1]]
            return max(newer, key=lambda d: (d.period[1], d.span[0])) if newer else last
        # a list of one line each ("- ۲۲ زن در میان اعدام شدگان"): the statistic a few lines up
        stat = whole_split_before(self, s, c.value)
        if stat is not None:
            self.restated_counts = (*self.restated_counts, c.start)   # a list after the parts of a restated figure
        else:
            stat = self.statistic(s)
        if stat is None and (marked or self.marked_before(s, c)):
            # "در هفت روز گذشته ۴۱ زندانی ... از نظر اتهام، ۲۴ نفر ...": a breakdown word before the count
            # splits a weekly figure told before, however far up (a table of prisons, a line each, between them)
            # (the latest such figure, not one compared with: "نسبت به ۳۲ اعدام در هفت روز پیش از آن")
            stat = max((d for d in self.drafts if d.kind == "aggregate" and d.period[0] and d.period[1]
                        and (d.period[1] - d.period[0]).days >= WEEK_DAYS and d.span[0] < c.start
                        and "kind.aggregate.comparison" not in d.rules),
                       key=lambda d: (d.period[1], -d.span[0]), default=None)
            if stat is not None and stat.count > c.value:
                self.week_wholes = (*self.week_wholes, id(stat))   # (its parts carry part.of_week)
        if (stat is None or stat.count <= c.value) and self.row(s, e, c):
            # a row of a table, each line its own paragraph, far below its figure
            # (the report's own figure, the latest, not one it was compared with)
            stat = max((d for d in self.drafts if d.kind == "aggregate" and d.count > c.value and d.period[0]
                        and (d.period[1] - d.period[0]).days >= 27), key=lambda d: (d.period[1], -d.span[0]), default=None)
        return stat if stat is not None and stat.count > c.value and "kind.aggregate.comparison" not in stat.rules else None
