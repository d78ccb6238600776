"""Which date a Persian or Arabic count takes: the one written with it, not one of an arrest, of a
relative clause or of another count; else its paragraph's day, its statistic's span or the
report's day. A mixin of assemble._Field (it reads the field's text, dates and drafts)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from .calendar_spans import starts_a_year
from .calendars import DateMention, calendars
from .drafts import Draft, overlap
from .mentions import CountMention, TriggerMention, find_triggers
from ..lexicon import VocabularyFileError, words
from .normal import fold
from .vocab import alternation, listed, start

# the mark after a dateline: a colon, or a dash before the first words ("سازمان حقوق بشر ایران، ۱۱ مرداد ۱۴۰۲ – ...")
_DATELINE = re.compile(r"[\s\u200c]*(?::|[–—-](?![\s\u200c]*\d))")
_LEAD_IN = 90   # characters of a lead-in clause ("بر اساس گزارش رسیده به ...،") before the words that go on
# a line opening an item of a list, a row of a table with a bar between its columns ("قتل عمد | ۲۸۰ نفر"),
# or a label and its figure alone on a line ("بلوچ: ۲۲")
_ITEM_OPENING = re.compile(r"[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c]|[^\n|]{1,60}\|[^\n|]{1,40}$"
                           r"|[^\n:\d]{1,40}:[ \t\u200c]*\d{1,4}[ \t\u200c]*$", re.M)
_BULLET_BEFORE = re.compile(r"(?:^|\n)[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c]*\Z")   # "- ", "• ", "۳. " opening a line
_ANNOUNCE = re.compile(rf"(?<![\w\u200c])[وف]?(?:{words('persian-arabic.yaml')['announce_words']})(?![\w\u200c])")
_PA = words('persian-arabic.yaml')
# a date right after its count, "في" at most between ("وعشرة آخرون في 18 أكتوبر"): the count's own
_OWN_DATE_RIGHT_AFTER = re.compile(r"[\s\u200c]*(?:في|فی)?[\s\u200c]*")
_WHEN = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_PA['when_words']})(?![\w\u200c])")
COMPARED_YEAR = re.compile(
    rf"(?<![\w\u200c])[وب]?(?:{_PA['comparison_nouns']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,2}}?[\s\u200c]+"
    rf"(?:(?:{_PA['comparison_links']})[\s\u200c]+|ب)(?:ال)?(?:(?:عام|سنه)[\s\u200c]*)?$")
_WHEN_CLAUSE = re.compile(rf"[^،,؛]*[،,][\s\u200c]*[وف]?(?:{_PA['when_words']})(?![\w\u200c])[^،,؛]*")
_MULTIPLE_OF = re.compile(
    rf"(?<![\w\u200c])(?:{_PA['multiple_words']})(?![\w\u200c])(?:[\s\u200c]+[^\s\u200c،,.؛\d]+){{0,6}}?[\s\u200c]+"
    rf"(?:(?:فی|خلال)[\s\u200c]*)?(?:(?:ال)?(?:عام|سنه)[\s\u200c]*)?$")
_AFTER_CLAUSE = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_PA['after_clause_openers']})(?![\w\u200c])")
COMPARED_REACH = 60   # characters before a year within which a word of comparison makes it the other figure's
_ANNOUNCE_REACH = 40   # characters between the verb of announcing and the day after it
_EVENT_NOUN_REACH = 40  # characters before a date within which the noun of the event it names stands


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
def _verdict_made_known(lang: str) -> re.Pattern | None:
    """The words that tell when a verdict was made known ("حکم روز ... به آنان ابلاغ شد", "وکیل او روز
    یکشنبه از این تصمیم مطلع شد"); None for a language whose file lists none."""
    phrases = listed(lang, "verdict_made_known")
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


@lru_cache(maxsize=None)
def _said_that(lang: str) -> re.Pattern | None:
    """A verb of saying and "that" ("می‌افزاید که", "گفت که") opening a sentence's own words; None for a
    language whose file lists none."""
    said = listed(lang, "said_that")
    return re.compile(rf"{start(lang)}(?:{alternation(said, lang)})[\s\u200c]+") if said else None


class Dating:
    """Date choice for one field; the host sets text, sentences, paragraphs, dates, drafts,
    day_dates, published, v and offers dates_in() and paragraph_of()."""

    carrying = False   # the sentence read goes on with the verb of the clause before its semicolon

    def follow_up_date(self, e: int) -> DateMention | None:
        """The date of the next sentence when it goes on about the same people ("این سه نفر ..."), at its
        start or after the clause that says who tells it ("بر اساس گزارش رسیده به هرانا، این حکم امروز ...
        ابلاغ شده است"), or when it tells the day the verdict was made known ("حکم روز ... به آنان ابلاغ شد"):
        the day a verdict is first known is the day it is reported as given."""
        nxt = next((x for x in self.sentences if x[0] >= e), None)
        if nxt is None:
            return None
        comma = self.text.find("،", nxt[0], min(nxt[1], nxt[0] + _LEAD_IN))
        lead_in = comma >= 0 and self.v.name_attribution.match(self.text, nxt[0]) is not None
        after = comma + 1 + len(self.text[comma + 1:nxt[1]]) - len(self.text[comma + 1:nxt[1]].lstrip())
        said = _said_that(self.v.lang)
        said = said.search(self.text, nxt[0], min(nxt[1], nxt[0] + _LEAD_IN)) if said is not None else None
        if said is not None:
            # "هەنگاو می‌افزاید که این سه نفر پاییز سال گذشته محکوم شدند": the source's words go on about them
            lead_in, after = True, said.end()
        known = _verdict_made_known(self.v.lang)
        if not (self.v.follow_on.match(self.text, nxt[0]) or lead_in and self.v.follow_on.match(self.text, after)
                or known is not None and known.search(self.text, *nxt) and not self.v.also.search(self.text, *nxt)):
            return None
        dates = [d for d in self.dates_in(*nxt) if not self.arrest_date(d, [], nxt[1])]
        return dates[0] if dates else None

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
        return _ANNOUNCE.search(self.text, max(0, d.start - _ANNOUNCE_REACH), d.start) is not None

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

    def own_date(self, s: int, e: int, c: CountMention, counts, t: TriggerMention | None = None) -> DateMention | None:
        """The date written with a count: the nearest in its sentence that no other count is nearer to.
        Persian puts the time before the verb: with the verb after the count, a date after the verb
        belongs to the next clause ("X در گرگان اعدام شد و روز یکشنبه ... Y اعدام شدند")."""
        best, best_gap = None, None
        dates = self.dates_in(s, e)
        # "... للمرة الأولى منذ 2013"; "أكبر موجة منذ عام 2003، إذ نُفذ ...": when it last happened dates no
        # count but one of a "when" clause after it ("منذ يناير 2017، حين أعدمت ...")
        dates = [d for d in dates if not (d.resumed and (c.start < d.start or not _WHEN.search(self.text, d.end, c.start)))]
        if not self.running(s, e, c):
            # "X، از بازداشت شدگان اعتراضات ۱۴۰۱، اعدام شد": who, not since when; but "از پایان جنگ ۱۲ روزه"
            dates = [d for d in dates if not d.named or self.since_named(d)]
        if self.carrying:
            # "؛ ۱۲ نفر در سه ماه نخست سال و ۱۳ نفر دیگر در ماه آوریل": no verb of its own, each count
            # is followed by its period
            nxt = min((o.start for o in counts if o.start >= c.end and o is not c), default=e)
            after = [d for d in dates if c.end <= d.start < nxt and not d.named]
            if after:
                return after[0]
        verb = t.start if t is not None and t.start >= c.start else None
        if t is not None and (c.start, c.end) == (t.start, t.end):
            verb = t.end   # the count is the trigger ("حکم اعدام X، ...، صبح امروز اجرا شد"): its verb ends it
        if c.noun == "total":
            since = [d for d in dates if d.since and d.start < c.start]
            if since:
                return since[-1]   # "شمار اعدام ها از اول مرداد ... به ۱۰۵۱ رسیده": a running total from that day
            right_after = [d for d in dates if 0 <= d.start - c.end <= 12
                           and not re.search(r"،|,|(?<![\w\u200c])و(?![\w\u200c])", self.text[c.end:d.start])]
            if right_after:
                return right_after[0]   # "از ۱۷۲ نفر در سال ۲۰۲۳ به ۳۴۵ نفر در سال ۲۰۲۴": the year after the figure
            verb = c.end if self.v.lang == "fa" else None
        if self.v.lang == "fa" and verb is not None:
            dates = [d for d in dates if d.start < verb] or dates
        # a date told of an arrest or in a relative clause dates that, not the count
        mine = [d for d in dates if not self.arrest_date(d, dates, e)
                and not self.clause_date(s, d, verb if verb is not None else c.start, t)
                and not self.after_clause(c, t, d) and not self.compared_year(s, e, c, d)
                and not self.crime_date(c, t, d) and not self.crime_date_before(s, c, d)
                and not self.dateline(d) and not self.other_event_date(d) and not self.issued_day(d)
                and not self.another_ones(c, d) and not self.date_of_figure_compared(s, e, c, d, dates)
                and not self.ends_so_far(d) and not self.same_day_as_lead_up(d, t) and not self.part_date(c, d, counts)]
        dates = [d for d in mine if not self.measures_next(d, mine)]
        since = [d for d in dates if d.named and d.start < c.start and self.since_named(d)]
        if since:
            return since[-1]   # "از پایان جنگ ۱۲ روزه در خرداد و تیر امسال، دست کم ۱۲ نفر": the months describe the war
        gaps: dict[int, int] = {}
        for d in dates:
            gap = d.start - c.end if d.start >= c.end else c.start - d.end
            gap = max(gap, 0)
            lo, hi = (c.end, d.start) if d.start >= c.end else (d.end, c.start)
            if any(lo <= o.start < hi for o in counts if o is not c):
                gap += 1000   # another count stands between: the date is more likely that one's
            elif d.end <= c.start and (re.search(r"[،,]", self.text[d.end:c.start])
                                       or re.fullmatch(r"[\s\u200c]*و[\s\u200c]*", self.text[d.end:c.start])) and any(
                    o.end <= d.start and not re.search(r"[،,]", self.text[o.end:d.start]) for o in counts if o is not c):
                # "نفذت 297 حكماً منذ بداية العام، منها 47 ... خلال نوفمبر", "۲۸ مورد طی شش ماه نخست سال و ۱۲
                # مورد در ماه ژوئیه": the date closes the other count's clause
                gap += 1000
            elif d.since and d.end <= c.start and re.search(r"[،,]", self.text[d.end:c.start]) and any(
                    x.start >= c.end and not re.search(r"[،,؛;]", self.text[c.end:x.start]) for x in dates):
                # "... منذ اندلاع الحرب في 13 يونيو، بينهم ثلاثة رجال شُنقوا ... في 25 يونيو": a span since a
                # day closes the clause before; the date of the count's own clause is its
                gap += 1000
            elif self.v.lang == "ar" and d.end <= c.start and re.search(r"[،,]", self.text[d.end:c.start]) \
                    and any(x.start >= c.end and _OWN_DATE_RIGHT_AFTER.fullmatch(self.text, c.end, x.start) for x in dates):
                gap += 1000   # "ستة سجناء يوم ...، الأول من نوفمبر، وعشرة آخرون في 18 أكتوبر": each count its own day
            elif d.start >= c.end and any(o.start >= d.end and re.fullmatch(r"[\s\u200c،,]*", self.text[d.end:o.start])
                                          for o in counts if o is not c):
                gap += 1000   # "۶۷ نفر و در سال ۲۰۲۰، ۲۷ نفر": the time told right before the next count is its
            elif self.v.lang == "ar" and t is not None and t.end <= c.start and d.start >= c.end \
                    and find_triggers(self.v, self.text, c.end, d.start):
                gap += 1000   # "نُفذ ... بحق مدانين اثنين، ثم نُفذ في 10 مارس ...": the date of the next verb
            gaps[id(d)] = gap
            if best_gap is None or gap < best_gap:
                best, best_gap = d, gap
        # (not inside a span since a day, nor across a comma: "وفي يوليو 2019 أعدمت شاباً، ونفذت في العام نفسه 280")
        inside = [d for d in dates if best is not None and d is not best and gaps.get(id(d), 1000) < 1000
                  and not best.since and not d.since and not best.named
                  and not re.search(r"[،,؛;]", self.text[min(d.end, c.end):max(d.start, c.start)])
                  and best.period_start <= d.period_start and d.period_end <= best.period_end
                  and (d.period_end - d.period_start) < (best.period_end - best.period_start)] if self.v.lang == "ar" else []
        if inside:
            # "وفي عام 2013 نُفذ الحكم في ثلاثة رجال ... في أبريل": the month inside the year says when
            best = min(inside, key=lambda d: gaps[id(d)])
        elif best is not None and best.relative and not best.is_day and best.end <= c.start:
            # "از رویدادهای این ماه، اعدام چهار زندانی ... در روز جمعه ۸ دی": "this month" names what the
            # report counts; a day of that month told after the count, in its clause, is the incident's
            month = self.report_month(s, best) or (best.period_start, best.period_end)
            day = next((d for d in dates if d is not best and d.is_day and d.start >= c.end and gaps[id(d)] < 1000
                        and month[0] <= d.period_start <= month[1]), None)
            if day is not None:
                return replace(day, rule="period.day_of_month_counted")
        if best is not None and best.is_day and best.end <= c.start \
                and _ANNOUNCE.search(self.text, s, best.start) is not None:
            return self.told_with_execution(c, counts, dates, best) or best
        return best

    def part_date(self, c: CountMention, d: DateMention, counts) -> bool:
        """Arabic: a date after a breakdown word and a count of its own told after count `c` ("أُعدم خلال
        الشهر ثمانية سجناء، بينهم ستة أُعدموا في الرابع من أكتوبر") is the part's day, not the whole's."""
        if self.v.lang != "ar" or d.start < c.end:
            return False
        mark = self.v.breakdown.search(self.text, c.end, d.start)
        return mark is not None and any(mark.end() <= o.start < d.start for o in counts if o is not c)

    def told_with_execution(self, c: CountMention, counts, dates: list[DateMention], day: DateMention) -> DateMention | None:
        """The date told after the count in its own clause when the day before it is the day a verb
        of announcing opens ("أعلن المتحدث باسم الوزارة، اليوم الأربعاء، تنفيذ الإعدام بحق 10 مدانين في
        سجن الناصرية المركزي بمحافظة ذي قار خلال الأسبوع الماضي"): the executions' own span, however long
        the subject or the place between; None when another count stands between (the date is that
        count's) or no date follows (the announcement's day then dates the news). Only a window of at
        most a month ending within a month before the announced `day`, or one running since a day up
        to it ("إن 209 أشخاص أُعدموا منذ مطلع العام"): an older date after the count
        ("بينهم المدان في تفجير مسجد عام 2015") tells about someone, not when the announced executions were."""
        nxt = min((o.start for o in counts if o.start >= c.end and o is not c), default=None)
        # not a running total's start after it ("، لترتفع الحصيلة منذ مطلع العام إلى 198"): that is the total's;
        # but a start in the count's own clause opens the executions' window ("بحق نحو عشرة مدانين في سجن
        # الناصرية منذ مطلع شباط الجاري": from the month's first day to the announcement)
        found = next((d for d in dates if d.start >= c.end and (nxt is None or d.start < nxt)
                      and (not d.since or not re.search(r"[،,؛;]", self.text[c.end:d.start]))
                      and d.period_start and d.period_end and day.period_start
                      and ((d.period_end - d.period_start).days <= 31 or d.since or self.year_just_ended(d, day))
                      and (0 <= (day.period_start - d.period_end).days <= 31
                           or d.since and d.period_start <= day.period_start < d.period_end)), None)
        if found is not None and found.since and day.period_start < found.period_end:
            # "أعلنت المنظمة، في 23 سبتمبر الماضي، أن السلطات نفذت ... منذ بداية العام": the span runs to the
            # day it was told, not to the report's
            found = replace(found, period_end=day.period_start, rule="period.since_to_announced")
        return found

    @staticmethod
    def year_just_ended(d: DateMention, day: DateMention) -> bool:
        """Whether `d` is a whole year ending at most a month before the announced `day` ("أعلنت المنظمة
        الخميس أن السلطات أعدمت ما لا يقل عن 1500 شخص خلال عام 2025", told on 1 January 2026): the
        year's tally, announced when it closed, not a year someone is told about."""
        return starts_a_year(d.period_start) and (d.period_end - d.period_start).days >= 364

    def since_named(self, d: DateMention) -> bool:
        """Whether a named event is told right after "since" ("از پایان جنگ", "منذ اندلاع ..."), or
        after "since the start of" ("از آغاز اعتراضات ۱۴۰۱": from the day the protests began)."""
        onset = alternation(self.v.calendar.get("year_start") or [], self.v.lang) or "(?!x)x"
        return re.search(rf"(?<![\w\u200c])(?:{'|'.join(map(re.escape, self.v.since_words))})[\s\u200c]*"
                         rf"(?:(?:{onset})[\s\u200c]*)?$", self.text[max(0, d.start - 24):d.start]) is not None

    def named_before(self, s: int) -> DateMention | None:
        """The last named event ("مرگ مهسا امینی", "بازگشت طالبان به قدرت") told before `s` in the field."""
        named = [d for d in self.dates if d.named and d.start < s]
        return named[-1] if named else None

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
        """Whether `d` is the "today" that closes a "so far" phrase ("تا امروز دست‌کم ۱۱ نفر ..."; "تا امروز
        پنجشنبه"): the end of a running total, no day of the count's own (a span "از X تا امروز" is one
        mention, kept)."""
        if any(m.start() < d.start and m.end() == d.end
               for m in self.v.so_far.finditer(self.text, max(0, d.start - 12), d.end)):
            return True
        return d.is_day and d.period_start == self.published and calendars(self.v.lang).ranges.closing(self.text, d.start)

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

    def running(self, s: int, e: int, c: CountMention) -> bool:
        """Whether a count is a running total: a stated total or an ordinal, or a count in a sentence
        of a statistic or "so far" ("شمار کسانی که ... اعدام شده اند به ۹ نفر رسید")."""
        return c.noun in ("total", "ordinal") or bool(self.v.statistics.search(self.text, s, e) or self.v.so_far.search(self.text, s, e))

    def announced_span(self, s: int, e: int) -> tuple | None:
        """For a sentence saying "in this period" ("در این بازه", "خلال هذه الفترة"), the span the
        report set out before it: the last date of a month or longer told earlier in its paragraph;
        past its paragraph, the report's statistic (not an older figure a paragraph of comparisons
        gave in between), else the last such date told earlier in the field."""
        if not self.v.this_span.search(self.text, s, e):
            return None
        spans = [d for d in self.dates if d.start < s and not d.named and id(d) not in self.ignored
                 and (d.period_end - d.period_start).days >= 27]
        if not spans:
            return None
        stat = self.statistic(s)
        if spans[-1].start < self.paragraph_of(s) and stat is not None:
            return stat.period
        return spans[-1].period_start, spans[-1].period_end

    def report_month(self, s: int, own: DateMention) -> tuple | None:
        """For "this month" ("در این ماه", "هذا الشهر") or "last month" told on its last days, the month a monthly report counts, which it
        names before (a month's statistic, else a month in its headline or first lines), not the
        month of its publication (a report on October comes out in November, or in Aban); None when
        it names none near the report's own month."""
        stat = self.statistic(s)
        months = [stat.period] if stat is not None and (stat.period[1] - stat.period[0]).days <= 31 else []
        if not own.current:
            # "ماه گذشته", "الشهر الماضي" in a report out on the last days of the month it counts: that month
            found = next((m for m in months if own.period_end < m[0] <= self.published <= m[1]), None)
            if found is None and not months:
                # "گزارش ماهانه ... در ماه اوت ۲۰۲۳ ... طی ماه گذشته": the month its lead names, ended before the
                # report, of the calendar it counts in, which "last month" of the report's calendar mostly covers
                own_span, lead = (own.period_start, own.period_end), self.lead_months(stated=True)
                found = None if own_span in lead else next(
                    (m for m in lead if m[1] < self.published and overlap(m, own_span) >= 0.5), None)
            return found
        if not months:
            months = self.lead_months()
        near = [m for m in months if m[0] <= own.period_end and m[1] >= own.period_start - timedelta(days=31)]
        return near[0] if near else None

    def lead_months(self, stated: bool = False) -> list[tuple]:
        """The months (Gregorian spans) the headline and first lines name, in their order (`stated`:
        only those named, not told relative to the report, "ماه گذشته")."""
        lead = fold(self.lead).text
        return [(d.period_start, d.period_end) for d in calendars(self.v.lang).find(lead, self.published)
                if 27 <= (d.period_end - d.period_start).days <= 31 and not (stated and d.relative)]

    def inherited(self, s: int) -> tuple:
        """The last day named earlier in the paragraph; for an undated lead, the first day of the
        paragraph after it, where the incident it sums up is told; else the report's day."""
        p = self.paragraph_of(s)
        days = [d for d in self.day_dates if d.start >= p]
        if days and self.lead_up_day(days[-1]) and self.lead_day() is not None:
            # "... ۲۳ تیر به سلول انفرادی منتقل شده بودند. به گفته یک منبع، حکم ... اجرا شد": not the transfer's
            # day but the day of the execution the lead told (period.lead_day)
            days = [d for d in days if not self.lead_up_day(d)]
        if days:
            return days[-1].period_start, days[-1].period_end
        if p == self.paragraphs[0] and len(self.paragraphs) > 1 \
                and not any(d.is_day and not self.dateline(d) for d in self.dates if p <= d.start < self.paragraphs[1]):
            end = self.paragraphs[2] if len(self.paragraphs) > 2 else len(self.text)
            told = [d for d in self.dates if self.paragraphs[1] <= d.start < end and d.is_day
                    and id(d) not in self.ignored and d.period_end <= self.published]
            if told:
                return told[0].period_start, told[0].period_end
        lead = self.lead_day() if p != self.paragraphs[0] else None
        if lead is not None:
            return lead.period_start, lead.period_end   # (period.lead_day)
        return self.published, self.published

    def inherited_rules(self, s: int) -> list[str]:
        """The ids of the rules `inherited(s)` followed: period.inherited, and period.lead_day when the
        day is the lead's, told paragraphs before."""
        p = self.paragraph_of(s)
        lead = p != self.paragraphs[0] and not any(d.start >= p and not self.lead_up_day(d) for d in self.day_dates) \
            and self.lead_day() is not None
        return ["period.inherited", "period.lead_day"] if lead else ["period.inherited"]

    def lead_day(self) -> DateMention | None:
        """Arabic and Persian: the day the first paragraph gives (a wire story's "أمس الثلاثاء"), which the
        details told in the paragraphs after it, with no day of their own, share ("وأوضحت الوزارة أن خمسة من
        المدانين ... أعدموا في جدة"; the members of a Persian lead's group, "صنوبر جلالی ... در زندان
        قزلحصار کرج اعدام شد"); None in another language or with no such day."""
        if self.v.lang not in ("ar", "fa"):
            return None
        end = self.paragraphs[1] if len(self.paragraphs) > 1 else len(self.text)
        days = [d for d in self.day_dates if d.start < end and not self.dateline(d) and not self.issued_day(d)
                and d.period_end <= self.published]
        if days and self.v.lang == "fa" and not any(
                x.kind == "event" and x.count > 1 and x.span[0] < end and x.period == (days[0].period_start, days[0].period_end)
                for x in self.drafts):
            # Persian: only a lead that tells a group put to death that day ("سه زن ... روز چهارشنبه ۵ مرداد ...
            # به دار آویخته شدند") lends it to the members told one by one after it; a lead of one person
            # does not date an undated execution told later ("X تنها شهروند دوتابعیتی نیست که ... اعدام شده است")
            return None
        return days[0] if days else None

    def statistic(self, s: int | None = None) -> Draft | None:
        """The last statistic (an aggregate of a month or longer) told before; with `s`, only one
        told in the paragraph of `s` or the three before it."""
        since = 0
        if s is not None:
            # (the items of a list, "- ۱۳ مهر ۱۴۰۴: X ... اعدام شد", are one block: they do not push the
            # statistic told before the list out of reach of what follows it)
            earlier = [q for q in self.paragraphs if q <= s and not _ITEM_OPENING.match(self.text, q)]
            since = earlier[-4] if len(earlier) >= 4 else 0
        found = [d for d in self.drafts if d.kind == "aggregate" and d.period[0] and d.period[1]
                 and (d.period[1] - d.period[0]).days >= 27 and d.span[0] >= since]
        if s is None:
            return found[-1] if found else None
        # a figure compared with ("دی ماه ۱۴۰۱ با ۶۵ اعدام") is older than the one broken down
        return max(found, key=lambda d: (d.period[1], -d.span[0]), default=None)

    def day_in_paragraph(self, s: int) -> bool:
        p = self.paragraph_of(s)
        return any(d.start >= p for d in self.day_dates)
