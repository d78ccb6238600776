"""Dates and years told by reference to one written before them (Persian and Arabic): the mixin of
`Calendars` (calendars.py) that finds "في ذلك العام", "همان روز", "ومنذ ذلك الحين", "بعد شهرين" and the year
a month or day without its own year is of ("وفي عام 2013 ... في أبريل")."""
from __future__ import annotations

import re
from datetime import date

from ..date_arithmetic import shift_months
from ..lexicon import words
from ..matches import last_match
from .calendar_spans import GREGORIAN, SOLAR, calendar_of_year, full_year, month_before, month_span, year_span
from .date_mentions import DateMention
from .normal import table_key
from .number_values import number_value

_W = words("persian-arabic.yaml")

# a reference number right before a year holds it ("القضية رقم 4459 لسنة 2015": no year of its own; shared
# with calendars.py); the year's own word, "سنة", may be in the match or before it, with "ل" of "لسنة"
REFERENCE_NUMBER_BEFORE = re.compile(rf"(?<![\w\u200c])(?:{_W['reference_number_words']})[\s\u200c]*\d+[\s\u200c]*"
                                     rf"(?:/[\s\u200c]*)?"
                                     rf"(?:ل?(?:سنه|عام)?|ل)[\s\u200c]*$")


class DatesToldBefore:
    """Finders over the patterns `Calendars` compiles (self.year, self.that_year, self.relative, ...)."""

    def _told_back(self, text: str, found: list[DateMention], published: date) -> list[DateMention]:
        """`found` with the times told back to a date before them (Arabic): "في ذلك العام" is the last
        year written before it, "في العام الذي سبقه" the year before that ("أعدمت 37 شخصاً في 23 أبريل 2019، في حين بلغ ... في ذلك العام 184"); "ومنذ
        ذلك الحين" runs from the start of the last date before it to the report's day ("استأنف العراق
        تنفيذ الإعدام في 2005، ومنذ ذلك الحين أُعدم أكثر من 1145 شخصاً"). None is told without a date
        before it, nor inside another mention."""
        told = []
        for m in self.that_year.finditer(text):
            year = self._year_before(text, m.start(), self.compared_year)
            if year is not None:
                try:
                    s, e = year_span(year[0], year[1])
                except (ValueError, OverflowError):
                    continue
                told.append(DateMention(m.start(), m.end(), s, e, False, m.group()))
        for m in self.the_year.finditer(text):
            # "خلال العام" alone: the first year the report tells of ("خلال عام 2024", "العام الماضي"), not a
            # year written later for comparison
            first = next((d for d in found if d.end <= m.start() and not d.since and not d.is_day
                          and 364 <= (d.period_end - d.period_start).days <= 365), None)
            if first is not None:
                told.append(DateMention(m.start(), m.end(), first.period_start, first.period_end, False, m.group()))
        for m in self.that_day.finditer(text):
            # "همان روز": the last day written before it, in its paragraph
            before = [d for d in found if d.end <= m.start() and d.is_day and not d.since and "\n\n" not in text[d.end:m.start()]]
            if before:
                told.append(DateMention(m.start(), m.end(), before[-1].period_start, before[-1].period_end, True, m.group(),
                                        rule="period.that_day"))
        for m in self.year_before_that.finditer(text):
            year = self._year_before(text, m.start())
            if year is not None:
                s, e = year_span(year[0], year[1] - 1)
                told.append(DateMention(m.start(), m.end(), s, e, False, m.group()))
        for m in self.month_before_that.finditer(text):
            # "ماه پیش از آن": the month before the last month written before it (Persian)
            # ("این ماه" of a monthly report is the month it counts, written before: not one to go back from)
            before = [d for d in found if d.end <= m.start() and 27 <= (d.period_end - d.period_start).days <= 31
                      and not d.current]
            if before:
                told.append(DateMention(m.start(), m.end(), *month_before(before[-1].period_start), False, m.group()))
        if self.lang == "fa":
            # (longer than the "ماه پیش", "سال قبل" it holds, which the report's day would date)
            found = [d for d in found if not any(t.start <= d.start and d.end <= t.end and (t.start, t.end) != (d.start, d.end)
                                                 for t in told)]
        for m in self.since_then.finditer(text):
            before = [d for d in found if d.end <= m.start() and d.period_start <= published]
            if before:
                told.append(DateMention(m.start(), m.end(), before[-1].period_start, published, False, m.group(), since=True))
        for m in self.months_after.finditer(text):
            # "وفي أبريل 2013 ... ثم في مصريين اثنين بعد شهرين": that many months after the date before it
            n = self.months_after_units[table_key(m.group("u"))] or (number_value(self.vocab, m.group("n")) if m.group("n") else None)
            before = [d for d in found if d.end <= m.start() and not re.search(r"[.!?؟\n]", text[d.end:m.start()])]
            if n and before and (before[-1].period_end - before[-1].period_start).days <= 31:
                day = shift_months(before[-1].period_start, n)
                s, e = month_span(GREGORIAN, day.year, day.month)
                told.append(DateMention(m.start(), m.end(), s, e, False, m.group()))
        told += self.back.before_told(text, found)
        told = [d for d in told if not any(o.start < d.end and d.start < o.end for o in found)]
        return sorted(found + told, key=lambda d: d.start)

    def _sentence_year(self, text: str, pos: int) -> tuple[str, int] | None:
        """(calendar, year) of a year opened by "في"/"خلال" earlier in the sentence of `pos` ("وفي عام 2013
        نُفذ الحكم في ثلاثة رجال ... في أبريل": April of 2013), or None (a language that lists no openers,
        or a year told otherwise: "منذ عام 2015")."""
        start_of = max([m.end() for m in re.finditer(r"[.!?؟\n]", text[:pos])] or [0])
        year = self._year_before(text, pos)
        if year is None:
            return None
        m = last_match(self.year, text, start_of, pos)
        return year if m is not None and self.year_opened.search(text, max(0, m.start() - 8), m.start()) else None

    def _year_before(self, text: str, pos: int, compared: re.Pattern | None = None) -> tuple[str, int] | None:
        """(calendar, year) of the last year written before `pos` ("از ابتدای سال ۲۰۲۰ ... سه ماه
        نخست سال"), or None; a bare number is a year only between 1900 and 2100, or right after a month
        of the language's `years_after_months` ("فروردین ۱۳۹۵ ... شهریور همان سال"); with `compared`, not
        a year right after a word of comparison it finds ("مقارنة بعام 2023") nor one a span starts from."""
        for m in reversed(list(self.year.finditer(text, 0, pos))):
            y = int(m.group("y") or m.group("y4"))
            if m.group("y4") and not (m.group("gm") or m.group("hm")) and not 1900 <= y <= 2100 \
                    and not any(x.end() == m.end() for after in self.years_after_month
                                for x in after.finditer(text, max(0, m.start() - 20), m.end())):
                continue   # "۱۱۵۳" alone is a number
            if compared is not None and (compared.search(text, max(0, m.start() - 20), m.start() + (text[m.start()] == "ب"))
                                         or self.since_near.search(text, max(0, m.start() - 30), m.start())):
                continue   # (nor the start of a span: "منذ بدء رصدهما عام 2008")
            if REFERENCE_NUMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue   # "القضية رقم 4459 لسنة 2015": part of the case's number
            y = full_year(SOLAR, str(y)) if m.group("y") and len(m.group("y")) == 2 else y
            return (GREGORIAN if m.group("gm") else calendar_of_year(y, bool(m.group("hm")), self.lang)), y
        return None

    def _year_of_sentence(self, text: str, pos: int) -> tuple[str, int] | None:
        """(calendar, year) of the one year written earlier in the sentence of `pos`, not one a span
        starts from ("منذ عام 2015"), or None: a day and month told after it are of that year."""
        start_of = max([m.end() for m in re.finditer(r"[.!?؟\n]", text[:pos])] or [0])
        years = [m for m in self.year.finditer(text, start_of, pos)
                 if not (m.group("y4") and not (m.group("gm") or m.group("hm")) and not 1900 <= int(m.group("y4")) <= 2100)]
        if len(years) != 1 or self.since_before.search(text, max(0, years[0].start() - 12), years[0].start()):
            return None
        return self._year_before(text, years[0].end())

    def _relative_year_of_sentence(self, text: str, pos: int, published: date) -> tuple[str, int] | None:
        """(calendar, year) of "last year" or "this year" told earlier in the sentence of `pos` ("ومن بين
        من أُعدموا العام الماضي ... الذي شُنق في 23 يناير": January of last year), or None; Gregorian
        in Arabic only (a Persian "سال گذشته" may count Solar years)."""
        if self.lang != "ar":
            return None
        start_of = max([x.end() for x in re.finditer(r"[.!?؟\n]", text[:pos])] or [0])
        found = None
        for pattern, key, _ in self.relative:
            if key in ("last_year", "this_year"):
                for r in pattern.finditer(text, start_of, pos):
                    if found is None or r.start() > found[0]:
                        found = (r.start(), key)
        if found is None:
            return None
        return GREGORIAN, published.year - (found[1] == "last_year")
