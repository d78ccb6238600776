"""Days of a month named by the month's word rather than its name, in Arabic reports: "في السابع من
الشهر" (of the report's month), "الثامن والعشرين من الشهر الماضي" (of last month), and a day of the
month named before it: "وفي نيسان الماضي أُعدم 11 ... في 22 من الشهر", "خلال شهر أيلول ... في الرابع
والعشرين منه" (period.day_of_month_told). Offsets are in the folded text (normal.py).
"""
from __future__ import annotations

import re
from datetime import date

from ..lexicon import words
from .date_mentions import DateMention
from .normal import table_key
from .vocab import Vocabulary, alternation, start

_NONE = ["(?!x)x"]
_PA = words("persian-arabic.yaml")


class MonthDays:
    """The patterns of one language for a day "of the month" and "of it"."""

    def __init__(self, v: Vocabulary, day: str, day_link: str, day_words: dict):
        cal, b = v.calendar, start(v.lang)
        self.day_words = day_words
        this_month = alternation(cal.get("month_of_report") or _NONE, v.lang)
        month_told = alternation(cal.get("month_told_before") or _NONE, v.lang)
        last_month = alternation(cal.get("last_month") or _NONE, v.lang)
        # "بين الثالث والثالث عشر من الشهر نفسه": two days after "between", the first joined to the second
        # by "و" (not the units of a compound ordinal, "الخامس والعشرين": one day)
        compound = [w for w in (cal.get("day_words") or []) if " و" in w]
        one_day = rf"(?!(?:{alternation(compound, v.lang)})(?![\w\u200c]))" if compound else ""
        first = day.replace("(?P<d>", "(?P<d0>", 1)
        between = alternation(_PA.value("between_words"), v.lang)
        # (the month before is tried first: "الثامن والعشرين من الشهر الماضي" is a day of last month)
        self.of_month = re.compile(rf"{b}(?:(?:{between})[\s\u200c]+{one_day}{first}[\s\u200c]*و[\s\u200c]*)?{day}[\s\u200c]*(?:{day_link})[\s\u200c]*(?:(?P<last>{last_month})|{this_month}"
                                   rf"|(?P<told>{month_told}))(?![\w\u200c])")
        lead = alternation(cal.get("month_pronoun_leads") or _NONE, v.lang)
        pronoun = alternation(cal.get("month_pronoun_days") or _NONE, v.lang)
        self.of_it = re.compile(rf"(?<![\w\u200c])(?:{lead})[\s\u200c]+{day}[\s\u200c]*(?:{pronoun})(?![\w\u200c])")

    def find(self, text: str, found: list[DateMention], published: date) -> list[DateMention]:
        """The days of a month in `text`, given the mentions `found` so far (the months they may point
        back to, whether named or told relative to the report)."""
        months = sorted((d for d in found if d.period_start.day == 1 and 27 <= (d.period_end - d.period_start).days <= 30),
                        key=lambda d: d.start)
        out = []
        for m in self.of_month.finditer(text):
            out += self._day(m, published, _month_told(text, m.start(), months, True) if m.group("told") else None)
        for m in self.of_it.finditer(text):
            told = _month_told(text, m.start(), months, False)
            out += self._day(m, published, told) if told is not None else []
        return out

    def _day(self, m: re.Match, published: date, told: DateMention | None = None) -> list[DateMention]:
        """"في السابع من الشهر": that day of the report's month, or of the month before when the day
        is still to come (a report out on the 3rd tells of the 28th just past) or the month is "the
        last" ("من الشهر الماضي"); with `told`, the month named before that "the month" or "منه" points
        back to ("وفي نيسان الماضي ... في 22 من الشهر": 22 April)."""
        d = int(m.group("d")) if m.group("d").isdigit() else self.day_words[table_key(m.group("d"))]
        y, mo = published.year, published.month
        if told is not None:
            y, mo = told.period_start.year, told.period_start.month
        elif d > published.day or "last" in m.groupdict() and m.group("last"):
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
        try:
            day = date(y, mo, d)
        except ValueError:
            return []
        rule = "period.day_of_month_told" if told is not None else None
        if m.groupdict().get("d0"):
            d0 = int(m.group("d0")) if m.group("d0").isdigit() else self.day_words.get(table_key(m.group("d0")))
            if d0 is not None and d0 < d:
                first = day.replace(day=d0)   # both days of the one month named
                return [DateMention(m.start(), m.end(), first, day, d - d0 <= 2, m.group(), rule=rule)]
        return [DateMention(m.start(), m.end(), day, day, True, m.group(), rule=rule)]


def _month_told(text: str, pos: int, months: list[DateMention], same_sentence: bool) -> DateMention | None:
    """The Gregorian month named last before `pos` (`same_sentence`: only in the sentence of `pos`),
    the one "من الشهر" or "منه" after a day points back to; None when there is none."""
    before = [d for d in months if d.end <= pos]
    if not before or same_sentence and re.search(r"[.!?؟\n]", text[before[-1].end:pos]):
        return None
    return before[-1]
