"""The date mentions of Persian and Arabic reports (`DateMention`, folded offsets, Gregorian
periods) and the tidying of what the finders of calendars.py found: the longest of overlapping
mentions, two months joined by "و" made one span, dates glossing the date before them dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..date_arithmetic import in_year

_DIGIT = re.compile(r"\d")   # a date written with a number, not in words ("هفته گذشته")
_JOIN_AND = re.compile(r"[\s\u200c]*و[\s\u200c]*")   # two months joined: "أكتوبر ونوفمبر", "مهر و آبان"


@dataclass(frozen=True)
class DateMention:
    """A time expression: folded offsets, the Gregorian period it names (inclusive), whether it
    names a day (or two), and `since` when it opens a span that runs to the report's day or to
    the date after "تا"/"حتى"."""

    start: int
    end: int
    period_start: date
    period_end: date
    is_day: bool
    text: str
    since: bool = False
    bare: bool = False    # a year written as a bare number ("۲۰۲۳"), which a count may own
    relative: bool = False  # told relative to the report ("ماه گذشته"), in a calendar the text may not mean
    named: bool = False   # an event by its name ("خیزش «زن، زندگی، آزادی»"): a start only for a running total
    current: bool = False  # "this month" ("در این ماه", "هذا الشهر"): in a monthly report, the month it counts
    resumed: bool = False  # after "for the first time since" ("للمرة الأولى منذ 2013"): the last time before
    rule: str | None = None  # the id of the rule that resolved it, when one beyond period.stated did


def longest(found: list[DateMention]) -> list[DateMention]:
    """Mentions in text order; one inside a longer one is dropped ("۲۷ مهر ۱۴۰۲" holds "۱۴۰۲")."""
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            if d.end - d.start > out[-1].end - out[-1].start:
                out[-1] = d
            continue
        out.append(d)
    return out


def joined_months(text: str, found: list[DateMention]) -> list[DateMention]:
    """Two months joined by "و" are one span, the first in the year of the second ("في شهري أكتوبر
    ونوفمبر 2020": October and November 2020), where the first has no year of its own."""
    out: list[DateMention] = []
    for d in found:
        a = out[-1] if out else None
        # ("بين يناير 2014 وفبراير 2018": a first month with a year of its own is a span's first end)
        if a is not None and _JOIN_AND.fullmatch(text, a.end, d.start) and not a.since and not d.since \
                and not re.search(r"\d{4}", a.text) \
                and (all(27 <= (m.period_end - m.period_start).days <= 31 for m in (a, d))
                     # (two seasons too: "در پاییز و زمستان ۱۴۰۲", autumn and winter of 1402)
                     or all(85 <= (m.period_end - m.period_start).days <= 95 for m in (a, d))) \
                and a.period_start != d.period_start:
            start, end = a.period_start, a.period_end
            shift = d.period_start.year - start.year
            start, end = in_year(start, start.year + shift), in_year(end, end.year + shift)
            if start > d.period_start:
                start, end = in_year(start, start.year - 1), in_year(end, end.year - 1)
            if (d.period_start - end).days <= 62:   # neighbours within a season, not months years apart
                out[-1] = DateMention(a.start, d.end, start, d.period_end, False, text[a.start:d.end])
                continue
        out.append(d)
    return out


def glosses_dropped(text: str, found: list[DateMention], worded_kept: bool = False) -> list[DateMention]:
    """Without the dates inside brackets right after a date: "شش ماه نخست سال ۲۰۲۴ (ژانویه تا
    پایان ژوئن)", "سپتامبر ۲۰۲۴ (۱۱ شهریور تا ۹ مهر ۱۴۰۳)" restate it in other words or another
    calendar; the last of them is no nearer date of the count after it. But a date told relative to
    the report's day, glossed by one written in full that overlaps it ("هفته گذشته (۱۰ تا ۱۶ شهریور
    ۱۴۰۳)": an Iranian week, Saturday to Friday), is the written one: the report's own reading of it
    (period.bracket_gloss). `worded_kept`: the pass before the ranges are joined keeps the dates of a
    gloss of a date in words, so that "(۱۱ مرداد تا ۹ شهریور ۱۴۰۳)" is one span when the next pass reads it."""
    out: list[DateMention] = []
    gloss_end = -1
    for d in found:
        if d.start < gloss_end:
            continue
        if out:
            m = re.match(r"[\s\u200c]*\(([^()]*)\)", text[out[-1].end:])
            if m and out[-1].end + m.start(1) <= d.start < out[-1].end + m.end(1):
                gloss_end = out[-1].end + m.end(1)
                a = out[-1]
                if worded_kept and not _DIGIT.search(a.text) and m.group(1).strip() != d.text:
                    gloss_end = -1
                    out.append(d)
                    continue
                if not _DIGIT.search(a.text) and not d.relative and not d.since and m.group(1).strip() == d.text \
                        and d.period_start <= a.period_end and a.period_start <= d.period_end:
                    out[-1] = DateMention(a.start, d.end, d.period_start, d.period_end, d.is_day, text[a.start:d.end],
                                          rule="period.bracket_gloss")
                continue
        out.append(d)
    return out
