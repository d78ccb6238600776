"""Dates in Persian and Arabic reports, resolved to Gregorian periods against the report's day.

Three calendars meet in these reports: the Solar Hijri (Iran and Afghanistan, with Iranian or
Afghan month names), the lunar Hijri of Saudi and Gulf announcements (Umm al-Qura, often beside
the Gregorian date) and the Gregorian, with its months written in Persian or Arabic (and the
Levantine names: تشرين الثاني). Conversions go through jdatetime and hijridate; nothing here
counts days between calendars by hand. Offsets are in the folded text (normal.py).

This module compiles the patterns of a language for days, months, years, weekdays and days named
relative to the report, and finds all its dates (`Calendars.find`). Dates and years told by reference to
one written before them ("في ذلك العام", "همان روز") are found in dates_told_before.py. Dates counted back from the
report ("دو روز پیش", "قبل يومين") are found in counted_back.py, parts of a year ("شش ماه نخست سال")
in year_parts.py, days in digits ("يوم السبت ٦/٢") in numeric_dates.py, days "of the month" ("في 22 من
الشهر") in month_days.py, and spans between dates are
joined in date_ranges.py; the conversions between calendars are in calendar_spans.py, the DateMention and the tidying of overlapping or glossing
mentions in date_mentions.py.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import jdatetime

from ..lexicon import words
from .calendar_spans import (GREGORIAN, HIJRI, SOLAR, calendar_of_year, current_year, day_of, full_year, month_span,
                             unyeared_day, year_span)
from .counted_back import CountedBack
from .date_mentions import DateMention, glosses_dropped, joined_months, longest
from .date_ranges import DateRanges
from .dates_told_before import REFERENCE_NUMBER_BEFORE, DatesToldBefore
from .mentions import finditer, may_match, required_literals
from .month_days import MonthDays
from .normal import fold_phrase, table_key
from .numeric_dates import NumericDates
from .vocab import Vocabulary, alternation, listed, start
from .year_parts import YearParts

_W = words("persian-arabic.yaml")
_HIJRI_MARK = _W["hijri_year_markers"]
_DAY_TO = _W["day_span_joiners"]
_THIS_YEAR = _W.value("this_year_words")
_YEAR_INTRODUCED = re.compile(rf"(?:{_W['year_introducers']})[\s\u200c]*$")
_TOLD_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_W['year_told_before']})[\s\u200c]*$")
_MONTH_EDGE = re.compile(rf"(?:{_W['month_edges']})")
_MID_MONTH = re.compile(rf"(?:{_W['mid_month_words']})")
_MID_DAY = 15
# a day and its month stand on one line: "نيسان/أبريل: 11" then "أيلول/سبتمبر: 21" on the next are two rows of
# a table, not 11 September
_SAME_LINE = r"(?:[^\S\n]|\u200c)*"
_NAMED_JOIN = r"[\s\u200c«»\"“”'،,()]*"


def _months(table: dict) -> dict:
    return {table_key(name): int(number) for number, names in table.items() for name in names}


class Calendars(DatesToldBefore):
    """The compiled date patterns of one language."""

    def __init__(self, v: Vocabulary):
        cal = v.calendar
        self.lang = v.lang
        self.months = {SOLAR: _months(cal["solar_months"]), GREGORIAN: _months(cal["gregorian_months"]),
                       HIJRI: _months(cal["hijri_months"])}
        self.ambiguous = {table_key(w) for w in cal.get("solar_ambiguous", []) + cal.get("gregorian_ambiguous", [])}
        b = start(v.lang)
        names = {k: alternation(list(cal[f"{k}_months"].values()) and
                                [n for ns in cal[f"{k}_months"].values() for n in ns], v.lang) for k in self.months}
        month_word = alternation(cal["month_word"], v.lang)
        year_word = alternation(cal["year_word"], v.lang)
        greg_marker = alternation(cal["gregorian_markers"], v.lang)
        greg_tail = rf"(?:[\s\u200c]*/[\s\u200c]*(?:{names[GREGORIAN]}))?"   # "تشرين الثاني/نوفمبر"
        # "۱۲ مهر", "اول مهر", "سوم بهمن", "بیست و یکم آذر": digits or an ordinal word
        self.day_words = {table_key(w): int(n) for w, n in (cal.get("day_words") or {}).items()}
        words = alternation(list(cal.get("day_words") or []), v.lang)
        day = rf"(?P<d>[0-3]?\d{'|' + words if words else ''})(?:[\s\u200c]*ام)?"
        # "الأول من نوفمبر", "١٥ من مارس": a word that joins a day to its month
        day_link = alternation(cal.get("day_links") or ["(?!x)x"], v.lang)
        # "۱۲ مهر ۹۷": Persian shortens a year to two digits; Arabic does not, and a number after a day
        # is a count ("في 22 نيسان/أبريل 11 شخصاً"); two digits with a noun of people after them are a
        # count in Persian too ("در آبان‌ماه ۷۰ نفر اعدام شدند")
        people = alternation(listed(v.lang, "person_nouns") or (), v.lang)
        counted = rf"(?![\s\u200c]*(?:{people})(?![\w\u200c]))" if people else ""
        short = rf"|\d{{2}}(?!\d){counted}" if v.lang == "fa" else ""
        year = rf"(?:[\s\u200c]*(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}}{short})(?:[\s\u200c]*(?P<hm>{_HIJRI_MARK})(?![\w\u200c])|[\s\u200c]*(?P<gm>{greg_marker})(?![\w\u200c]))?)?"
        weekday = alternation([n for ns in cal["weekdays"].values() for n in ns], v.lang)
        self.weekdays = {table_key(n): int(k) for k, ns in cal["weekdays"].items() for n in ns}
        # "الخامس والعشرين من ديسمبر": a compound ordinal joins its units to its tens with "و", one day,
        # not a span from the fifth to the twentieth
        compound = [w for w in (cal.get("day_words") or []) if re.search(r"\sو", fold_phrase(w))]
        one_day = rf"(?!(?:{alternation(compound, v.lang)})(?![\w\u200c]))" if compound else ""
        # (not the ordinal of a part of a month: "النصف الثاني من أبريل", month_parts)
        not_part = "".join(rf"(?<!{re.escape(fold_phrase(w))} )" for w in cal.get("day_not_after") or ())
        self.full = {k: re.compile(rf"{b}{not_part}(?:(?P<wd>{weekday})[\s\u200c]*(?:،[\s\u200c]*)?)?"
                                   rf"(?:{one_day}(?P<d0>[0-3]?\d{'|' + words if words else ''})(?:[\s\u200c]*ام)?[\s\u200c]*(?:{_DAY_TO}|و|-|–)[\s\u200c]*)?{day}{_SAME_LINE}(?:{day_link}{_SAME_LINE})?(?:{month_word}{_SAME_LINE})?"
                                   rf"(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}(?:[\s\u200c]*{month_word})?{year}"
                                   rf"(?:[\s\u200c]*(?P<past>{alternation(cal.get('past_words', []), v.lang)}|{_W['this_year_words']}))?"
                                   rf"(?:[\s\u200c]*(?P<that>{_W['that_year_words']}))?(?![\w\u200c])")
                     for k in self.months}
        self.month_year = {k: re.compile(rf"{b}(?:(?:{month_word})[\s\u200c]*)?(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}"
                                         rf"(?:[\s\u200c]*(?:{month_word}))?[\s\u200c]*(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}}{short})(?![\w\u200c])")
                           for k in self.months}
        # the months whose number after them is a year whatever its size (calendar `years_after_months`)
        self.years_after_month = [self.month_year[k] for k in cal.get("years_after_months", [])]
        prep = _W["month_prepositions"]
        past = alternation(cal.get("past_words", []), v.lang)
        # "آبان‌ماه سال گذشته", "حوت سال گذشته": the month of the year before the report's
        last_year = alternation(cal.get("month_of_last_year", []), v.lang) or "(?!x)x"
        self.month_alone = {k: re.compile(rf"{b}(?:(?:(?P<pre>(?:{prep})[\s\u200c]*(?:ماه|{month_word})?)|(?P<mw>{month_word}))[\s\u200c]*)?(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}"
                                          rf"(?:[\s\u200c]*(?P<mw2>{month_word}))?(?:[\s\u200c]*(?P<lastyear>{last_year}))?"
                                          rf"(?:[\s\u200c]*(?P<past>{past}|{_W['this_year_words']}))?"
                                          rf"(?:[\s\u200c]*(?P<that>{_W['that_year_words']}))?(?![\w\u200c])")
                           for k in self.months}
        # "بهمن و اسفند", "مهر تا آذر ۱۴۰۳": a month joined to the name of another, or the first of a span of
        # months, is a month too
        self.month_joined = {k: re.compile(rf"[\s\u200c]*(?:و|{_DAY_TO})[\s\u200c]*(?:(?:{month_word})[\s\u200c]*)?(?:{names[k]})(?![\w\u200c])")
                             for k in self.months}
        self.month_days = MonthDays(v, day, day_link, self.day_words)
        # (two digits after the year's word are a year only in Persian: "في ذلك العام 67 حكماً" is a count)
        self.year = re.compile(rf"{b}(?:(?P<yw>{year_word})[\s\u200c]*(?P<y>\d{{4}}{short})|(?:(?<!\w)|(?<=(?<!\w)و))(?P<y4>(?:19|20|13|14)\d\d)(?!\d))"
                               rf"(?:[\s\u200c]*(?P<hm>{_HIJRI_MARK})(?![\w\u200c])|[\s\u200c]*(?P<gm>{greg_marker})(?![\w\u200c]))?")
        self.weekday = re.compile(rf"{b}(?P<wd>{weekday})(?![\w\u200c])(?:[\s\u200c]*(?P<lw>{alternation(cal['last_week'], v.lang)}))?"
                                  rf"(?:[\s\u200c]*(?P<past>{past}))?"
                                  rf"(?:[\s\u200c]*(?P<nx>{alternation(cal.get('next_words') or ['(?!x)x'], v.lang)})(?![\w\u200c]))?")
        self.relative = []
        for offset, phrases in cal["days"].items():
            self.relative.append((re.compile(rf"{b}(?:{alternation(phrases, v.lang)})(?![\w\u200c])"), "day", int(offset)))
        for key in ("last_week", "this_week", "last_month", "this_year", "last_year", "this_month"):
            self.relative.append((re.compile(rf"{b}(?:{alternation(cal.get(key) or ['(?!x)x'], v.lang)})(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])"), key, 0))
        # "خیزش «زن، زندگی، آزادی»": the words of a named event with quotation marks or commas between
        self.named = [(date.fromisoformat(str(day)),
                       re.compile(rf"{b}(?:" + "|".join(_NAMED_JOIN.join(re.escape(w) for w in fold_phrase(p).split())
                                                        for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w\u200c])"))
                      for day, phrases in (cal.get("named_events") or {}).items()]
        # (not "خلال العام المقبل": a word with the article after it says which year)
        self.that_year = re.compile(rf"{b}(?:{alternation(cal.get('that_year') or ['(?!x)x'], v.lang)})(?![\w\u200c])(?![\s\u200c]+ال)")
        # ("خلال العام الصحفي X": a subject after it, the verb first; not "خلال العام الماضي", "العام 2024")
        which = alternation(cal.get("past_words", []) + cal.get("next_words", []) + list(_THIS_YEAR), v.lang)
        self.the_year = re.compile(rf"{b}(?:{alternation(cal.get('the_year') or ['(?!x)x'], v.lang)})(?![\w\u200c])"
                                   rf"(?![\s\u200c]*\d)(?![\s\u200c]+(?:{which})(?![\w\u200c]))")
        self.compared_year = re.compile(rf"(?<![\w\u200c])(?:{alternation(cal.get('that_year_not_after') or ['(?!x)x'], v.lang)})"
                                        rf"[\s\u200c]*(?:ب[\s\u200c]*)?\Z")
        self.since_then = re.compile(rf"{b}(?:{alternation(cal.get('since_then') or ['(?!x)x'], v.lang)})(?![\w\u200c])")
        self.month_before_that = re.compile(rf"{b}(?:{alternation(cal.get('month_before_that') or ['(?!x)x'], v.lang)})(?![\w\u200c])")
        self.that_day = re.compile(rf"{b}(?:{alternation(cal.get('that_day') or ['(?!x)x'], v.lang)})(?![\w\u200c])(?![\s\u200c]*که)")
        self.year_before_that = re.compile(rf"{b}(?:{alternation(cal.get('year_before_that') or ['(?!x)x'], v.lang)})(?![\w\u200c])")
        self.past_days = re.compile(rf"{b}(?:{alternation(cal.get('past_days') or ['(?!x)x'], v.lang)})(?![\w\u200c])")
        self.year_opened = re.compile(rf"(?<![\w\u200c])(?:{alternation(cal.get('year_in_sentence') or ['(?!x)x'], v.lang)})[\s\u200c]*$")
        after_units = cal.get("months_after_units") or {}
        self.months_after_units = {table_key(u): int(n) for u, n in after_units.items()}
        self.months_after = re.compile(
            rf"{b}(?:{alternation(cal.get('months_after_words') or ['(?!x)x'], v.lang)})[\s\u200c]+(?:(?P<n>\d+|{v.number})[\s\u200c]*)?"
            rf"(?P<u>{alternation(list(after_units) or ['(?!x)x'], v.lang)})(?![\w\u200c])"
            rf"(?![\s\u200c]*من(?![\w\u200c])(?![\s\u200c]*(?:{alternation(cal.get('months_after_that') or ['(?!x)x'], v.lang)})(?![\w\u200c])))")
        # ("منذ بدء رصدهما عام 2008": up to three words may stand between)
        self.since_near = re.compile(rf"(?<![\w\u200c])و?(?:{alternation(list(v.since_words), v.lang)})(?:[\s\u200c]+[^\s\u200c،,.]+){{0,3}}"
                                     rf"[\s\u200c]*\Z")
        self.since_before = re.compile(rf"(?<![\w\u200c])و?(?:{alternation(list(v.since_words), v.lang)})[\s\u200c]*(?:{year_word})?[\s\u200c]*$")
        self.vocab = v
        self.back, self.parts, self.ranges = CountedBack(v), YearParts(v), DateRanges(v)
        self.numeric = NumericDates(v)

    # finders ------------------------------------------------------------------------------
    def find(self, text: str, published: date | None) -> list[DateMention]:
        """Every date mention in `text` (folded), resolved against `published`, in text order;
        where two overlap the longer stays."""
        if published is None:
            return []
        found: list[DateMention] = []
        for cal in self.months:
            for m in finditer(self.full[cal], text):
                if not self.parts.after_month_part(text, m.end("d")):   # "هفته اول ماه آذر": no 1 Azar
                    found += self._full(cal, m, published, text)
            for m in finditer(self.month_year[cal], text):
                found += self._month(cal, m, published, m.group("y"))
            for m in finditer(self.month_alone[cal], text):
                name = table_key(m.group("m"))
                edge = m.group("pre") and _MONTH_EDGE.search(m.group("pre"))
                named = m.group("mw") or m.group("mw2") or m.group("pre") and re.search(r"ماه|شهر", m.group("pre"))
                if name in self.ambiguous and not (named or m.group("past") or m.group("lastyear") or edge
                                                   or self.parts.after_month_part(text, m.start())
                                                   or self.month_joined[cal].match(text, m.end())):
                    continue   # "بهمن" is a man's name unless "ماه", a year, a day, "دهه نخست" or "و اسفند" goes with it
                that = self._year_before(text, m.start()) if m.group("that") else self._sentence_year(text, m.start())
                # "في مارس من ذلك العام": the year told before, when it is of the month's calendar
                found += self._month(cal, m, published, str(that[1]) if that and that[0] == cal else None)
        found += self.parts.seasons_of(text, published)
        found += self.numeric.days(text, published)
        for m in self.year.finditer(text):
            y = int(m.group("y") or m.group("y4"))
            bare = bool(m.group("y4")) and not (m.group("gm") or m.group("hm"))
            if bare and not 1900 <= y <= 2100 and not _YEAR_INTRODUCED.search(text[max(0, m.start() - 6):m.start()]):
                continue   # "۱۱۵۳" alone is a number; a Solar Hijri year needs a word that introduces it
            if REFERENCE_NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue   # "القضية رقم 4459 لسنة 2015": part of the case's number
            y = full_year(SOLAR, str(y)) if m.group("y") and len(m.group("y")) == 2 else y
            cal = GREGORIAN if m.group("gm") else calendar_of_year(y, bool(m.group("hm")), self.lang)
            try:
                s, e = year_span(cal, y)
            except (ValueError, OverflowError):
                continue
            if m.group("y") and len(m.group("y")) == 2 and s > published:
                continue   # "در همان سال ۱۹ زن": a two-digit year read after the report is the number of a count
            if m.group("y") and len(m.group("y")) == 2 and _TOLD_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    and not re.search(rf"(?<!\d)(?:{y}|{y % 100:02d})(?!\d)", text[:m.start()]):
                continue   # "سال ۲۰۲۲ ... در همین سال ۹۲ حکم": the year told before, and the number of a count
            found.append(DateMention(m.start(), m.end(), s, e, False, m.group(), bare=bare))
        for m in self.weekday.finditer(text):
            found.append(self._weekday(m, published))
        # a Persian report that counts its years in the Gregorian calendar ("در سال ۲۰۲۴") means a
        # Gregorian year by "سال گذشته" too; years in brackets ("(۱۳۸۹ تا ۱۴۰۳ خورشیدی)") only gloss
        years = [int(y) for y in re.findall(r"(?<!\d)(1[34]\d\d|19\d\d|20\d\d)(?!\d)", re.sub(r"\([^()]*\)", "", text))]
        gregorian_text = sum(y >= 1900 for y in years) > sum(y < 1500 for y in years)
        for pattern, key, offset in self.relative:
            for m in pattern.finditer(text) if may_match(required_literals(pattern), text) else ():
                found.append(self._relative(m, key, offset, published, gregorian_text))
        found += self.month_days.find(text, found, published)   # (after the months told relative to the report)
        for m in self.past_days.finditer(text):
            # "خلال الأيام القليلة الماضية": the past few days, told as the past week (SCHEMA.md)
            found.append(DateMention(m.start(), m.end(), published - timedelta(days=7), published, False, m.group()))
        found += self.back.spans(text, published)
        found += self.back.days_ago(text, published)
        found += self.parts.first_months_of(text, published, self._year_before, gregorian_text)
        found += self.parts.halves_of(text, published, self._year_before, gregorian_text)
        for day, pattern in self.named:
            for m in pattern.finditer(text) if day <= published else ():
                found.append(DateMention(m.start(), m.end(), day, published, False, m.group(), since=True, named=True))
        found += self.parts.year_starts(text, published)
        found = self.back.ending_at(text, self.parts.month_parts_of(text, joined_months(text, longest(found))))
        found = self.back.following_day(text, found)
        tidy = glosses_dropped(text, self._weekdays_restating(text, found), worded_kept=True)
        return glosses_dropped(text, self.ranges.joined(text, self._told_back(text, tidy, published), published))

    def _weekdays_restating(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """Without a weekday told right after a relative day ("غداً السبت", "فردا، شنبه"): it names
        that day again, and alone it would be the last such weekday before the report; a day told
        again after the relative day that closes a span ("تا امروز شنبه ۲۹ اردیبهشت") is one mention."""
        out: list[DateMention] = []
        for d in found:
            a = out[-1] if out else None
            if a is not None and a.is_day and not self.weekday.fullmatch(a.text) and d.is_day \
                    and re.fullmatch(r"[\s\u200c،,]*", text[a.end:d.start]):
                if self.weekday.fullmatch(d.text):
                    continue
                if (d.period_start, d.period_end) == (a.period_start, a.period_end) and self.ranges.closing(text, a.start):
                    # "تا امروز شنبه ۲۹ اردیبهشت ۱۴۰۳": one mention over both ends the span (and the year
                    # of the date is no count); elsewhere the written date is the one a count takes
                    out[-1] = DateMention(a.start, d.end, a.period_start, a.period_end, True, text[a.start:d.end])
                    continue
            out.append(d)
        return out

    def _full(self, cal: str, m: re.Match, published: date, text: str = "") -> list[DateMention]:
        month = self.months[cal][table_key(m.group("m"))]
        d = int(m.group("d")) if m.group("d").isdigit() else self.day_words[table_key(m.group("d"))]
        # ("في الأول من أبريل من العام نفسه": the year told before it)
        told = None if m.group("y") else self._year_before(text, m.start()) if m.group("that") \
            else self._year_of_sentence(text, m.start())
        if m.group("y"):
            y = full_year(cal, m.group("y"))
            if m.group("hm") and cal == GREGORIAN:
                return []
            candidates = [y]
        else:
            cur = current_year(cal, published)
            if m.group("that") and told is not None and told[0] == cal:
                candidates = [told[1]]
            # ("اول فروردین امسال": the day of the report's year)
            elif m.group("past") and table_key(m.group("past")) in _THIS_YEAR:
                candidates = [cur]
            else:
                candidates = [cur, cur - 1, cur + 1]
            if not (told is not None and told[0] == cal and told[1] in candidates):
                told = self._relative_year_of_sentence(text, m.start(), published) or told
            if told is not None and told[0] == cal and told[1] in candidates:
                # "شهد عام 2022 تنفيذ 147 حكماً، بينها 81 في 12 مارس": March of 2022; an older year
                # is another thing's ("بقتل ... عام 2014، ثم نُفذ في 13 فبراير": the crime's)
                candidates = [told[1]]
        days = []
        for y in candidates:
            try:
                days.append(day_of(cal, y, month, d))
            except (ValueError, OverflowError):
                continue
        if not days:
            return []
        if (m.group("past") or self.since_before.search(text, max(0, m.start() - 12), m.start())) and not m.group("y"):
            # "18 أكتوبر الماضي": the last one before; "منذ الأول من يناير": a span runs from a day passed
            days = [x for x in days if x <= published] or days
        # without a year: the occurrence nearest the report (a scheduled day may lie ahead)
        day = days[0] if len(candidates) == 1 else unyeared_day(days, published)
        if m.group("d0"):   # "از ۱۷ تا ۲۲ آذر ۱۴۰۲", "از اول تا سی‌ام دی‌ماه": both days in the month named once
            d0 = int(m.group("d0")) if m.group("d0").isdigit() else self.day_words[table_key(m.group("d0"))]
            first = day - timedelta(days=d - d0)
            if first <= day:
                return [DateMention(m.start(), m.end(), first, day, (day - first).days <= 2, m.group())]
        return [DateMention(m.start(), m.end(), day, day, True, m.group())]

    def _month(self, cal: str, m: re.Match, published: date, year: str | None) -> list[DateMention]:
        month = self.months[cal][table_key(m.group("m"))]
        try:
            if year:
                s, e = month_span(cal, full_year(cal, year), month)
            elif m.groupdict().get("lastyear"):
                s, e = month_span(cal, current_year(cal, published) - 1, month)   # "اسفند سال گذشته"
            else:
                cur = current_year(cal, published)
                s, e = month_span(cal, cur, month)
                if s > published:
                    s, e = month_span(cal, cur - 1, month)
                elif "past" in m.groupdict() and m.group("past") and table_key(m.group("past")) not in _THIS_YEAR and e >= published:
                    s, e = month_span(cal, cur - 1, month)   # "دی ماه گذشته", "ديسمبر الماضي" in December
        except (ValueError, OverflowError):
            return []
        if "pre" in m.groupdict() and m.group("pre") and _MID_MONTH.search(m.group("pre")):
            s = s.replace(day=_MID_DAY) if cal == GREGORIAN else s + timedelta(days=_MID_DAY - 1)   # "منتصف سبتمبر"
        return [DateMention(m.start("m"), m.end(), s, e, False, m.group())]

    def _weekday(self, m: re.Match, published: date) -> DateMention:
        wanted = self.weekdays[table_key(m.group("wd"))]
        back = (published.weekday() - wanted) % 7
        day = published - timedelta(days=back)
        if m.group("lw"):
            monday = published - timedelta(days=published.weekday()) - timedelta(days=7)
            day = monday + timedelta(days=wanted)
        elif m.group("past") and back == 0:
            day -= timedelta(days=7)   # "الاثنين الماضي" said on a Monday: a week ago
        elif m.group("nx"):
            day = published + timedelta(days=(wanted - published.weekday()) % 7 or 7)   # "الأحد المقبل": the next one
        return DateMention(m.start(), m.end(), day, day, True, m.group())

    def _relative(self, m: re.Match, key: str, offset: int, published: date, gregorian_text: bool = False) -> DateMention:
        if key == "day":
            day = published + timedelta(days=offset)
            return DateMention(m.start(), m.end(), day, day, True, m.group())
        if key == "this_week":
            monday = published - timedelta(days=published.weekday())
            return DateMention(m.start(), m.end(), monday, published, (published - monday).days <= 2, m.group())
        if key == "last_week":
            monday = published - timedelta(days=published.weekday()) - timedelta(days=7)
            return DateMention(m.start(), m.end(), monday, monday + timedelta(days=6), False, m.group())
        cal = GREGORIAN if self.lang == "ar" or m.groupdict().get("gm") else SOLAR
        if key in ("this_year", "last_year") and gregorian_text:
            cal = GREGORIAN
        cur = current_year(cal, published)
        if key in ("this_year", "last_year"):
            s, e = year_span(cal, cur - (key == "last_year"))
            return DateMention(m.start(), m.end(), s, min(e, published) if key == "this_year" else e, False, m.group())
        # months: the one the report's day falls in, or the one before
        if cal == SOLAR:
            j = jdatetime.date.fromgregorian(date=published)
            y, mo = (j.year, j.month) if key == "this_month" else ((j.year, j.month - 1) if j.month > 1 else (j.year - 1, 12))
        else:
            y, mo = (published.year, published.month) if key == "this_month" else \
                ((published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12))
        s, e = month_span(cal, y, mo)
        return DateMention(m.start(), m.end(), s, e, False, m.group(), relative=True, current=key == "this_month")



@lru_cache(maxsize=None)
def calendars(lang: str) -> Calendars:
    from .vocab import vocabulary
    return Calendars(vocabulary(lang))
