"""Dates in a Persian or Arabic count's sentence that are not the count's: an arrest's, a crime's, a
relative clause's, another event's, a dateline, the year of a figure compared with, a window's length
told before the span it measures, and (Arabic) the date of a relative clause on someone else. A mixin
of assemble._Field (it reads the field's text, published and v; own_date in dating.py drops what these
find)."""
from __future__ import annotations

import re
from functools import lru_cache

from .calendars import DateMention
from .mentions import CountMention, TriggerMention, find_triggers
from .vocab import alternation, listed, start
from ..lexicon import VocabularyFileError, words

_PA = words('persian-arabic.yaml')
ANNOUNCE = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_PA['announce_words']})(?![\w\u200c])")
# the mark after a dateline: a colon, or a dash before the first words ("سازمان حقوق بشر ایران، ۱۱ مرداد ۱۴۰۲ – ...")
_DATELINE = re.compile(r"[\s\u200c]*(?::|[–—-](?![\s\u200c]*\d))")
_BULLET_BEFORE = re.compile(r"(?:^|\n)[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c]*\Z")   # "- ", "• ", "۳. " opening a line
COMPARED_YEAR = re.compile(
    rf"(?<![\w\u200c])[وب]?(?:{_PA['comparison_nouns']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,2}}?[\s\u200c]+"
    rf"(?:(?:{_PA['comparison_links']})[\s\u200c]+|ب)(?:ال)?(?:(?:عام|سنه)[\s\u200c]*)?$"
    rf"|(?<![\w\u200c])[وب]?(?:{_PA['compared_with_nouns']})(?:[\s\u200c]+(?:[^\s\u200c،,.؛]|\.(?=\d))+){{1,6}}?[\s\u200c]+(?:فی|خلال)"
    rf"[\s\u200c]+(?:کل[\s\u200c]+من[\s\u200c]+)?(?:(?:{_PA['compared_year_words']})[\s\u200c]*)?$")
_YEAR_AND = re.compile(r"[\s\u200c]*و[\s\u200c]*")   # two years joined: "عامي 2021 و2022"
_WHEN_CLAUSE = re.compile(rf"[^،,؛]*[،,][\s\u200c]*[وف]?(?:{_PA['when_words']})(?![\w\u200c])[^،,؛]*")
_MULTIPLE_OF = re.compile(
    rf"(?<![\w\u200c])(?:{_PA['multiple_words']})(?![\w\u200c])(?:[\s\u200c]+[^\s\u200c،,.؛\d]+){{0,6}}?[\s\u200c]+"
    rf"(?:(?:فی|خلال)[\s\u200c]*)?(?:(?:ال)?(?:عام|سنه)[\s\u200c]*)?$")
_AFTER_CLAUSE = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_PA['after_clause_openers']})(?![\w\u200c])")
COMPARED_REACH = 60   # characters before a year within which a word of comparison makes it the other figure's
_ANNOUNCE_REACH = 40   # characters between the verb of announcing and the day after it
_EVENT_NOUN_REACH = 40  # characters before a date within which the noun of the event it names stands
_MEASURED_GAP = 12       # characters between a window's length and the span it measures ("، فقط، بين")


@lru_cache(maxsize=None)
def _other_event(lang: str) -> re.Pattern | None:
    """A noun of another event (protests, an attack, a war) and at most one word after it, ending
    where a date begins: "اعتراضات دی ماه ۱۳۹۶", "«اغتشاشات» دی ماه ۱۳۹۶" (its closing quote), "حادثه
    تروریستی ۲۵ آبان ۱۴۰۱" (the ezafe ties the date to the noun). None for a language whose file lists
    no such nouns."""
    try:
        nouns = words(f"vocab-{lang}.yaml").value("other_event_nouns")
    except VocabularyFileError:
        return None
    # (or its target and where, then "در": "حمله به رژه نظامی اهواز در شهریور ۱۳۹۷", the attack's month)
    try:
        targets = words(f"vocab-{lang}.yaml").value("other_event_targets")
    except VocabularyFileError:
        targets = None
    word = r"[\s\u200c]+[^\s\u200c\d،,؛;:.()«»\-–]+"
    target = rf"|[\s\u200c]+(?:{alternation(targets, lang)})(?:{word}){{1,4}}[\s\u200c]+در" if targets else ""
    return re.compile(rf"{start(lang)}(?:{alternation(nouns, lang)})»?(?:(?:{word})?{target})[\s\u200c]+\Z")


@lru_cache(maxsize=None)
def _crime_words(lang: str) -> re.Pattern | None:
    """The words of a crime ("بخطف", "وقتلها") that make a date after them the crime's; None for a
    language whose file lists none."""
    phrases = listed(lang, "crime_words")
    return re.compile(rf"{start(lang)}(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


@lru_cache(maxsize=None)
def compared_year_opener(lang: str) -> re.Pattern | None:
    """"نسبت به سال" right before a date, which makes it the year compared with; None for a language
    whose file lists no such words."""
    try:
        openers = words(f"vocab-{lang}.yaml").value("compared_year_openers")
    except VocabularyFileError:
        return None
    year = alternation(words(f"vocab-{lang}.yaml").value("calendar")["year_word"], lang)
    return re.compile(rf"{start(lang)}(?:{alternation(openers, lang)})[\s\u200c]+(?:(?:{year})[\s\u200c]*)?\Z")


_ALL_REACH = 20   # characters before a window within which "جميعها" makes it a length


@lru_cache(maxsize=None)
def _all_of_them(lang: str) -> re.Pattern | None:
    """"جميعها" (and a preposition) right before a window; None for a language whose file lists none."""
    phrases = listed(lang, "all_of_them")
    return re.compile(rf"{start(lang)}(?:{alternation(phrases, lang)})[\s\u200c]+(?:(?:خلال|فی)[\s\u200c]+)?\Z") \
        if phrases else None


class OtherDates:
    """Dates that belong to something else than the count; the host sets text, sentences, paragraphs,
    dates, day_dates, published and v and offers dates_in(), lead_day(), lead_up_day() (lead_up.py)
    and said_of_another() (governing.py)."""

    def measures_next(self, d: DateMention, dates: list[DateMention]) -> bool:
        """Whether `d`, a window counted back from the report ("خلال عشرة أيام"), is only the length of
        the span told right after it ("خلال عشرة أيام فقط، بين الثالث والثالث عشر من أكتوبر"): as many
        days (a day either way: whether the window counts the report's day), ended before the report,
        with at most two words ("فقط، بين") between."""
        if self.published is None or d.period_end != self.published:
            return False
        return any(o is not d and o.period_end < self.published and 0 <= o.start - d.end <= _MEASURED_GAP
                   and abs((o.period_end - o.period_start) - (d.period_end - d.period_start)).days <= 1
                   and re.fullmatch(r"[\s\u200c،,]*(?:[^\s\u200c،,\d]+[\s\u200c،,]*){0,2}", self.text[d.end:o.start])
                   for o in dates)

    def measures_all(self, d: DateMention) -> bool:
        """Whether `d`, a window counted back from the report ("خلال أربعة أشهر"), follows "all of them"
        ("61 حكماً في النصف الأول من 2023، جميعها خلال أربعة أشهر"): how long the figure's span lasted."""
        pattern = _all_of_them(self.v.lang)
        return pattern is not None and self.published is not None and d.period_end == self.published \
            and pattern.search(self.text, max(0, d.start - _ALL_REACH), d.start) is not None

    def another_ones(self, c: CountMention, d: DateMention) -> bool:
        """Arabic: whether date `d`, after count `c`, follows a verb said of another noun in a relative
        clause (governing.said_of_another: "خمس نساء، ... والصحفي X الذي أُعدم في يونيو": his month)."""
        return self.v.lang == "ar" and d.start >= c.end and any(
            self.said_of_another(c, t) for t in find_triggers(self.v, self.text, c.end, d.start))

    def arrest_date(self, d: DateMention, dates: list, e: int) -> bool:
        """Whether `d` dates an arrest or another action told right after it (no other date between)."""
        m = self.v.other_actions.search(self.text, d.end, min(e, d.end + 40))
        if m is not None and any(re.fullmatch(r"[\s\u200c،,]*", self.text[t.end:d.start])
                                 for t in find_triggers(self.v, self.text, max(0, d.start - 30), d.start)):
            return False   # "أُعدم الأسبوع الماضي رجل ... أدينوا بخطف": the date right after the verb is the verb's
        if m is not None and any(t.start < d.start and d.end < t.end
                                 for t in find_triggers(self.v, self.text, max(0, d.start - 30), min(e, d.end + 40))):
            return False   # "أيدت الأسبوع الماضي حكم الإعدام الصادر بحق عامل أدين بخطف": inside the verb's phrase
        # "الأحد، بإعدام ١٠ متهمين وبالسجن ...": a trigger between makes the date the trigger's
        return m is not None and not any(d.end <= o.start < m.start() for o in dates) \
            and not find_triggers(self.v, self.text, d.end, m.start())

    def crime_date(self, c: CountMention, t: TriggerMention | None, d: DateMention) -> bool:
        """Arabic puts the verb first and the charge after the people: in "نُفذ ... حكم الإعدام بحق 3
        مدانين بقتل نجل المستشار بالمنصورة عام 2014" a date after the count with a word of killing
        between (no comma, no other trigger) dates the killing, not the hanging."""
        if t is None or t.start > c.start or d.start < c.end:   # (c is t for one person: "بمواطن أدين بقتل ...")
            return False
        between = self.text[c.end:d.start]
        if re.search(r"[،,؛;]", between) or find_triggers(self.v, self.text, c.end, d.start):
            return False
        crime = _crime_words(self.v.lang)
        return self.v.victims.search(self.text, c.end, d.start) is not None \
            or crime is not None and crime.search(self.text, c.end, d.start) is not None

    def crime_date_before(self, s: int, c: CountMention, d: DateMention) -> bool:
        """Arabic: in "أُعدم ثلاثة مدانين بقتل نجل قاضٍ عام 2014، وثلاثة آخرون مدانون بقتل ضابط عام 2013"
        the date closing the clause before the count, a word of killing before it in that clause (no
        mark, no trigger between), dates the crime of the people counted there, not this count's hanging."""
        if self.v.lang != "ar" or d.end > c.start or not re.search(r"[،,]", self.text[d.end:c.start]):
            return False
        marks = [s + m.end() for m in re.finditer(r"[،,؛;]", self.text[s:d.start])]
        a = marks[-1] if marks else s   # (the clause of the date)
        crime = _crime_words(self.v.lang)
        word = [m for p in (self.v.victims, crime) if p is not None for m in p.finditer(self.text, a, d.start)]
        return bool(word) and not find_triggers(self.v, self.text, max(m.end() for m in word), d.start)

    def announced_day(self, d: DateMention, t: TriggerMention | None) -> bool:
        """Whether day `d` stands between a verb of announcing and the execution noun it announces
        ("أعلنت وزارة العدل العراقية، اليوم الثلاثاء، تنفيذ أحكام الإعدام"): the day of the announcement,
        which a day told with the execution itself later in the report ("نفذت يوم أمس الاثنين") replaces."""
        if t is None or not d.is_day or t.start < d.end \
                or not re.fullmatch(r"[\s\u200c،,]*(?:[^\s\u200c،,\d]+[\s\u200c،,]*)?", self.text[d.end:t.start]):
            return False   # (one word may follow the day: "اليوم الثلاثاء،")
        return ANNOUNCE.search(self.text, max(0, d.start - _ANNOUNCE_REACH), d.start) is not None

    def after_clause(self, c: CountMention, t: TriggerMention | None, d: DateMention) -> bool:
        """Persian: a date in a clause opened by "که" after the count and its verb ("۲۸۸ اعدام ... انجام
        شده که بیشترین شمار در ۱۵ سال گذشته است") describes, it does not date."""
        if self.v.lang != "fa" or d.start < c.end:
            return False
        head = t.end if t is not None and t.start >= c.end else c.end
        opened = [m.start() for m in re.finditer(r"(?<!\S)که(?!\S)", self.text[c.end:d.start])]
        return bool(opened) and c.end + opened[-1] >= head

    def clause_date(self, s: int, d: DateMention, verb: int, t: TriggerMention | None = None) -> bool:
        """Whether date `d` sits in a relative clause that closes before `verb` ("X که در سال ۲۰۲۳
        بازداشت شده بود، ... اعدام شد": the year is the arrest's). Not when the clause's verb is the
        count's own trigger `t`: "شمار زندانیانی که از ابتدای سال جاری تا پایان مهرماه اعدام شده‌اند،
        به ۲۹۱ نفر رسیده" says who is counted, and its date is theirs."""
        if self.v.lang != "fa" or d.start > verb:
            return False
        if t is not None and d.end <= t.start and t.end <= verb and "،" not in self.text[d.end:t.start] \
                and "،" in self.text[t.end:verb]:
            return False
        # "که" of a relative clause, not of "در حالی که" (whereas) or "پس از آنکه"
        # (nor the "که" of a verb's object clause: "گزارش ها حاکی است که از ...", "اعلام کرد که ...")
        opened = [m.end() for m in re.finditer(r"(?<!\S)(?<!حالی )که(?!\S)", self.text[s:d.start])
                  if not self.v.finite_end.search(self.text, s, s + m.start())]
        # "که در سال ۲۰۲۳، ۴۱۹ نفر ... اعدام شده اند": a comma right before a figure only keeps two
        # numbers apart ("that in 2023, 419 people"); it closes no clause
        tail = re.sub(r"^[\s\u200c]*،(?=[\s\u200c]*\d)", "", self.text[d.end:verb])
        return bool(opened) and "،" not in self.text[s + opened[-1]:d.start] and "،" in tail

    def part_date(self, c: CountMention, d: DateMention, counts) -> bool:
        """Arabic: a date after a breakdown word and a count of its own told after count `c` ("أُعدم خلال
        الشهر ثمانية سجناء، بينهم ستة أُعدموا في الرابع من أكتوبر") is the part's day, not the whole's."""
        if self.v.lang != "ar" or d.start < c.end:
            return False
        mark = self.v.breakdown.search(self.text, c.end, d.start)
        return mark is not None and any(mark.end() <= o.start < d.start for o in counts if o is not c)

    def other_event_date(self, d: DateMention) -> bool:
        """Whether a date names the day of another event, told right after that event's noun
        ("حکم اعدام X، از بازداشت شدگان اعتراضات دی ماه ۱۳۹۶، سحرگاه امروز ... اجرا شد": the
        protests' month, which describes who was hanged, not when). A named event keeps its own rule,
        and a span opened there runs from that day ("از آغاز جنگ در ۲۳ خرداد، دست کم شش نفر ...")."""
        found = _other_event(self.v.lang)
        if d.is_day and not re.search(r"\d", d.text):
            # "نخستین اعدام مرتبط با اعتراضات روز پنجشنبه گذشته انجام شد": a weekday or "yesterday" is
            # told from the report's day, the day of what the sentence tells; another event is named by
            # its date in figures ("اعتراضات ۲۵ آبان")
            return False
        return found is not None and not d.named and not d.since \
            and found.search(self.text, max(0, d.start - _EVENT_NOUN_REACH), d.start) is not None

    def same_day_as_lead_up(self, d: DateMention, t) -> bool:
        """Whether `d` is "همان روز" (period.that_day) pointing back at the day of a lead-up sentence ("...
        روز جمعه ۱۶ آذر به سلول انفرادی منتقل شده بودند. ... یک زندانی دیگر نیز در همان روز اعدام شد"): an
        execution "also" that day is of the execution's day the lead told (inherited, period.lead_day); a
        transfer "that same day" is of the transfer's (`t`, the count's trigger, says which)."""
        if d.rule != "period.that_day" or t is None or t.event != "executed" or self.lead_day() is None:
            return False
        told = [x for x in self.day_dates if x.end <= d.start and x.period_start == d.period_start]
        return bool(told) and self.lead_up_day(told[-1])

    def ends_so_far(self, d: DateMention) -> bool:
        """Whether `d` is the "today" that closes a "so far" phrase of the vocabulary ("تا امروز دست‌کم ۱۱
        نفر ...", "تا به امروز", "تا امروز پنجشنبه": the phrase ends inside or with the date): the end of a
        running total, no day of the count's own (a span "از X تا امروز" is one mention, kept)."""
        return any(m.start() < d.start < m.end() <= d.end
                   for m in self.v.so_far.finditer(self.text, max(0, d.start - 12), d.end))

    def dateline(self, d: DateMention) -> bool:
        """Whether a date is a dateline, the report's day before a colon ("سازمان حقوق بشر ایران؛ ۱۲
        اردیبهشت ۱۴۰۳: ..."), not the day of what the sentence tells. A dateline opens the report:
        a date before a colon on a later line, or after a list's bullet ("- ۱۳ مهر ۱۴۰۴: X ... اعدام
        شد"), is the day of the item it opens; a year or a month before a colon ("خلال عام 2022:" before a
        list of countries) is the span of what follows, no dateline."""
        if _DATELINE.match(self.text, d.end) is None or not d.is_day:
            return False
        first = self.paragraphs[1] if len(self.paragraphs) > 1 else len(self.text)
        return d.start < first and not _BULLET_BEFORE.search(self.text, 0, d.start)

    def compared_year(self, s: int, e: int, c: CountMention, d: DateMention) -> bool:
        """Whether `d` is the year of a figure set against the count ("نفذت 853 حكماً ... مقارنة بـ576 في
        عام 2022": 2022 is the 576's, not the 853's); in Arabic also a year after a word of comparison
        ("بزيادة كبيرة عن عام 2022") or in a clause opened by "after" behind the count ("بعدما نفذت 196
        عملية في عام 2022"), which dates that other figure."""
        if self.v.lang == "ar":
            before = next((o for o in reversed(self.dates_in(s, e)) if o.end <= d.start), None)
            if before is not None and _YEAR_AND.fullmatch(self.text, before.end, d.start) \
                    and self.compared_year(s, e, c, before):
                return True   # "مقارنة بنسبة 0.69% في كل من عامي 2021 و2022": both years are the share's
            opener = COMPARED_YEAR.search(self.text, max(s, d.start - COMPARED_REACH), d.start)
            if opener is not None and c.end <= opener.start():
                # "بزيادة كبيرة عن عام 2022": the year of the figure compared with (a figure after the year
                # is that one: "مقارنة بالفترة نفسها من العام الماضي التي شهدت تنفيذ 70")
                return True
            multiple = _MULTIPLE_OF.search(self.text, max(s, d.start - COMPARED_REACH), d.start)
            if multiple is not None and c.end <= multiple.start():
                return True   # "63 حكماً، أي نحو أربعة أضعاف ما سجلته المنظمة هناك في 2023": the figure multiplied's
            after = _AFTER_CLAUSE.search(self.text, c.end, d.start)
            if after is not None and not re.search(r"[.؛]", self.text[after.end():d.start]):
                return True   # "بـ172 عملية، بعدما نفذت 196 عملية في عام 2022": the year of the clause after
        opener = compared_year_opener(self.v.lang)
        found = opener.search(self.text, max(s, d.start - COMPARED_REACH), d.start) if opener is not None else None
        if found is not None and c.noun == "total" and any(
                o is not d and not o.is_day and s <= o.start and o.end <= found.start() for o in self.dates_in(s, e)):
            return True   # "شمار اعدام ها در سال ۲۰۱۸ نسبت به سال پیش از آن نصف شده و به ۲۵۳ رسید": the total's year is first
        joined = [d.end + m.start() for m in re.finditer(r"(?<![\w\u200c])و(?![\w\u200c])", self.text[d.end:c.start])]
        if found is not None and (c.end <= found.start() or c.start >= d.end and any(
                self.v.finite_end.search(self.text, d.end, j) for j in joined)):
            # "نسبت به سال ۲۰۲۲ سه برابر شد و هفت اعدام ...": the year compared with, for a count before
            # it or after the verb that closes its clause (not "نسبت به سال ۲۰۲۱ که در آن ۳۳۳ نفر ...")
            return True
        if self.v.compared_with is None:
            return False
        return any(m.end() <= d.start <= m.end() + 30 and not (m.start() <= c.start < m.end())
                   and not re.search(r"[،,؛]", self.text[m.end():d.start])
                   for m in self.v.compared_with.finditer(self.text, s, e))

    def same_period_of(self, s: int, e: int, c: CountMention) -> bool:
        """Whether "the same period" ("همین مدت", "الفترة نفسها") is told in the count's own clause, with
        no comma between ("... الفترة نفسها من العام الماضي، مشيرة إلى أن عام 2022 شهد إعدام 196": 196 is
        the whole of 2022)."""
        for m in self.v.same_period.finditer(self.text, s, e):
            lo, hi = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
            # ("در همین مدت در سال ۲۰۲۴، ۱۹۵ نفر": a comma between a year and the figure only keeps them apart)
            between = re.sub(r"(?<=\d)[\s\u200c]*،[\s\u200c]*$", "", self.text[lo:hi])
            if not re.search(r"[،,؛]", between):
                return True
            # "في الشهر نفسه من العام الماضي، حين وثقت المنظمة 20 حالة": the figure of a "when" clause
            # opened right after it is the one of that period
            if m.end() <= c.start and _WHEN_CLAUSE.fullmatch(between):
                return True
        return False
