"""Figures a Persian or Arabic report gives for comparison, each a statistic of its own year.

1. a change after a word for executions gives both ends, each dated by the year written after it:
   "عربستان شمار اعدام ها را از ۱۷۲ نفر در سال ۲۰۲۳ به ۳۴۵ نفر در سال ۲۰۲۴ رساند", "عدد الإعدامات
   من ١٧٢ في ٢٠٢٣ إلى ٣٤٥ في ٢٠٢٤"; a change with no years written takes those of the change told
   just before ("فيما رفع العراق العدد من ١٦ على الأقل إلى ٦٣ على الأقل");
2. "این رقم در سال ۲۰۲۳، ۸۵۳ نفر بود" restates the statistic before it for another year;
3. "مقابل ٨٥٣ على الأقل في ٢٠٢٣" sets a figure against the statistic before it in its sentence;
4. "٦٩ شخصاً في ٢٠٢١ و٢٧ في ٢٠٢٠": a number joined to a figure, with a year of its own, is that
   figure for its year (count.ellipsis);
5. the figure compared with, with a year of its own after it ("آمار اعدام‌های سال گذشته نسبت به ۹۷۵
   اعدام ثبت‌شده در سال ۲۰۲۴"), is of that year, not of the time told before the word that compares.

The event and country are those of the statistic compared (1: the country named last before the
change). A mixin of assemble._Field, beside dating.Dating.
"""
from __future__ import annotations

import re
from datetime import timedelta

from ..date_arithmetic import in_year
from .calendars import DateMention
from ..lexicon import words
from .drafts import Draft
from .mentions import find_labelled
from .number_values import number_value, qualifier_of

_YEAR_GAP = 30   # characters after a figure within which its own year is written
_SAME_NUMBER = re.compile(rf"(?<![\w\u200c])[وف]?(?:{words('persian-arabic.yaml')['same_number_words']})(?![\w\u200c])")
_NATIONALITY_REACH = 40   # characters before a country within which a nationality word makes it who, not where


class Comparing:
    """Comparison figures for one field; the host offers text, v, drafts, dates_in(), country_in()
    and country, and keeps `last_change` (the periods of the change told last)."""

    last_change: tuple | None = None

    def comparisons(self, s: int, e: int) -> None:
        v, text = self.v, self.text
        dates = self.dates_in(s, e)
        taken = {d.span for d in self.drafts if d.sentence == (s, e)}
        if v.change is not None:
            subject = v.change_subjects.search(text, s, e)
            for m in v.change.finditer(text, subject.end() if subject else e, e):
                self.change(s, e, m, dates, taken)
        base = next((d for d in reversed(self.drafts) if d.kind == "aggregate" and d.span[0] < s), None)
        if v.figure_again is not None and base is not None:
            for m in v.figure_again.finditer(text, s, e):
                year = self.year_between(dates, m.start("mid"), m.start("n1"))
                second = self.year_between(dates, m.start("mid2"), m.start("n2")) if m.group("n2") else None
                if year is not None and second is not None:
                    self.compared(s, e, m, base, second, taken, figure=2)
                if year is not None:
                    self.compared(s, e, m, base, year, taken)
                elif v.same_period.search(text, s, m.start()) and base.period[0] is not None:
                    # "در مدت مشابه سال گذشته این رقم ۱۲۱۸ نفر بود": the statistic's span, in the year named before
                    # (a year that reaches into the statistic's, "سال گذشته" read in another calendar, is the one before it)
                    year = self.year_between(dates, s, m.start())
                    if year is not None:
                        to = year.period_end.year if year.period_end < base.period[0] else base.period[1].year - 1
                        self.compared(s, e, m, base, None, taken, period=moved_to_year(base.period, to),
                                      span_rule="period.same_period")
        if v.ellipsis is not None:
            for m in v.ellipsis.finditer(text, s, e):
                here = next((d for d in reversed(self.drafts) if d.sentence == (s, e) and d.span[0] < m.start()
                             and d.kind == "aggregate"), None)
                year = self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP))
                if here is not None and year is not None and not self.inside_date(m.start("n1"), dates):
                    self.compared(s, e, m, here, year, taken, "count.ellipsis")
                elif here is not None and year is None:
                    self.elsewhere(s, e, m, here, taken)
        self.same_number(s, e, dates)
        if v.compared_with is not None:
            # (a clause after a semicolon goes on about the figure before it: "... ۴۷۱ نفر اعدام شدند؛ رقمی که
            # نسبت به ۲۵۶ مورد در سال ۲۰۲۲ ...")
            before = re.search(r"[؛;][\s\u200c]*\Z", text[max(0, s - 3):s]) is not None
            for m in v.compared_with.finditer(text, s, e):
                here = next((d for d in reversed(self.drafts) if (d.sentence == (s, e) or before and d.sentence[1] == s)
                             and d.span[0] < m.start() and d.kind == "aggregate"), None)
                year = self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP))
                if here is None:
                    continue
                if year is None and v.span_before.match(text, m.end()) and here.period[0] is not None:
                    # "نسبت به ۳۲ اعدام ثبت‌شده در هفت روز پیش از آن": the span as long as the statistic's, just before it
                    self.replace_told(m, taken, here)
                    length = here.period[1] - here.period[0] + timedelta(days=1)
                    self.compared(s, e, m, here, None, taken, period=(here.period[0] - length, here.period[0] - timedelta(days=1)),
                                  span_rule="period.span_before")
                elif year is None and v.previous_year.match(text, m.end()):
                    # "مقابل 834 في العام السابق": the statistic's span, a year back
                    self.compared(s, e, m, here, None, taken, period=moved_to_year(here.period, here.period[1].year - 1))
                elif year is not None and v.same_period.search(text, m.end(), year.start):
                    # "مقارنة بـ 100 في الفترة نفسها من العام الماضي": the statistic's span in the year named
                    self.compared(s, e, m, here, year, taken, period=moved_to_year(here.period, year.period_start.year))
                elif year is not None:
                    self.compared(s, e, m, here, year, taken)

    def same_number(self, s: int, e: int, dates: list[DateMention]) -> None:
        """"نفذت الإعدام بحق 34 أجنبياً في عام 2023، والعدد نفسه في 2022": the statistic just told in
        the sentence, the same figure for the year written after "the same number"."""
        for m in _SAME_NUMBER.finditer(self.text, s, e):
            here = next((d for d in reversed(self.drafts) if d.sentence == (s, e) and d.span[0] < m.start()
                         and d.kind == "aggregate"), None)
            year = self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP))
            if here is None or year is None or (year.period_start, year.period_end) == here.period:
                continue
            self.drafts.append(Draft(here.event, here.count, here.qualifier, (year.period_start, year.period_end),
                                     "aggregate", here.country, (), None, (s, e), (m.start(), m.end()),
                                     [f"event.{here.event}", "count.same_number", f"qualifier.{here.qualifier}",
                                      "period.compared", "kind.aggregate.comparison", "country.of_statistic"]))

    def year_between(self, dates: list[DateMention], a: int, b: int) -> DateMention | None:
        """The first date of a month or longer that starts in text[a:b], before any comma."""
        for d in dates:
            if a <= d.start < b and (d.period_end - d.period_start).days >= 27 \
                    and not re.search(r"[،,]", self.text[a:d.start]):
                return d
        return None

    def figure(self, m: re.Match, i: int) -> tuple[int | None, str]:
        value = number_value(self.v, m.group(f"n{i}"))
        qualifier = qualifier_of(self.v, m.group(f"h{i}"))
        if qualifier == "exact" and m.group(f"a{i}"):
            qualifier = "at_least"
        return value, qualifier

    def inside_date(self, pos: int, dates: list[DateMention]) -> bool:
        return any(d.start <= pos < d.end for d in dates)

    def reached_span(self, s: int, m: re.Match, first: DateMention) -> tuple | None:
        """The span of the figure a change reaches when only its first end has a year ("در عراق شمار
        اعدام ها از ۵۲ مورد در سال ۲۰۱۸ به دست کم ۱۰۰ مورد رسید"): the span the report told just before,
        later than that year (the year it reports on), written earlier in the sentence or that of the
        last statistic; None when there is none."""
        told = [(d.period_start, d.period_end) for d in self.dates_in(s, m.start())
                if (d.period_end - d.period_start).days >= 27 and not d.named]
        stat = self.statistic(s)   # (the latest of those told near: a figure compared with is older)
        span = told[-1] if told else stat.period if stat is not None else None
        return span if span is not None and span[0] > first.period_end else None

    def change_end(self, s: int, e: int, pos: int) -> bool:
        """Whether the number at `pos` is the second end of a change with its own year written after it
        ("عدد الإعدامات من 172 في 2023 إلى 345 على الأقل في 2024"): the change gives it, with that year
        and its hedge, not a total "raised to" it."""
        if self.v.change is None:
            return False
        dates = self.dates_in(s, e)
        for m in self.v.change.finditer(self.text, s, e):
            first = self.year_between(dates, m.end("n1"), m.start("mid1") + len(m.group("mid1")) + 1)
            if m.start("n2") == pos and first is not None and (
                    self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP)) is not None
                    or self.reached_span(s, m, first) is not None):
                return True
        return self.end_of_later_change(s, e, pos)

    def end_of_later_change(self, s: int, e: int, pos: int) -> bool:
        """Whether the number at `pos` is an end of a change with no year of its own after a change with
        both ("من 172 في 2023 إلى 345 في 2024، ومن 16 إعداماً على الأقل إلى 63 في العراق"): it takes the
        years of the change before (change, count.range), not the last year written before it."""
        if self.v.change is None:
            return False
        dates = self.dates_in(s, e)
        subject = self.v.change_subjects.search(self.text, s, e)
        dated = False   # a change with both years told before in the sentence, after its subject
        for m in self.v.change.finditer(self.text, subject.end() if subject else e, e):
            first = self.year_between(dates, m.end("n1"), m.start("mid1") + len(m.group("mid1")) + 1)
            second = self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP))
            if pos in (m.start("n1"), m.start("n2")) and first is None and second is None and dated:
                return True
            dated = dated or first is not None and second is not None
        return False

    def change(self, s: int, e: int, m: re.Match, dates: list[DateMention], taken: set) -> None:
        if self.inside_date(m.start("n1"), dates) or self.inside_date(m.start("n2"), dates):
            return   # "من ٢٠٢٢ إلى ٢٠٢٣": a span of years, not a change of figures
        first = self.year_between(dates, m.end("n1"), m.start("mid1") + len(m.group("mid1")) + 1)
        second = self.year_between(dates, m.end(), min(e, m.end() + _YEAR_GAP))
        if first is not None and second is None:
            second = self.reached_span(s, m, first)
            if second is None:
                return
            periods = ((first.period_start, first.period_end), second)
        elif first is not None and second is not None:
            periods = ((first.period_start, first.period_end), (second.period_start, second.period_end))
            self.last_change = periods
        elif first is None and second is None and self.last_change is not None:
            periods = self.last_change   # "فيما رفع العراق العدد من ١٦ إلى ٦٣": the years of the change before
        else:
            return
        named = [f for f in find_labelled(self.v.countries, self.text, s, m.start())
                 if not self.v.nationality.search(self.text, max(s, f.start - _NATIONALITY_REACH), f.start)]
        country, stated = (named[-1].label, True) if named else self.country_in(s, m.start())
        for i, period in ((1, periods[0]), (2, periods[1])):
            value, qualifier = self.figure(m, i)
            span = (m.start(f"n{i}"), m.end(f"n{i}"))
            if not value or any(a <= span[0] < b for a, b in taken) or self.restated(s, e, value, period):
                continue
            self.drafts.append(Draft("executed", value, qualifier, period, "aggregate", country, (), None, (s, e), span,
                                     ["event.executed", "count.range", f"qualifier.{qualifier}", "period.range_year",
                                      "kind.aggregate.range", "country.stated" if stated else "country.report"]))

    def replace_told(self, m: re.Match, taken: set, base: Draft) -> None:
        """Drop a draft already read from a compared figure with the report's day or the statistic's own
        span (the date of its sentence), so that the comparison reads it."""
        for d in [d for d in self.drafts if d.span[0] <= m.start("n1") < d.span[1] and d is not base
                  and ("period.inherited" in d.rules or d.period == base.period)]:
            self.drafts.remove(d)
            taken.discard(d.span)

    def compared(self, s: int, e: int, m: re.Match, base: Draft, year: DateMention | None, taken: set,
                 rule: str = "count.comparison", period: tuple | None = None, span_rule: str = "period.compared",
                 figure: int = 1) -> None:
        value, qualifier = self.figure(m, figure)
        n = f"n{figure}"
        period = period or (year.period_start, year.period_end)
        if self.v.rate_tail.match(self.text, m.end(n)):
            return   # "نزدیک به پنج برابر دی ماه ۱۴۰۱": a ratio, not a figure
        if not value or any(a <= m.start(n) < b for a, b in taken) or period == base.period \
                or self.restated(s, e, value, period):
            return
        self.drafts.append(Draft(base.event, value, qualifier, period, "aggregate", base.country, (), None, (s, e),
                                 (m.start(n), m.end(n)),
                                 [f"event.{base.event}", rule, f"qualifier.{qualifier}", span_rule,
                                  "kind.aggregate.comparison", "country.of_statistic"]))

    def elsewhere(self, s: int, e: int, m: re.Match, base: Draft, taken: set) -> None:
        """"سجلت ما لا يقل عن 38 إعداماً في اليمن، و13 على الأقل في مصر، و6 في الكويت": a number joined to
        a figure whose own "في" names another country is that figure's event over its span in that
        country (count.ellipsis, country.stated); never a figure compared with, nor one with no span."""
        value, qualifier = self.figure(m, 1)
        where = self.country_right_after(s, m.start("n1"))
        if not value or where is None or where == base.country or "kind.aggregate.comparison" in base.rules \
                or None in base.period or any(a <= m.start("n1") < b for a, b in taken):
            return
        self.drafts.append(Draft(base.event, value, qualifier, base.period, "aggregate", where, (), None, (s, e),
                                 (m.start("n1"), m.end("n1")),
                                 [f"event.{base.event}", "count.ellipsis", f"qualifier.{qualifier}", "period.context",
                                  "kind.aggregate.span", "country.stated"]))

    def restated(self, s: int, e: int, value: int, period: tuple) -> bool:
        """Whether this sentence already gave the figure (a total read the same number)."""
        return any(d.sentence == (s, e) and d.count == value and d.period == period for d in self.drafts)

    def date_of_figure_compared(self, s: int, e: int, c, d: DateMention, dates: list[DateMention]) -> bool:
        """Whether `d`, written before the word that sets count `c` against another figure ("آمار
        اعدام‌های سال گذشته نسبت به ۹۷۵ اعدام ثبت‌شده در سال ۲۰۲۴"), dates that other figure, the
        count having a date of its own after it in its clause ("در سال ۲۰۲۴")."""
        if self.v.compared_with is None:
            return False
        for m in self.v.compared_with.finditer(self.text, s, e):
            if m.start() <= c.start < m.end() and d.end <= m.start():
                return any(x.start >= c.end and not re.search(r"[،,؛;]", self.text[c.end:x.start])
                           for x in dates if x is not d)
        return False


def moved_to_year(period: tuple, year: int) -> tuple:
    """A span moved to end in `year` (its start as many years back): the same months of another year."""
    start, end = period
    return in_year(start, start.year + year - end.year), in_year(end, year)
