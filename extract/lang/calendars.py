"""Dates in Persian and Arabic reports, resolved to Gregorian periods against the report's day.

Three calendars meet in these reports: the Solar Hijri (Iran and Afghanistan, with Iranian or
Afghan month names), the lunar Hijri of Saudi and Gulf announcements (Umm al-Qura, often beside
the Gregorian date) and the Gregorian, with its months written in Persian or Arabic (and the
Levantine names: تشرين الثاني). Conversions go through jdatetime and hijridate; nothing here
counts days between calendars by hand. Offsets are in the folded text (normal.py).

This module compiles the patterns of a language and finds its dates (`Calendars.find`); the
conversions between calendars are in calendar_spans.py, the DateMention and the tidying of
overlapping or glossing mentions in date_mentions.py.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import jdatetime

from ..lexicon import words
from .calendar_spans import (GREGORIAN, HIJRI, SOLAR, calendar_of_year, current_year, day_of, full_year,
                             month_span, year_span, years_back)
from .date_mentions import DateMention, glosses_dropped, joined_months, longest
from .normal import fold_phrase
from .vocab import Vocabulary, alternation, start

_W = words("persian-arabic.yaml")
_HIJRI_MARK = _W["hijri_year_markers"]
_HIJRI_YEAR = re.compile(rf"(?<![\w\u200c])(?:{alternation(_W.value('hijri_year_words'), 'ar')})(?![\w\u200c])")
_DAY_TO = _W["day_span_joiners"]
_THIS_YEAR = _W.value("this_year_words")
_YEAR_INTRODUCED = re.compile(rf"(?:{_W['year_introducers']})[\s\u200c]*$")
_MONTH_EDGE = re.compile(rf"(?:{_W['month_edges']})")
_DAY_SPAN = re.compile(rf"^[\s\u200c]*(?:{_DAY_TO}|-|–)[\s\u200c]*$")
_BETWEEN = re.compile(rf"(?:{_W['between_words']})[\s\u200c]*$")
_DAY_SPAN_WRITTEN = re.compile(rf"[\d\w][\s\u200c]*(?:{_DAY_TO})[\s\u200c]+[\d\w]")
_GLOSS = re.compile(r"^[\s\u200c]*\([^()]*\)")   # a bracket right after a date: the same date, in other words
_NAMED_JOIN = r"[\s\u200c«»\"“”'،,()]*"
_FIRST_TIME = re.compile(rf"(?<![\w\u200c])(?:{_W['first_time']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,7}}?[\s\u200c]*$")
_ONSET = re.compile(rf"(?<![\w\u200c])[وف]?(?:{_W['onset_openers']})[\s\u200c]+(?:{_W['onset_words']})(?:[\s\u200c]+[^\s\u200c،,.؛]+){{0,6}}?"
                    rf"[\s\u200c]+(?:{_W['onset_links']})[\s\u200c]*$")


def _key(phrase: str) -> str:
    """A table key for a phrase as written or as found: folded, without spaces."""
    return re.sub(r"\s+", "", fold_phrase(phrase))


def _months(table: dict) -> dict:
    return {_key(name): int(number) for number, names in table.items() for name in names}


class Calendars:
    """The compiled date patterns of one language."""

    def __init__(self, v: Vocabulary):
        cal = v.calendar
        self.lang = v.lang
        self.months = {SOLAR: _months(cal["solar_months"]), GREGORIAN: _months(cal["gregorian_months"]),
                       HIJRI: _months(cal["hijri_months"])}
        self.ambiguous = {_key(w) for w in cal.get("solar_ambiguous", []) + cal.get("gregorian_ambiguous", [])}
        b = start(v.lang)
        names = {k: alternation(list(cal[f"{k}_months"].values()) and
                                [n for ns in cal[f"{k}_months"].values() for n in ns], v.lang) for k in self.months}
        month_word = alternation(cal["month_word"], v.lang)
        year_word = alternation(cal["year_word"], v.lang)
        greg_marker = alternation(cal["gregorian_markers"], v.lang)
        greg_tail = rf"(?:[\s\u200c]*/[\s\u200c]*(?:{names[GREGORIAN]}))?"   # "تشرين الثاني/نوفمبر"
        # "۱۲ مهر", "اول مهر", "سوم بهمن", "بیست و یکم آذر": digits or an ordinal word
        self.day_words = {_key(w): int(n) for w, n in (cal.get("day_words") or {}).items()}
        words = alternation(list(cal.get("day_words") or []), v.lang)
        day = rf"(?P<d>[0-3]?\d{'|' + words if words else ''})(?:[\s\u200c]*ام)?"
        # "الأول من نوفمبر", "١٥ من مارس": a word that joins a day to its month
        day_link = alternation(cal.get("day_links") or ["(?!x)x"], v.lang)
        # "۱۲ مهر ۹۷": Persian shortens a year to two digits; Arabic does not, and a number after a day
        # is a count ("في 22 نيسان/أبريل 11 شخصاً")
        short = r"|\d{2}(?!\d)" if v.lang == "fa" else ""
        year = rf"(?:[\s\u200c]*(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}}{short})(?:[\s\u200c]*(?P<hm>{_HIJRI_MARK})(?![\w\u200c])|[\s\u200c]*(?P<gm>{greg_marker})(?![\w\u200c]))?)?"
        weekday = alternation([n for ns in cal["weekdays"].values() for n in ns], v.lang)
        self.weekdays = {_key(n): int(k) for k, ns in cal["weekdays"].items() for n in ns}
        self.full = {k: re.compile(rf"{b}(?:(?P<wd>{weekday})[\s\u200c]*(?:،[\s\u200c]*)?)?"
                                   rf"(?:(?P<d0>[0-3]?\d{'|' + words if words else ''})(?:[\s\u200c]*ام)?[\s\u200c]*(?:{_DAY_TO}|و|-|–)[\s\u200c]*)?{day}[\s\u200c]*(?:{day_link}[\s\u200c]*)?(?:{month_word}[\s\u200c]*)?"
                                   rf"(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}(?:[\s\u200c]*{month_word})?{year}"
                                   rf"(?:[\s\u200c]*(?P<past>{alternation(cal.get('past_words', []), v.lang)}))?(?![\w\u200c])")
                     for k in self.months}
        self.month_year = {k: re.compile(rf"{b}(?:(?:{month_word})[\s\u200c]*)?(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}"
                                         rf"(?:[\s\u200c]*(?:{month_word}))?[\s\u200c]*(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}}{short})(?![\w\u200c])")
                           for k in self.months}
        prep = _W["month_prepositions"]
        past = alternation(cal.get("past_words", []), v.lang)
        self.month_alone = {k: re.compile(rf"{b}(?:(?:(?P<pre>(?:{prep})[\s\u200c]*(?:ماه|{month_word})?)|(?P<mw>{month_word}))[\s\u200c]*)?(?P<m>{names[k]}){greg_tail if k == GREGORIAN else ''}"
                                          rf"(?:[\s\u200c]*(?P<mw2>{month_word}))?(?:[\s\u200c]*(?P<past>{past}|{_W['this_year_words']}))?"
                                          rf"(?:[\s\u200c]*(?P<that>{_W['that_year_words']}))?(?![\w\u200c])")
                           for k in self.months}
        self.year = re.compile(rf"{b}(?:(?P<yw>{year_word})[\s\u200c]*(?P<y>\d{{4}}|\d{{2}}(?!\d))|(?:(?<!\w)|(?<=(?<!\w)و))(?P<y4>(?:19|20|13|14)\d\d)(?!\d))"
                               rf"(?:[\s\u200c]*(?P<hm>{_HIJRI_MARK})(?![\w\u200c])|[\s\u200c]*(?P<gm>{greg_marker})(?![\w\u200c]))?")
        self.weekday = re.compile(rf"{b}(?P<wd>{weekday})(?![\w\u200c])(?:[\s\u200c]*(?P<lw>{alternation(cal['last_week'], v.lang)}))?"
                                  rf"(?:[\s\u200c]*(?P<past>{past}))?")
        self.relative = []
        for offset, phrases in cal["days"].items():
            self.relative.append((re.compile(rf"{b}(?:{alternation(phrases, v.lang)})(?![\w\u200c])"), "day", int(offset)))
        for key in ("last_week", "this_week", "last_month", "this_year", "last_year", "this_month"):
            self.relative.append((re.compile(rf"{b}(?:{alternation(cal.get(key) or ['(?!x)x'], v.lang)})(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])"), key, 0))
        units = "|".join(re.escape(fold_phrase(u)) for u in cal["units"])
        self.units = {_key(u): int(n) for u, n in cal["units"].items()}
        # "در ۴۸ ساعت گذشته", "طی شش روز", "خلال الأيام العشرة الماضية" is the span before the report;
        # "۲۳ روز پس از بازداشت" is not
        self.last_n = re.compile(rf"(?P<pre>(?<![\w\u200c])(?:{_W['last_n_prepositions']})[\s\u200c]*)?{b}(?P<n>\d+|{v.number})[\s\u200c]*"
                                 rf"(?P<u>{units})(?![\w\u200c])(?P<half>[\s\u200c]*(?:{alternation(cal.get('half') or ['(?!x)x'], v.lang)})(?![\w\u200c]))?"
                                 rf"(?:[\s\u200c]*(?P<past>{past}))?(?![\s\u200c]*(?:{_W['after_before_words']}))")
        self.year_start = re.compile(rf"{b}(?:{alternation(cal['year_start'], v.lang)})[\s\u200c]*(?:{year_word})(?:[\s\u200c]*(?P<cur>{_W['current_year_words']}))?(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])"
                                     # a year written after it is that year's start; a count after it is not a year
                                     rf"(?![\s\u200c]*(?:1[34]|19|20)\d\d(?!\d))")
        # "دو روز پیش" (two days ago): a day, not a span up to the report; "پیش از اعدام" is "before"
        ago = alternation(cal.get("ago") or ["(?!x)x"], v.lang)
        self.ago = re.compile(rf"{b}(?P<n>\d+|{v.number})[\s\u200c]*(?P<u>{units})[\s\u200c]*(?:{ago})(?![\w\u200c])(?![\s\u200c]*از(?![\w\u200c]))")
        self.last_n_after = re.compile(rf"{b}(?:ال)?(?P<u>{units})[\s\u200c]+(?:ال)?(?P<n>{v.number})[\s\u200c]*(?P<past>{past})(?![\w\u200c])")
        # "شش ماه نخست سال ۲۰۲۴", "سه ماه نخست سال جاری میلادی": the year's first N months, not a
        # span before the report nor the year's last month
        self.first_months = re.compile(rf"{b}(?P<n>\d+|{v.number})[\s\u200c]*(?:{month_word})[\s\u200c]*(?:{_W['first_words']})"
                                       rf"[\s\u200c]*(?:(?P<yw>{year_word})[\s\u200c]*)?(?:(?P<y>\d{{4}})|(?P<cur>جاری|امسال))?"
                                       rf"(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])") if v.lang == "fa" else None
        # "قبل يومين", "قبل ثلاثة أيام": the day so far back from the report's, the word first
        self.dual_units = {_key(u): int(n) for u, n in (cal.get("dual_units") or {}).items()}
        self.ago_first = re.compile(rf"{b}(?:{alternation(cal['ago_words'], v.lang)})[\s\u200c]+(?:(?P<dual>{alternation(self.dual_units, v.lang)})"
                              rf"|(?P<n>\d+|{v.number})?[\s\u200c]*(?P<u>{units}))(?![\w\u200c])"
                              rf"(?![\s\u200c]*(?:{alternation(cal['ago_not_after'], v.lang)})(?![\w\u200c]))") \
            if cal.get("ago_words") else None
        # Arabic "النصف الأول من 2025", "الأشهر الستة الأولى من العام": months of a year named after them
        parts = cal.get("year_parts") or {}
        self.year_parts = {_key(p): tuple(ms) for p, ms in parts.items()}
        if parts:
            nouns, firsts = alternation(cal["first_months_nouns"], v.lang), alternation(cal["first_months_words"], v.lang)
            self.year_part = re.compile(
                rf"{b}(?:(?P<part>{alternation(parts, v.lang)})|(?:ال)?(?:{nouns})[\s\u200c]*(?:ال)?(?P<n>\d+|{v.number})"
                rf"[\s\u200c]*(?:{firsts}))(?![\w\u200c])(?:[\s\u200c]*(?:{alternation(cal['year_part_links'], v.lang)})?[\s\u200c]*"
                rf"(?:(?P<last>{alternation(cal['last_year'], v.lang)})|(?P<this>{alternation(cal['this_year'], v.lang)})"
                rf"|(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}})|(?P<yw>{year_word})))?(?![\w\u200c])")
        else:
            self.year_part = None
        # "خیزش «زن، زندگی، آزادی»": the words of a named event with quotation marks or commas between
        self.named = [(date.fromisoformat(str(day)),
                       re.compile(rf"{b}(?:" + "|".join(_NAMED_JOIN.join(re.escape(w) for w in fold_phrase(p).split())
                                                        for p in sorted(phrases, key=len, reverse=True)) + r")(?![\w\u200c])"))
                      for day, phrases in (cal.get("named_events") or {}).items()]
        self.vocab = v
        seasons = cal.get("seasons") or {}
        self.seasons = {_key(n): int(q) for q, ns in seasons.items() for n in ns}
        last_year = alternation(cal["last_year"], v.lang)
        this_year = alternation(cal["this_year"], v.lang)
        self.season = re.compile(rf"{b}(?P<q>{alternation([n for ns in seasons.values() for n in ns], v.lang) or '(?!x)x'})"
                                 rf"(?:[\s\u200c]*(?:(?P<last>{last_year})|(?P<this>{this_year})|(?:{year_word})?[\s\u200c]*(?P<y>1[34]\d\d)))?(?![\w\u200c])")
        year_start = alternation(cal["year_start"], v.lang)
        since = alternation(v.since_words, v.lang)
        ranges = alternation(v.range_from, v.lang)
        to = alternation(v.range_to_words, v.lang)
        self.since_before = re.compile(rf"{b}(?:{since})[\s\u200c]*(?:(?:{year_start})[\s\u200c]*)?(?:ال)?(?:{year_word}[\s\u200c]*)?$")
        self.range_before = re.compile(rf"{b}(?:{ranges}|{since})[\s\u200c]*(?:(?:{year_start})[\s\u200c]*)?(?:ال)?(?:{year_word}[\s\u200c]*)?$")
        self.range_between = re.compile(rf"^[\s\u200c]*(?:(?:{to})[\s\u200c]*(?:(?:{_W['span_end_words']})[\s\u200c]*)?|-[\s\u200c]*|/[\s\u200c]*)$")

    # finders ------------------------------------------------------------------------------
    def find(self, text: str, published: date | None) -> list[DateMention]:
        """Every date mention in `text` (folded), resolved against `published`, in text order;
        where two overlap the longer stays."""
        if published is None:
            return []
        found: list[DateMention] = []
        for cal in self.months:
            for m in self.full[cal].finditer(text):
                found += self._full(cal, m, published)
            for m in self.month_year[cal].finditer(text):
                found += self._month(cal, m, published, m.group("y"))
            for m in self.month_alone[cal].finditer(text):
                name = _key(m.group("m"))
                edge = m.group("pre") and _MONTH_EDGE.search(m.group("pre"))
                named = m.group("mw") or m.group("mw2") or m.group("pre") and re.search(r"ماه|شهر", m.group("pre"))
                if name in self.ambiguous and not (named or m.group("past") or edge):
                    continue   # "بهمن" is a man's name unless "ماه" or a year or day goes with it
                that = self._year_before(text, m.start()) if m.group("that") else None
                # "في مارس من ذلك العام": the year told before, when it is of the month's calendar
                found += self._month(cal, m, published, str(that[1]) if that and that[0] == cal else None)
        for m in self.season.finditer(text):
            # "پاییز سال گذشته": the quarter of the Solar Hijri year (Mehr to Azar for autumn)
            q = self.seasons[_key(m.group("q"))]
            cur = current_year(SOLAR, published)
            y = int(m.group("y")) if m.group("y") else cur - 1 if m.group("last") else cur
            s_, _ = month_span(SOLAR, y, 3 * q - 2)
            if not (m.group("y") or m.group("last")) and s_ > published:
                y -= 1
                s_, _ = month_span(SOLAR, y, 3 * q - 2)
            _, e_ = month_span(SOLAR, y, 3 * q)
            found.append(DateMention(m.start(), m.end(), s_, e_, False, m.group()))
        for m in self.year.finditer(text):
            y = int(m.group("y") or m.group("y4"))
            bare = bool(m.group("y4")) and not (m.group("gm") or m.group("hm"))
            if bare and not 1900 <= y <= 2100 and not _YEAR_INTRODUCED.search(text[max(0, m.start() - 6):m.start()]):
                continue   # "۱۱۵۳" alone is a number; a Solar Hijri year needs a word that introduces it
            y = full_year(SOLAR, str(y)) if m.group("y") and len(m.group("y")) == 2 else y
            cal = GREGORIAN if m.group("gm") else calendar_of_year(y, bool(m.group("hm")), self.lang)
            try:
                s, e = year_span(cal, y)
            except (ValueError, OverflowError):
                continue
            found.append(DateMention(m.start(), m.end(), s, e, False, m.group(), bare=bare))
        for m in self.weekday.finditer(text):
            found.append(self._weekday(m, published))
        # a Persian report that counts its years in the Gregorian calendar ("در سال ۲۰۲۴") means a
        # Gregorian year by "سال گذشته" too; years in brackets ("(۱۳۸۹ تا ۱۴۰۳ خورشیدی)") only gloss
        years = [int(y) for y in re.findall(r"(?<!\d)(1[34]\d\d|19\d\d|20\d\d)(?!\d)", re.sub(r"\([^()]*\)", "", text))]
        gregorian_text = sum(y >= 1900 for y in years) > sum(y < 1500 for y in years)
        for pattern, key, offset in self.relative:
            for m in pattern.finditer(text):
                found.append(self._relative(m, key, offset, published, gregorian_text))
        for m in self.last_n.finditer(text):
            n = self.unit_count(m.group("n"))
            days = self.units[_key(m.group("u"))]
            if n is None or not days and n < 24 or not (m.group("pre") or m.group("past")):
                continue
            if n == 1 and not m.group("past"):
                continue   # "در یک روز شش زندانی": on a single day, not the day before the report
            if m.group("pre") and m.group("pre").strip() in ("فقط", "تنها") and not m.group("past"):
                continue
            span = n * days if days else n // 24
            if m.group("half"):
                span += days // 2 if days else 0   # "دو ماه و نیم گذشته": two months and a half
            found.append(DateMention(m.start(), m.end(), published - timedelta(days=span), published, span <= 2, m.group()))
        for m in self.ago.finditer(text):
            n, days = self.unit_count(m.group("n")), self.units[_key(m.group("u"))]
            if n is not None and 0 < days <= 7:   # ("چهار سال پیش" is background, too loose to date a claim by)
                day = published - timedelta(days=n * days)
                # a week ago: that week around the day, half on each side
                half = timedelta(days=days // 2)
                found.append(DateMention(m.start(), m.end(), day - half, min(published, day + half), days == 1, m.group()))
        for m in self.last_n_after.finditer(text):
            # "خلال الأيام السبعة الماضية": the unit first, then the number, then "past"
            n, days = self.unit_count(m.group("n")), self.units[_key(m.group("u"))]
            if n is not None and days:
                found.append(DateMention(m.start(), m.end(), published - timedelta(days=n * days), published, n * days <= 2, m.group()))
        for m in self.first_months.finditer(text) if self.first_months else ():
            n = self.unit_count(m.group("n"))
            if n is None or not 1 <= n <= 12:
                continue
            if not (m.group("y") or m.group("cur") or m.group("yw")):
                continue
            if m.group("y"):
                y = int(m.group("y"))
                cal = GREGORIAN if m.group("gm") else calendar_of_year(y, False, self.lang)
            elif m.group("cur") or self._year_before(text, m.start()) is None:
                cal = GREGORIAN if m.group("gm") else SOLAR
                y = current_year(cal, published)
            else:
                cal, y = self._year_before(text, m.start())   # "سه ماه نخست سال": of the year told before
            try:
                s, _ = month_span(cal, y, 1)
                _, e = month_span(cal, y, n)
            except (ValueError, OverflowError):
                continue
            found.append(DateMention(m.start(), m.end(), s, min(e, published) if s <= published else e, False, m.group()))
        found += self._year_parts(text, published)
        for m in self.ago_first.finditer(text) if self.ago_first is not None else ():
            days = self.dual_units[_key(m.group("dual"))] if m.group("dual") else \
                (self.unit_count(m.group("n")) if m.group("n") else 1) * self.units[_key(m.group("u"))]
            if days:
                day = published - timedelta(days=days)
                found.append(DateMention(m.start(), m.end(), day, day, True, m.group()))
        for day, pattern in self.named:
            for m in pattern.finditer(text) if day <= published else ():
                found.append(DateMention(m.start(), m.end(), day, published, False, m.group(), since=True, named=True))
        for m in self.year_start.finditer(text):
            cal = HIJRI if _HIJRI_YEAR.search(m.group()) else \
                SOLAR if self.lang == "fa" and not m.group("gm") else GREGORIAN
            s, _ = year_span(cal, current_year(cal, published))
            found.append(DateMention(m.start(), m.end(), s, published, False, m.group(), since=True))
        tidy = glosses_dropped(text, self._weekdays_restating(text, joined_months(text, longest(found))))
        return glosses_dropped(text, self._since(text, tidy, published))

    def _year_parts(self, text: str, published: date) -> list[DateMention]:
        """Arabic parts of a Gregorian year: "النصف الأول من 2025", "الربع الثالث من العام الماضي",
        "الأشهر الستة الأولى من العام" (the year told before, else the report's); a part still
        running ends on the report's day."""
        out = []
        for m in self.year_part.finditer(text) if self.year_part is not None else ():
            if m.group("part"):
                first, last = self.year_parts[_key(m.group("part"))]
            else:
                first, last = 1, self.unit_count(m.group("n")) or 0
                if not 1 <= last <= 12:
                    continue
            if m.group("y"):
                y = int(m.group("y"))
            elif m.group("last"):
                y = published.year - 1
            elif m.group("this") or self._year_before(text, m.start()) is None:
                y = published.year
            else:
                cal, y = self._year_before(text, m.start())
                if cal != GREGORIAN:
                    continue
            s, e = date(y, first, 1), month_span(GREGORIAN, y, last)[1]
            out.append(DateMention(m.start(), m.end(), s, min(e, published) if s <= published else e, False, m.group()))
        return out

    def _weekdays_restating(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """Without a weekday told right after a relative day ("غداً السبت", "فردا، شنبه"): it names
        that day again, and alone it would be the last such weekday before the report."""
        out: list[DateMention] = []
        for d in found:
            if out and out[-1].is_day and not self.weekday.fullmatch(out[-1].text) and self.weekday.fullmatch(d.text) \
                    and re.fullmatch(r"[\s\u200c،,]*", text[out[-1].end:d.start]):
                continue
            out.append(d)
        return out

    def _year_before(self, text: str, pos: int) -> tuple[str, int] | None:
        """(calendar, year) of the last year written before `pos` ("از ابتدای سال ۲۰۲۰ ... سه ماه
        نخست سال"), or None; a bare number is a year only between 1900 and 2100."""
        for m in reversed(list(self.year.finditer(text, 0, pos))):
            y = int(m.group("y") or m.group("y4"))
            if m.group("y4") and not (m.group("gm") or m.group("hm")) and not 1900 <= y <= 2100:
                continue
            y = full_year(SOLAR, str(y)) if m.group("y") and len(m.group("y")) == 2 else y
            return (GREGORIAN if m.group("gm") else calendar_of_year(y, bool(m.group("hm")), self.lang)), y
        return None

    def unit_count(self, written: str) -> int | None:
        from .vocab import number_value
        return number_value(self.vocab, written)

    def _full(self, cal: str, m: re.Match, published: date) -> list[DateMention]:
        month = self.months[cal][_key(m.group("m"))]
        d = int(m.group("d")) if m.group("d").isdigit() else self.day_words[_key(m.group("d"))]
        if m.group("y"):
            y = full_year(cal, m.group("y"))
            if m.group("hm") and cal == GREGORIAN:
                return []
            candidates = [y]
        else:
            cur = current_year(cal, published)
            candidates = [cur, cur - 1, cur + 1]
        days = []
        for y in candidates:
            try:
                days.append(day_of(cal, y, month, d))
            except (ValueError, OverflowError):
                continue
        if not days:
            return []
        if m.group("past") and not m.group("y"):
            days = [x for x in days if x <= published] or days   # "18 أكتوبر الماضي": the last one before
        # without a year: the occurrence nearest the report (a scheduled day may lie ahead)
        day = days[0] if m.group("y") else min(days, key=lambda x: (abs((x - published).days), x > published))
        if m.group("d0"):   # "از ۱۷ تا ۲۲ آذر ۱۴۰۲", "از اول تا سی‌ام دی‌ماه": both days in the month named once
            d0 = int(m.group("d0")) if m.group("d0").isdigit() else self.day_words[_key(m.group("d0"))]
            first = day - timedelta(days=d - d0)
            if first <= day:
                return [DateMention(m.start(), m.end(), first, day, (day - first).days <= 2, m.group())]
        return [DateMention(m.start(), m.end(), day, day, True, m.group())]

    def _month(self, cal: str, m: re.Match, published: date, year: str | None) -> list[DateMention]:
        month = self.months[cal][_key(m.group("m"))]
        try:
            if year:
                s, e = month_span(cal, full_year(cal, year), month)
            else:
                cur = current_year(cal, published)
                s, e = month_span(cal, cur, month)
                if s > published:
                    s, e = month_span(cal, cur - 1, month)
                elif "past" in m.groupdict() and m.group("past") and _key(m.group("past")) not in _THIS_YEAR and e >= published:
                    s, e = month_span(cal, cur - 1, month)   # "دی ماه گذشته", "ديسمبر الماضي" in December
        except (ValueError, OverflowError):
            return []
        return [DateMention(m.start("m"), m.end(), s, e, False, m.group())]

    def _weekday(self, m: re.Match, published: date) -> DateMention:
        wanted = self.weekdays[_key(m.group("wd"))]
        back = (published.weekday() - wanted) % 7
        day = published - timedelta(days=back)
        if m.group("lw"):
            monday = published - timedelta(days=published.weekday()) - timedelta(days=7)
            day = monday + timedelta(days=wanted)
        elif m.group("past") and back == 0:
            day -= timedelta(days=7)   # "الاثنين الماضي" said on a Monday: a week ago
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

    def _since(self, text: str, found: list[DateMention], published: date) -> list[DateMention]:
        """"از ۷ اکتبر" / "منذ بداية العام": the span runs from that date to the report's day, or
        to the date after "تا"/"حتى" ("از ابتدای سال جاری تا پایان فروردین")."""
        out, skip = [], set()
        for i, d in enumerate(found):
            if i in skip:
                continue
            before = text[max(0, d.start - 30):d.start]
            # "منذ إعادة العمل بعقوبة الإعدام في عام ٢٠٠٤": since an event of that year, a few words on
            since = d.since or self.since_before.search(before) or _ONSET.search(text, max(0, d.start - 80), d.start) or not d.is_day and re.search(
                r"(?<![\w\u200c])منذ(?:[\s\u200c]+[^\s\u200c،,.]+){1,5}?[\s\u200c]+(?:فی[\s\u200c]*)?(?:(?:ال)?(?:عام|سنه)[\s\u200c]*)?$",
                text[max(0, d.start - 60):d.start])
            if since and not d.since and _FIRST_TIME.search(text, max(0, d.start - 80), d.start):
                out.append(DateMention(d.start, d.end, d.period_start, d.period_end, d.is_day, d.text, resumed=True))
                continue   # "للمرة الأولى منذ عام 2013": when it last happened, not since when
            opens = since or self.range_before.search(before)
            nxt = found[i + 1] if i + 1 < len(found) else None
            # "از ۱۸ مهر ۱۴۰۱ (۱۰ اکتبر ۲۰۲۲) تا ۱۶ مهر ۱۴۰۲": the first end's gloss in brackets stands
            # between the ends (its dates were dropped before: glosses_dropped)
            between = _GLOSS.sub("", text[d.end:nxt.start], count=1) if nxt else ""
            both_days = d.is_day and nxt is not None and nxt.is_day and _DAY_SPAN.match(between)
            # "بين ٢١ يونيو ٢٠١٧ و٩ أكتوبر ٢٠٢٤", "بین ... و ...": "between" closes its span with "and"
            between_and = nxt is not None and _BETWEEN.search(before) \
                and re.match(r"^[\s\u200c]*و[\s\u200c]*$", between)
            if (opens or both_days) and nxt and len(between) < 40 and (self.range_between.match(between) or between_and):
                skip.add(i + 1)
                first = d.period_start
                if first > nxt.period_end and not re.search(r"\d{4}", d.text):
                    # "اول ژانویه تا ۳۰ ژوئن ۲۰۲۴": the first end's year is the one written after the second
                    first = years_back(first, nxt.period_end)
                end = nxt.period_end if nxt.period_end >= first else d.period_end
                out.append(DateMention(d.start, nxt.end, first, end, False, text[d.start:nxt.end]))
                continue
            if not since or d.period_start > published or _DAY_SPAN_WRITTEN.search(d.text):
                # ("از ۱ تا ۱۵ آبان": a span of days with both ends written, not a start)
                out.append(d)
                continue
            out.append(DateMention(d.start, d.end, d.period_start, published, False, d.text, since=True, named=d.named))
        return out


@lru_cache(maxsize=None)
def calendars(lang: str) -> Calendars:
    from .vocab import vocabulary
    return Calendars(vocabulary(lang))
