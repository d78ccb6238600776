"""Which date a Persian or Arabic count takes: the one written with it, not one that other_dates.py
finds to be an arrest's, a relative clause's or another count's; else its paragraph's day, its
statistic's span or the report's day. A mixin of assemble._Field (it reads the field's text, dates
and drafts)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from .calendar_spans import starts_a_year
from .calendars import DateMention, calendars
from .drafts import Draft, overlap
from .mentions import CountMention, TriggerMention, find_triggers
from .normal import fold
from .other_dates import ANNOUNCE
from .vocab import alternation, listed, start
from ..lexicon import words

_LEAD_IN = 90   # characters of a lead-in clause ("بر اساس گزارش رسیده به ...،") before the words that go on
# a line opening an item of a list, a row of a table with a bar between its columns ("قتل عمد | ۲۸۰ نفر"),
# or a label and its figure alone on a line ("بلوچ: ۲۲")
_ITEM_OPENING = re.compile(r"[\s\u200c]*(?:[-–—•*▪●]|\d+[.)])[\s\u200c]|[^\n|]{1,60}\|[^\n|]{1,40}$"
                           r"|[^\n:\d]{1,40}:[ \t\u200c]*\d{1,4}[ \t\u200c]*$", re.M)
# a section heading: a short line of its own with no figure and no closing stop ("الجنسيات", "أنواع الأحكام")
_HEADING = re.compile(r"[\s\u200c]*[^\n.!?؟؛:،,\d]{1,40}$", re.M)
# a date right after its count, "في" at most between ("وعشرة آخرون في 18 أكتوبر"): the count's own
_OWN_DATE_RIGHT_AFTER = re.compile(r"[\s\u200c]*(?:في|فی)?[\s\u200c]*")
_WHEN = re.compile(rf"(?<![\w\u200c])[وف]?(?:{words('persian-arabic.yaml')['when_words']})(?![\w\u200c])")


@lru_cache(maxsize=None)
def _verdict_made_known(lang: str) -> re.Pattern | None:
    """The words that tell when a verdict was made known ("حکم روز ... به آنان ابلاغ شد", "وکیل او روز
    یکشنبه از این تصمیم مطلع شد"); None for a language whose file lists none."""
    phrases = listed(lang, "verdict_made_known")
    return re.compile(rf"{start(lang)}(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


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
        dates = [d for d in mine if not self.measures_next(d, mine) and not self.measures_all(d)]
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
                and ANNOUNCE.search(self.text, s, best.start) is not None:
            return self.told_with_execution(c, counts, dates, best) or best
        return best

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
            # (nor do section headings, labels of the paragraphs under them, not paragraphs of their own)
            earlier = [q for q in self.paragraphs if q <= s and not _ITEM_OPENING.match(self.text, q)
                       and not _HEADING.match(self.text, q)]
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
