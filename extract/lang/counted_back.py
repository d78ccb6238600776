"""Dates counted back from the report's day by a number of days, weeks or months, in Persian and
Arabic: the span just before the report ("در ۴۸ ساعت گذشته", "خلال الأيام السبعة الماضية") and
the day so far back ("دو روز پیش", "قبل يومين"). Offsets are in the folded text (normal.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from ..date_arithmetic import shift_months
from ..lexicon import words
from .date_mentions import DateMention
from .normal import fold_phrase, table_key
from .number_values import number_value
from .vocab import Vocabulary, alternation, start

_W = words("persian-arabic.yaml")
_NONE = ["(?!x)x"]
_FOLLOWED_REACH = 60   # characters from "الأسبوعين التاليين" to the day they follow ("لاستئناف التنفيذ في")
_AGO_LONGEST = 7   # days in the longest unit a day counted back is told in ("چهار سال پیش" is background)


class CountedBack:
    """The patterns of one language for dates counted back from the report's day."""

    def __init__(self, v: Vocabulary):
        cal, b = v.calendar, start(v.lang)
        self.vocab = v
        past = alternation(cal.get("past_words", []), v.lang)
        units = "|".join(re.escape(fold_phrase(u)) for u in cal["units"])
        self.units = {table_key(u): int(n) for u, n in cal["units"].items()}
        # "در ۴۸ ساعت گذشته", "طی شش روز", "خلال الأيام العشرة الماضية" is the span before the report;
        # "۲۳ روز پس از بازداشت" is not
        self.last_n = re.compile(rf"(?P<pre>(?<![\w\u200c])(?:{_W['last_n_prepositions']})[\s\u200c]*)?{b}(?P<n>\d+|{v.number})[\s\u200c]*"
                                 rf"(?P<u>{units})(?![\w\u200c])(?P<half>[\s\u200c]*(?:{alternation(cal.get('half') or _NONE, v.lang)})(?![\w\u200c]))?"
                                 rf"(?:[\s\u200c]*(?P<past>{past}))?(?![\s\u200c]*(?:{_W['after_before_words']}))")
        # "خلال الأيام السبعة الماضية": the unit first, then the number, then "past"; a weekday there
        # names the day ("يوم الأحد الماضي" is last Sunday, though "الأحد" is also the word for one)
        weekday = alternation([n for ns in cal["weekdays"].values() for n in ns], v.lang)
        self.last_n_after = re.compile(rf"{b}(?:ال)?(?P<u>{units})[\s\u200c]+(?!(?:{weekday})(?![\w\u200c]))(?:ال)?(?P<n>{v.number})"
                                       rf"[\s\u200c]*(?P<past>{past})(?![\w\u200c])")
        # "خلال الأسبوعين الماضيين": a dual unit, then "past" in the dual, is two of that unit
        duals = alternation((cal.get("dual_units") or {}).keys(), v.lang) if cal.get("dual_units") else None
        past_dual = alternation(cal.get("past_dual_words") or _NONE, v.lang)
        self.last_dual = re.compile(rf"{b}(?:ال)?(?P<dual>{duals})[\s\u200c]+(?:{past_dual})(?![\w\u200c])") if duals else None
        # "الأيام السبعة التي سبقت ذلك التاريخ": the unit, the number, then "before that day"
        self.before_that = re.compile(rf"{b}(?:ال)?(?P<u>{units})[\s\u200c]+(?:ال)?(?P<n>\d+|{v.number})[\s\u200c]*"
                                      rf"(?:{alternation(cal['before_that'], v.lang)})(?![\w\u200c])") if cal.get("before_that") else None
        # "خلال الأسبوعين التاليين لاستئناف التنفيذ في العاشر من ذلك الشهر": that many units from the day after
        following = alternation(cal.get("following_words") or _NONE, v.lang)
        self.following = re.compile(rf"{b}(?:ال)?(?:(?P<dual>{duals or '(?!x)x'})|(?P<u>{units})[\s\u200c]+(?:ال)?(?P<n>\d+|{v.number}))"
                                    rf"[\s\u200c]+(?:{following})(?![\w\u200c])")
        # "در ۱۲ ماه منتهی به ۱۰ اکتبر": that many units ending on the day written after
        ending = alternation(cal.get("ending_at") or _NONE, v.lang)
        self.ending = re.compile(rf"{b}(?P<n>\d+|{v.number})[\s\u200c]*(?P<u>{units})(?:[\s\u200c]*(?:{past}))?[\s\u200c]*"
                                 rf"(?:{ending})[\s\u200c]*\Z")
        # "دو روز پیش" (two days ago): a day, not a span up to the report; "پیش از اعدام" is "before"
        ago = alternation(cal.get("ago") or _NONE, v.lang)
        self.ago_after = re.compile(rf"{b}(?P<n>\d+|{v.number})[\s\u200c]*(?P<u>{units})[\s\u200c]*(?:{ago})(?![\w\u200c])(?![\s\u200c]*از(?![\w\u200c]))")
        # "قبل يومين", "قبل ثلاثة أيام": the word first (not "قبل يومين من إعدامه": before an event);
        # a dual names two of its unit
        self.duals = {table_key(d): table_key(u) for d, u in (cal.get("dual_units") or {}).items()}
        self.ago_before = re.compile(rf"{b}(?:{alternation(cal['ago_words'], v.lang)})[\s\u200c]+(?:(?P<dual>{alternation(self.duals, v.lang)})"
                                     rf"|(?P<n>\d+|{v.number})?[\s\u200c]*(?P<u>{units}))(?![\w\u200c])"
                                     rf"(?![\s\u200c]*(?:{alternation(cal['ago_not_after'], v.lang)})(?![\w\u200c]))") \
            if cal.get("ago_words") else None

    def before_told(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """"في الأيام السبعة التي سبقت ذلك التاريخ": that many units up to the day before the last day
        told before it in `found` ("حتى ٥ أغسطس، بينهم ٢٢ شخصاً في الأيام السبعة التي سبقت ذلك التاريخ":
        29 July to 4 August); none without a day before."""
        out = []
        for m in self.before_that.finditer(text) if self.before_that is not None else ():
            n, days = self.count(m.group("n")), self.units[table_key(m.group("u"))]
            before = [d for d in found if d.end <= m.start() and d.is_day]
            if n and days and before:
                end = before[-1].period_start - timedelta(days=1)
                out.append(DateMention(m.start(), m.end(), end - timedelta(days=n * days - 1), end, False, m.group(),
                                       rule="period.before_date_told"))
        return out

    def ending_at(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """`found` with a day that closes a count of units ("یک سال منتهی به ۱۰ اکتبر ۲۰۲۴", "۱۲ ماه
        منتهی به پایان شهریور") made the span of that many units ending on it (11 October 2023 to 10
        October 2024), in place of the day and of any span counted back from the report inside it."""
        out = list(found)
        for d in found:
            m = self.ending.search(text, max(0, d.start - 40), d.start)
            n = self.count(m.group("n")) if m is not None else None
            days = self.units[table_key(m.group("u"))] if m is not None else 0
            if not n or not days:
                continue
            end = d.period_end
            start_ = shift_months(end, -n * 12) if days == 365 else shift_months(end, -n) if days == 30 else \
                end - timedelta(days=n * days)
            out = [x for x in out if not (m.start() <= x.start and x.end <= d.end)]
            out.append(DateMention(m.start(), d.end, start_ + timedelta(days=1), end, False, text[m.start():d.end]))
        return sorted(out, key=lambda x: x.start)

    def following_day(self, text: str, found: list[DateMention]) -> list[DateMention]:
        """`found` with a day told right after a count of units "following" ("خلال الأسبوعين التاليين
        لاستئناف التنفيذ في العاشر من ذلك الشهر", no mark between) made the span of that many units from
        it (10 to 23 November), in place of the day. Not a day told before: which one it follows is
        unsure."""
        out = list(found)
        for m in self.following.finditer(text):
            if m.group("dual"):
                n, days = 2, self.units[self.duals[table_key(m.group("dual"))]]
            else:
                n, days = self.count(m.group("n")), self.units[table_key(m.group("u"))]
            after = [d for d in found if d.start >= m.end() and d.start - m.end() <= _FOLLOWED_REACH]
            if not n or not days or not after or not after[0].is_day or after[0].period_start != after[0].period_end \
                    or re.search(r"[.!?؟\n،,؛;]", text[m.end():after[0].start]):
                continue
            day = after[0]
            out = [x for x in out if not (m.start() <= x.start and x.end <= day.end)]
            out.append(DateMention(m.start(), day.end, day.period_start, day.period_start + timedelta(days=n * days - 1),
                                   False, text[m.start():day.end], rule="period.following_day"))
        return sorted(out, key=lambda x: x.start)

    def count(self, written: str) -> int | None:
        """The number of units as written (digits or words), None when it cannot be read."""
        return number_value(self.vocab, written)

    def spans(self, text: str, published: date) -> list[DateMention]:
        """The spans ending on the report's day: "در ۴۸ ساعت گذشته", "طی دو ماه و نیم گذشته"."""
        found = []
        for m in self.last_n.finditer(text):
            n = self.count(m.group("n"))
            days = self.units[table_key(m.group("u"))]
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
        for m in self.last_n_after.finditer(text):
            n, days = self.count(m.group("n")), self.units[table_key(m.group("u"))]
            if n is not None and days:
                found.append(DateMention(m.start(), m.end(), published - timedelta(days=n * days), published, n * days <= 2, m.group()))
        for m in self.last_dual.finditer(text) if self.last_dual is not None else ():
            days = self.units[self.duals[table_key(m.group("dual"))]]
            found.append(DateMention(m.start(), m.end(), published - timedelta(days=2 * days), published, 2 * days <= 2, m.group()))
        return found

    def days_ago(self, text: str, published: date) -> list[DateMention]:
        """The days counted back, in either word order: "سه روز پیش", "یک هفته قبل", "قبل يومين",
        "قبل ثلاثة أيام"."""
        found = []
        for m in self.ago_after.finditer(text):
            found += self._back(m, self.count(m.group("n")), m.group("u"), published)
        for m in self.ago_before.finditer(text) if self.ago_before is not None else ():
            if m.group("dual"):
                found += self._back(m, 2, self.duals[table_key(m.group("dual"))], published)
            else:
                found += self._back(m, self.count(m.group("n")) if m.group("n") else 1, m.group("u"), published)
        return found

    def long_ago(self, text: str, start: int, end: int) -> bool:
        """Whether a time counted back by more than a week sits in text[start:end] ("حدود چهار سال
        پیش", "قبل ثلاث سنوات"): what happened then is background to the news, undatable by day."""
        for m in self.ago_after.finditer(text, start, end):
            if self.units[table_key(m.group("u"))] > _AGO_LONGEST:
                return True
        for m in self.ago_before.finditer(text, start, end) if self.ago_before is not None else ():
            unit = self.duals[table_key(m.group("dual"))] if m.group("dual") else m.group("u")
            if self.units[table_key(unit)] > _AGO_LONGEST:
                return True
        return False

    def _back(self, m: re.Match, n: int | None, unit: str, published: date) -> list[DateMention]:
        """The day `n` units back; a week back is that week around the day, half on each side; a
        month or more back is background, too loose to date a claim by."""
        days = self.units[table_key(unit)]
        if n is None or not 0 < days <= _AGO_LONGEST:
            return []
        day = published - timedelta(days=n * days)
        half = timedelta(days=days // 2)
        return [DateMention(m.start(), m.end(), day - half, min(published, day + half), days == 1, m.group())]
