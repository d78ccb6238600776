"""Days written in digits, day first: "يوم السبت ٦/٢", "الثلاثاء 2/3", "بتاريخ 14/5/2023" (Arabic,
notably Egyptian, reports; day/month, never month/day). Offsets are in the folded text (normal.py),
where digits are ASCII.

A pair of numbers with a slash is a date only after a weekday or a word that introduces a date
(`calendar.numeric_date_leads`), or with a four-digit year after it: alone "2/3" may be a fraction
or a case number. A language that lists no leads finds none.
"""
from __future__ import annotations

import re
from datetime import date

from .calendar_spans import unyeared_day
from .date_mentions import DateMention
from .vocab import Vocabulary, alternation, start

_S = r"[\s\u200c]*"


class NumericDates:
    """The day/month patterns of one language."""

    def __init__(self, v: Vocabulary):
        cal, b = v.calendar, start(v.lang)
        leads = cal.get("numeric_date_leads") or []
        weekday = alternation([n for ns in cal["weekdays"].values() for n in ns], v.lang)
        day_month = rf"(?P<d>[0-3]?\d){_S}/{_S}(?P<m>[01]?\d)"
        # (a year of the Hijri calendar, "٢٦ / ٤ / ١٤٤٦هـ", is read with its Gregorian gloss elsewhere)
        year = rf"(?:{_S}/{_S}(?P<y>(?:19|20)\d\d)(?![\w\u200c]))?(?![\d/])(?!{_S}/)"
        self.led = re.compile(rf"{b}(?:(?:{alternation(leads, v.lang)}){_S})?(?:{weekday}){_S}،?{_S}{day_month}{year}") if leads else None
        self.lead_word = re.compile(rf"{b}(?:{alternation(leads, v.lang)}){_S}{day_month}{year}") if leads else None
        self.with_year = re.compile(rf"(?<![\d/]){day_month}{_S}/{_S}(?P<y>(?:19|20)\d\d)(?![\d/\w\u200c])") if leads else None

    def days(self, text: str, published: date) -> list[DateMention]:
        """The days written in digits in `text`, resolved against `published`: with their year, or
        the occurrence `unyeared_day` picks."""
        found = []
        for pattern in (self.led, self.lead_word, self.with_year):
            for m in pattern.finditer(text) if pattern is not None else ():
                d, mo = int(m.group("d")), int(m.group("m"))
                years = [int(m.group("y"))] if m.group("y") else [published.year - 1, published.year, published.year + 1]
                days = []
                for y in years:
                    try:
                        days.append(date(y, mo, d))
                    except ValueError:
                        continue
                if days:
                    day = days[0] if m.group("y") else unyeared_day(days, published)
                    found.append(DateMention(m.start(), m.end(), day, day, True, m.group()))
        return found
