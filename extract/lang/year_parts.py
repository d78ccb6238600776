"""Parts of a year in Persian and Arabic reports, as Gregorian spans: a season of the Solar Hijri
year ("پاییز سال گذشته"), the first months of a year ("شش ماه نخست سال ۲۰۲۴", "الأشهر الستة
الأولى من العام"), a half or a quarter ("النصف الأول من 2025") and the start of the year as the
opening of a span ("از ابتدای سال جاری"), and parts of a month ("نیمه نخست آبان"). A part still running ends on the report's day; one of
"the year" alone is of the year told before it, else of the report's year. Offsets are in the
folded text (normal.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from ..lexicon import words
from .calendar_spans import GREGORIAN, HIJRI, SOLAR, calendar_of_year, current_year, month_span, year_span
from .date_mentions import DateMention
from .normal import table_key
from .number_values import number_value
from .vocab import Vocabulary, alternation, start

_W = words("persian-arabic.yaml")
_HIJRI_YEAR = re.compile(rf"(?<![\w\u200c])(?:{alternation(_W.value('hijri_year_words'), 'ar')})(?![\w\u200c])")
_PART_REACH = 32   # characters of a part of a month before its name ("الأيام العشرة الأولى من شهر")

YearBefore = Callable[[str, int], "tuple[str, int] | None"]   # (text, pos) -> (calendar, year) told before pos


class YearParts:
    """The patterns of one language for parts of a year."""

    def __init__(self, v: Vocabulary):
        cal, b = v.calendar, start(v.lang)
        self.vocab, self.lang = v, v.lang
        month_word = alternation(cal["month_word"], v.lang)
        year_word = alternation(cal["year_word"], v.lang)
        greg_marker = alternation(cal["gregorian_markers"], v.lang)
        last_year = alternation(cal["last_year"], v.lang)
        this_year = alternation(cal["this_year"], v.lang)
        seasons = cal.get("seasons") or {}
        self.seasons = {table_key(n): int(q) for q, ns in seasons.items() for n in ns}
        self.season = re.compile(rf"{b}(?P<q>{alternation([n for ns in seasons.values() for n in ns], v.lang) or '(?!x)x'})"
                                 rf"(?:[\s\u200c]*(?:(?P<last>{last_year})|(?P<this>{this_year})|(?:{year_word})?[\s\u200c]*(?P<y>1[34]\d\d)))?(?![\w\u200c])")
        # ("منذ بداية السنة الإيرانية الجديدة": the Solar Hijri year's start, in a report written in Arabic)
        solar = alternation(cal.get("solar_year_markers") or [], v.lang) or "(?!x)x"
        self.year_start = re.compile(rf"{b}(?:{alternation(cal['year_start'], v.lang)})[\s\u200c]*(?:{year_word})(?:[\s\u200c]*(?P<cur>{_W['current_year_words']}))?(?:[\s\u200c]*(?P<gm>{greg_marker}))?"
                                     rf"(?:[\s\u200c]*(?P<solar>{solar}))?(?![\w\u200c])"
                                     # a year written after it is that year's start; a count after it is not a year
                                     rf"(?![\s\u200c]*(?:1[34]|19|20)\d\d(?!\d))")
        # "شش ماه نخست سال ۲۰۲۴", "سه ماه نخست سال جاری میلادی": the year's first N months, not a
        # span before the report nor the year's last month
        self.first_months = re.compile(rf"{b}(?P<n>\d+|{v.number})[\s\u200c]*(?:{month_word})[\s\u200c]*(?:{_W['first_words']})"
                                       rf"[\s\u200c]*(?:(?P<yw>{year_word})[\s\u200c]*)?(?:(?P<y>\d{{4}})|(?P<cur>جاری|امسال))?"
                                       rf"(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])") if v.lang == "fa" else None
        # Arabic "النصف الأول من 2025", "الأشهر الستة الأولى من العام": months of a year named after them
        parts = cal.get("year_parts") or {}
        self.year_parts = {table_key(p): tuple(ms) for p, ms in parts.items()}
        if parts:
            # (Persian counts "the first N months" in first_months: its parts are named ones only)
            counted = ""
            if cal.get("first_months_nouns"):
                nouns, firsts = alternation(cal["first_months_nouns"], v.lang), alternation(cal["first_months_words"], v.lang)
                counted = rf"|(?:ال)?(?:{nouns})[\s\u200c]*(?:ال)?(?P<n>\d+|{v.number})[\s\u200c]*(?:{firsts})"
            links = alternation(cal.get("year_part_links") or [], v.lang)
            self.year_part = re.compile(
                rf"{b}(?:(?P<part>{alternation(parts, v.lang)}){counted})(?![\w\u200c])(?:[\s\u200c]*(?:{links or '(?!x)x'})?[\s\u200c]*"
                rf"(?:(?P<last>{last_year})|(?P<this>{this_year})"
                rf"|(?:{year_word})?[\s\u200c]*(?P<y>\d{{4}})|(?P<yw>{year_word})))?"
                rf"(?:[\s\u200c]*(?P<gm>{greg_marker}))?(?![\w\u200c])")
        else:
            self.year_part = None
        # "نیمه نخست آبان", "هفته اول ماه آذر", "دهه سوم اسفند": days of the month named right after
        month_parts = cal.get("month_parts") or {}
        self.month_days = {table_key(p): tuple(ds) for p, ds in month_parts.items()}
        self.month_part = re.compile(rf"{b}(?P<part>{alternation(month_parts, v.lang)})[\s\u200c]*(?:(?:{month_word})[\s\u200c]*)?\Z") \
            if month_parts else None

    def count(self, written: str) -> int | None:
        return number_value(self.vocab, written)

    def seasons_of(self, text: str, published: date) -> list[DateMention]:
        """"پاییز سال گذشته": the quarter of the Solar Hijri year (Mehr to Azar for autumn); a season
        with no year is the last one begun by the report's day."""
        found = []
        for m in self.season.finditer(text):
            q = self.seasons[table_key(m.group("q"))]
            cur = current_year(SOLAR, published)
            y = int(m.group("y")) if m.group("y") else cur - 1 if m.group("last") else cur
            s_, _ = month_span(SOLAR, y, 3 * q - 2)
            if not (m.group("y") or m.group("last")) and s_ > published:
                y -= 1
                s_, _ = month_span(SOLAR, y, 3 * q - 2)
            _, e_ = month_span(SOLAR, y, 3 * q)
            found.append(DateMention(m.start(), m.end(), s_, e_, False, m.group()))
        return found

    def first_months_of(self, text: str, published: date, year_before: YearBefore,
                        gregorian_text: bool = False) -> list[DateMention]:
        """Persian "شش ماه نخست سال ۲۰۲۴", "سه ماه نخست سال": the first N months of the year written,
        of the current one (Gregorian in a report that counts its years so: `gregorian_text`), or of
        the year told before."""
        found = []
        for m in self.first_months.finditer(text) if self.first_months else ():
            n = self.count(m.group("n"))
            if n is None or not 1 <= n <= 12:
                continue
            if not (m.group("y") or m.group("cur") or m.group("yw")):
                continue
            if m.group("y"):
                y = int(m.group("y"))
                cal = GREGORIAN if m.group("gm") else calendar_of_year(y, False, self.lang)
            elif m.group("cur") or year_before(text, m.start()) is None:
                cal = GREGORIAN if m.group("gm") or gregorian_text else SOLAR
                y = current_year(cal, published)
            else:
                cal, y = year_before(text, m.start())   # "سه ماه نخست سال": of the year told before
            try:
                s, _ = month_span(cal, y, 1)
                _, e = month_span(cal, y, n)
            except (ValueError, OverflowError):
                continue
            found.append(DateMention(m.start(), m.end(), s, min(e, published) if s <= published else e, False, m.group()))
        return found

    def halves_of(self, text: str, published: date, year_before: YearBefore,
                  gregorian_text: bool = False) -> list[DateMention]:
        """Named parts of a year: "النصف الأول من 2025", "الربع الثالث من العام الماضي", "الأشهر الستة
        الأولى من العام" (Gregorian), "نیمه نخست سال ۱۴۰۳", "سه‌ماهه سوم سال جاری" (Persian: Solar
        Hijri unless the year written or "میلادی" says Gregorian, or a part of this or last year in a
        report that counts its years in the Gregorian calendar: `gregorian_text`). A part of "the
        year" alone is of the year told before, else of the report's."""
        out = []
        for m in self.year_part.finditer(text) if self.year_part is not None else ():
            if m.groupdict().get("part"):
                first, last = self.year_parts[table_key(m.group("part"))]
            else:
                first, last = 1, self.count(m.group("n")) or 0
                if not 1 <= last <= 12:
                    continue
            if self.lang == "fa" and not (m.group("y") or m.group("last") or m.group("this") or m.group("yw")):
                continue   # "نیمه نخست آبان": a half of a month, not of a year
            own = GREGORIAN if self.lang != "fa" or m.group("gm") else SOLAR
            if (m.group("this") or m.group("last")) and gregorian_text:
                own = GREGORIAN   # "نیمه نخست امسال" after "شش ماه نخست سال ۲۰۱۹ میلادی": the Gregorian year
            if m.group("y"):
                y = int(m.group("y"))
                cal = GREGORIAN if m.group("gm") else calendar_of_year(y, False, self.lang) if self.lang == "fa" else GREGORIAN
            elif m.group("last") or m.group("this") or year_before(text, m.start()) is None:
                cal = own
                y = current_year(cal, published) - bool(m.group("last"))
            else:
                cal, y = year_before(text, m.start())
                if cal not in (GREGORIAN, own):
                    continue
            try:
                s, e = month_span(cal, y, first)[0], month_span(cal, y, last)[1]
            except (ValueError, OverflowError):
                continue
            out.append(DateMention(m.start(), m.end(), s, min(e, published) if s <= published else e, False, m.group()))
        return out

    def after_month_part(self, text: str, pos: int) -> bool:
        """Whether a part of a month ("دهه نخست") ends right before `pos`."""
        return self.month_part is not None and self.month_part.search(text, max(0, pos - _PART_REACH), pos) is not None

    def month_parts_of(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """`found` with each month named right after a part of a month narrowed to that part's days:
        "نیمه نخست آبان ۱۴۰۳" is 1-15 Aban, "هفته اول آذر" 1-7 Azar, "دهه سوم اسفند" the 21st to
        the month's end (a last day past it is the month's last)."""
        if self.month_part is None:
            return found
        out = []
        for d in found:
            m = None if d.is_day or not 27 <= (d.period_end - d.period_start).days <= 30 else \
                self.month_part.search(text, max(0, d.start - _PART_REACH), d.start)   # (after_month_part, with its match)
            if m is None:
                out.append(d)
                continue
            first, last = self.month_days[table_key(m.group("part"))]
            s = d.period_start + timedelta(days=first - 1)
            e = min(d.period_end, d.period_start + timedelta(days=last - 1))
            out.append(DateMention(m.start(), d.end, s, e, False, text[m.start():d.end]))
        return out

    def year_starts(self, text: str, published: date) -> list[DateMention]:
        """"از ابتدای سال جاری", "منذ بداية العام": the current year's start, opening a span to the
        report's day (Solar Hijri in Persian unless "میلادی" says otherwise)."""
        found = []
        for m in self.year_start.finditer(text):
            cal = SOLAR if m.group("solar") else HIJRI if _HIJRI_YEAR.search(m.group()) else \
                SOLAR if self.lang == "fa" and not m.group("gm") else GREGORIAN
            s, _ = year_span(cal, current_year(cal, published))
            found.append(DateMention(m.start(), m.end(), s, published, False, m.group(), since=True))
        return found
