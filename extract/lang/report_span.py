"""What an Arabic or Persian report says of itself: the day it came out and, for an annual report
("التقرير السنوي", "گزارش سالانه"), the year it counts. A mixin of assemble._Field (it reads the field's text, dates, paragraphs, drafts and lead).

1. The day a report or statement came out ("في تقريرها السنوي ...، الصادر اليوم الخميس"; "في بيان
   أصدرته اليوم الأربعاء") dates the report, not what it counts: it is no count's date and no day
   the details after the lead share (period.lead_day).
2. An annual report (the lead says "التقرير السنوي" and names the year it covers: "خلال عام 2017",
   or gives its first figure over a year's span) tells its figures for that year: a country's total
   told later with no date of its own ("إذ أعدمت ما لا يقل عن 507 أشخاص") is that year's, not an
   incident of the day the report came out (period.annual_report).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .calendars import DateMention
from .other_dates import COMPARED_REACH, COMPARED_YEAR, compared_year_opener
from .vocab import alternation, listed, start

_ISSUED_REACH = 90     # characters between a report's noun and the word of its issuing ("تقريرها السنوي بشأن ...، الصادر")
_WORD_REACH = 30       # characters a word of issuing (and a ruling's noun before it) may span
_YEAR_DAYS = 300       # a span at least this long (a year, or most of one) is the year an annual report counts


@lru_cache(maxsize=None)
def _issued(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(a word of issuing ending right before a date, a report's noun, a ruling's noun right before
    the word of issuing); None for a language whose file lists none."""
    issued, nouns, rulings, days = (listed(lang, k) for k in ("issued_words", "report_nouns", "ruling_nouns", "issued_day_words"))
    if not issued or not nouns:
        return None
    day_word = rf"(?:(?:{alternation(days or ['(?!x)x'], lang)})[\s\u200c]+)?"
    return (re.compile(rf"{start(lang)}(?:{alternation(issued, lang)})[\s\u200c]+{day_word}\Z"),
            re.compile(rf"{start(lang)}(?:{alternation(nouns, lang)})(?![\w\u200c])"),
            re.compile(rf"{start(lang)}(?:{alternation(rulings or ['(?!x)x'], lang)})(?:[\s\u200c]+\S+)?[\s\u200c]*\Z"))


@lru_cache(maxsize=None)
def _said_in_report(lang: str) -> re.Pattern | None:
    """Persian puts the day before what a periodic report said: "X روز سه‌شنبه در گزارش سالانه خود اعلام
    کرد": the day, then "in its annual (monthly) report", then the verb of saying (vocab-fa.yaml
    periodic_report_in, report_said). None for a language whose file lists none."""
    within, said = listed(lang, "periodic_report_in"), listed(lang, "report_said")
    if not within or not said:
        return None
    return re.compile(rf"[\s\u200c]*[،,]?[\s\u200c]*(?:{alternation(within, lang)})(?:[\s\u200c]+[^\s\u200c،,.؛:]+){{0,8}}?"
                      rf"[\s\u200c]+(?:{alternation(said, lang)})(?![\w\u200c])")


@lru_cache(maxsize=None)
def _annual(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "annual_report_words")
    return re.compile(rf"{start(lang)}(?:{alternation(phrases, lang)})(?![\w\u200c])") if phrases else None


class ReportSpan:
    """The report's own day and span; the host sets v, text, sentences, paragraphs, drafts, headline and
    published and offers dates_in()."""

    def issued_day(self, d: DateMention) -> bool:
        """Whether day `d` is the day a report or statement came out (1 in the module's docstring):
        right after a word of issuing that a report's noun opens before it in the same sentence, and
        no ruling's noun right before that word ("حكم الإعدام الصادر أمس": the sentence's day)."""
        said = _said_in_report(self.v.lang)
        if said is not None and d.is_day and said.match(self.text, d.end):
            return True   # "سازمان عفو بین‌الملل روز سه‌شنبه ۲۶ اردیبهشت در گزارش سالانه خود اعلام کرد که ..."
        found = _issued(self.v.lang)
        if found is None or not d.is_day:
            return False
        issued, nouns, rulings = found
        word = issued.search(self.text, max(0, d.start - _WORD_REACH), d.start)
        if word is None or rulings.search(self.text, max(0, word.start() - _WORD_REACH), word.start()):
            return False
        lo = max(0, word.start() - _ISSUED_REACH)
        stop = max((m.end() for m in re.finditer(r"[.؛!؟\n]", self.text[lo:word.start()])), default=0)
        return nouns.search(self.text, lo + stop, word.start()) is not None

    def annual_span(self) -> tuple | None:
        """The year an annual report counts (2 in the module's docstring), as (start, end): the lead
        (headline and first paragraph) names an annual report, and either its first paragraph gives a
        statistic over a year's span, or names one year (not one compared with), ended before the
        report; None otherwise."""
        annual = _annual(self.v.lang)
        end = self.paragraphs[1] if len(self.paragraphs) > 1 else len(self.text)
        if annual is None or self.published is None or not (
                annual.search(self.text, 0, end) or annual.search(self.headline)):
            return None
        first = next((d for d in self.drafts if d.kind == "aggregate" and d.span[0] < end and d.period[0]
                      and (d.period[1] - d.period[0]).days >= _YEAR_DAYS), None)
        if first is not None:
            return first.period
        years = {(d.period_start, d.period_end) for d in self.dates_in(0, end)
                 if (d.period_end - d.period_start).days >= _YEAR_DAYS and not d.relative and not d.since
                 and d.period_end < self.published and not self.year_compared(d)}
        return years.pop() if len(years) == 1 else None

    def year_compared(self, d: DateMention) -> bool:
        """Whether year `d` is one the report sets its figures against ("مقارنة بعام 2024", "نسبت به سال
        پیش از آن")."""
        s = next((a for a, b in self.sentences if a <= d.start < b), 0)
        opener = compared_year_opener(self.v.lang)
        return COMPARED_YEAR.search(self.text, max(s, d.start - COMPARED_REACH), d.start) is not None \
            or opener is not None and opener.search(self.text, max(s, d.start - COMPARED_REACH), d.start) is not None
