"""Time expressions in a report, resolved to inclusive date ranges against its publication date.

Every period is computed from `published`, never from the clock, so re-running the
extractor over the archive gives the same answer. With no publication date, only
expressions that carry their own year resolve; the rest resolve to None.
Conventions follow corpus/SCHEMA.md: "last week" is the previous Monday-Sunday,
"the past week" the seven days before publication, "the past N days" ends today.

This module finds the phrases (`find_dates`); the table of relative expressions ("last week") is
relative_dates.py, the dates told relative to another ("the day before") are resolved in
anchored_dates.py, what makes a date a dateline is datelines.py, the calendar's names and
patterns are in date_names.py, the period arithmetic in date_arithmetic.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .date_arithmetic import bare_weekday, infer_year, month_end, safe_date, shift_months, span_before
from .anchored_dates import ANCHORED, together_in_a_span
from .date_names import DAY, MONTH, MONTHS, WEEKDAY, YEAR, YEAR_IN
from .datelines import is_dateline
from .lexicon import lexicon, words
from .notions import is_day
from .numbers import NUMBER, ORDINAL
from .holidays import holiday_dates
from .iranian_calendar import persian_dates
from .relative_dates import EARLY, LATE, RELATIVE, num, third_of_month
from .sentences import scan

_W = words("dates.yaml")
_FUTURE = re.compile(rf"\b(?:{_W['future']})\b", re.IGNORECASE)
_TOLD_THIS_WEEK = re.compile(rf"\b(?:{_W['told_this_week']})\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A time expression with its character offsets in the field and the dates it covers."""

    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None
    dateline: bool = False      # "Iran Human Rights, August 22:" -- the report's date, not an event's
    anchored: bool = False      # "that day", "the day before": relative to an earlier date
    running: bool = False       # "since the protests began in 2022", "that began in 2022": to the report

    @property
    def is_day(self) -> bool:
        """True when the expression names a day or two, not a longer span (nor an end alone)."""
        return is_day(self.period_start, self.period_end)


# Absolute expressions, most specific first.
_DAY_MONTH = re.compile(
    rf"\b(?<!\w)(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<d1>{DAY})(?:(?:\s*[-–]\s*|\s+(?:{_W['day_joiners']})\s+)(?P<d2>{DAY}))?\s+(?:of\s+)?"
    rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?(?!\w)", re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"\b(?<!\w)(?:{WEEKDAY},?\s+)?(?P<m>{MONTH})\s+(?P<d1>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY})"
    # "between October 3 and 13, 2020", "from May 2 to 9": the second day of the month in words, never
    # a count ("on March 3 and 13 others were hanged")
    rf"|\s+(?:{_W['day_joiners']})\s+(?P<d2w>{DAY})(?=,?\s+{YEAR}(?!\w)|\s*[,.;:)]|\s*$))?"
    rf"(?!\d|,\d)(?:,?\s+(?P<y>{YEAR}))?(?!\w)", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    rf"\b(?<!\w)(?P<mid>mid-|(?:{_W['month_parts']})\s+)?"
    rf"(?:(?P<m0>{MONTH})\s+(?:{_W['month_joiners']})\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?(?!\w)", re.IGNORECASE)
_YEARS = re.compile(
    # "2019-20" shortens a range only when written tight: "in 2019 - 11 French citizens" is a dash
    rf"(?<![\w,.$£-])(?P<y1>{YEAR})(?:\s*[-–]\s*(?P<y2>{YEAR})|[-–](?P<y2short>\d\d))?"
    rf"(?![\w-]|,\d|\s+(?:{_W['not_after_year']}))")
_WEEKDAYS = re.compile(
    rf"(?<!\w)(?P<w1>{WEEKDAY})(?:\s+(?:and|or)\s+(?P<w2>{WEEKDAY}))?(?P<tw>\s+of\s+this\s+week)?"
    # "on Friday last week", "Monday of the previous week": that weekday of the week before publication's
    rf"(?P<lw>\s+(?:of\s+)?(?:{_W['weekday_last_week']})(?!\w|['’]s))?(?!\w)",
    re.IGNORECASE)
_START = _W["start_words"]
_LAST = re.compile(rf"\b(?:{_W['last_weekday']})\s+$", re.IGNORECASE)
_SPAN = re.compile(rf"\b(?:{_W['span_openers']})\s+(?:the\s+(?:{_START})\s+of\s+|(?:{_W['day_parts']})\s+)?$", re.IGNORECASE)
# "between the crown prince's appointment on June 21, 2017 and ...": a first end dated by a named event
_SPAN_NAMED = re.compile(rf"\b(?:{_W['named_span_openers']})\s+(?:[\w'’.-]+\s+){{1,8}}?(?:{_W['named_span_prepositions']})\s+$",
                         re.IGNORECASE)
_THIS_YEAR_AFTER = re.compile(rf"\s+(?:{_W['this_year_after']})\b", re.IGNORECASE)
# "from the start of the year to the end of August": a first end that holds its own opener
_SPAN_OPENS = re.compile(rf"(?:{_W['span_openers']})\s", re.IGNORECASE)
# (a comma may close the first end: "between October 10, 2022, and October 8, 2023"; or a clause: ", when X,
# and"; a part of the day may open the second: "between early Sunday and early Tuesday")
_SPAN_END = re.compile(rf"^\s*(?:,\s*(?:{_W['span_end_clause_openers']})\s[^,;:.()]{{1,90}}?)?,?\s*"
                       rf"(?:{_W['span_joiners']}|-|–)\s*(?:the\s+end\s+of\s+|(?:{_W['day_parts']})\s+)?$", re.IGNORECASE)
_SINCE = re.compile(rf"\b(?:{_W['since_openers']})\s+(?:the\s+(?:{_START})\s+of\s+)?$"
                    # "since the protests began in September 2022", "since hangings resumed in May"
                    # (a few words may follow the verb: "since Rouhani took office as president in August")
                    rf"|\bsince\s+(?:the\s+)?(?:[\w'-]+\s+){{0,5}}?(?:{_W['since_verbs']})\s+(?:[\w'-]+\s+){{0,3}}?(?:in|on)\s+$",
                    re.IGNORECASE)
# "over the protests that began in September 2022": the date something began, from which a figure
# runs to the report (a month whose first day every reader knows is that day: data/dates.yaml)
_BEGAN = re.compile(rf"\b(?:that|which)\s+(?:had\s+)?(?:{_W['since_verbs']})\s+(?:in|on)\s+$", re.IGNORECASE)
_KNOWN_STARTS = {month: date.fromisoformat(day) for month, day in _W.value("known_starts").items()}
# "(21 March 2023 to 19 March 2024)": a span in brackets needs no "between"/"from"
_BRACKET = re.compile(r"\(\s*$")
_TO_DATE = re.compile(rf"\bso\s+far\s+in\s+$|\bsince\s+the\s+(?:{_START})\s+of\s+$", re.IGNORECASE)
_UNTIL = re.compile(rf"\b(?:{_W['until']})\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
_INTO = re.compile(r"(?P<n>" + NUMBER + r")\s+months\s+into\s+$", re.IGNORECASE)
# "the week to Friday", "the 12 months to the end of June", "the seven days ending 12 June"
_UNITS_TO = re.compile(rf"\b(?:the\s+)?(?:(?P<n>{NUMBER})\s+)?(?P<unit>{_W['ending_units']})\s+"
                       rf"(?:{_W['span_ending']})\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
# "659 in the year to October, a rise on the previous twelve months": after a span in its
# sentence, the span of that length just before it, not the one before publication
_PRIOR = re.compile(rf"(?:the\s+)?(?:{_W['prior']})\s+(?:(?P<n>{NUMBER})\s+)?(?P<unit>{_W['past_units']})",
                    re.IGNORECASE)
# "this year's tally", "last year's total": a date that qualifies a figure still dates it
# ("2023's national total", with one word of any kind before the noun), and so does a number
# right after it ("above last year's 24")
_OWN_FIGURE = re.compile(rf"\s+(?:(?:{_W['figure_kinds']}|[\w-]+)\s+)?(?:{_W['figure_nouns']})\b|\s+\d", re.IGNORECASE)
_PARTITIVE_BEFORE = re.compile(rf"\b(?:{_W['partitive_of']})\s+$", re.IGNORECASE)
_EXECUTIONS_AFTER = re.compile(rf"\s+(?:{words('vocab.yaml')['execution_nouns']})\b", re.IGNORECASE)
# "on the eve of Nowruz", "on the eve of 16 September": the day before the day named
_EVE = re.compile(rf"\b(?:{_W['eve_of']})\s+$", re.IGNORECASE)
# "for the second time in seven months": "in N units" after one of these measures how rare
# something is, not when it happened
_INTERVAL_BEFORE = re.compile(rf"\b(?:{_W['interval_heads']})\s+$", re.IGNORECASE)
_WITHIN_START = re.compile(rf"(?:{_W['within']})\s", re.IGNORECASE)
# an ordinal earlier in the clause: "the second execution linked to the protests in less than a week"
_ORDINAL_BEFORE = re.compile(rf"\b(?:{ORDINAL})\b[^.;:!?]*$", re.IGNORECASE)
# the rule code's short tests, compiled once (a pattern string given to re.search is looked up in
# re's cache at every call, for every date)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_CLAUSE_BREAK = re.compile(r"[.!?;:]\s|,")
_NON_DIGIT = re.compile(r"\D")
_DIGIT = re.compile(r"\d")
FOUR_DIGITS = re.compile(r"\d{4}")          # a year written in digits in a mention
_DAY_OF = re.compile(r"\s+(?:of\s+)?")       # between a day and the year it is of ("16 November of last year")
_SINCE_LAST = re.compile(r"\bsince\s+$")
POSSESSIVE_S = re.compile(r"['’]s\b")         # "'s" right after a date: "Monday's executions", "2024's total"
# the execution word at most two words before "in 2013": _frames
_NEAR_IN = re.compile(r"(?:\s+[\w'-]+){0,2}\s+(?:in|during)\s+$", re.IGNORECASE)


def partitive_of_executions(text: str, start: int, end: int) -> bool:
    """"Of this year's executions, 52 ...": the time in the possessive is that of the figure a part is
    told of (but "after last year's executions" dates no count: only the partitive "of")."""
    return bool(_EXECUTIONS_AFTER.match(text, end + 2) and _PARTITIVE_BEFORE.search(text, max(0, start - 6), start))


def _told_ahead(text: str, start: int) -> bool:
    """Whether the clause before a date at `start` tells of something planned ("is scheduled to die on
    March 3"), as a bare weekday's is read (future words of dates.yaml)."""
    return bool(_FUTURE.search(_SENTENCE_BREAK.split(text[max(0, start - 100):start])[-1]))


def _absolute(text: str, published: date | None, spans=None):
    """Yield (start, end, period_start, period_end) for expressions that name a calendar date."""
    for m in scan(_DAY_MONTH, text, spans):
        month = MONTHS[m.group("m").lower().rstrip(".")]
        d1, d2 = int(_NON_DIGIT.sub("", m.group("d1"))), m.group("d2")
        year = int(m.group("y")) if m.group("y") else infer_year(month, d1, published, _told_ahead(text, m.start()))
        end = int(_NON_DIGIT.sub("", d2)) if d2 else d1
        yield m.start(), m.end(), safe_date(year, month, d1), safe_date(year, month, end)
    for m in scan(_MONTH_DAY, text, spans):
        month = MONTHS[m.group("m").lower().rstrip(".")]
        d1, d2 = int(_NON_DIGIT.sub("", m.group("d1"))), m.group("d2") or m.group("d2w")
        year = int(m.group("y")) if m.group("y") else infer_year(month, d1, published, _told_ahead(text, m.start()))
        end = int(_NON_DIGIT.sub("", d2)) if d2 else d1
        yield m.start(), m.end(), safe_date(year, month, d1), safe_date(year, month, end)
    for m in scan(_MONTH_YEAR, text, spans):
        month = MONTHS[m.group("m").lower().rstrip(".")]
        year = int(m.group("y")) if m.group("y") else infer_year(month, 1, published)
        if year is None:
            continue
        if not m.group("y") and year == published.year and date(year, month, 1) > published \
                and not _told_ahead(text, m.start()):
            # "hanged in February" in a report of 20 January: a month not yet begun, told as past, is the
            # year before's (a late copy's leeway is for a day, not a whole month)
            year -= 1
        first = MONTHS[m.group("m0").lower().rstrip(".")] if m.group("m0") else month
        start, end = date(year if first <= month else year - 1, first, 1), month_end(year, month)
        mid = (m.group("mid") or "").lower()
        if mid.startswith("mid"):
            start = end = date(year, month, 15)
        elif mid and not m.group("m0"):
            start, end = third_of_month(mid, start, end)
        yield m.start(), m.end(), start, end
    for m in scan(_YEARS, text, spans):
        y1, y2 = int(m.group("y1")), m.group("y2") or m.group("y2short") or m.group("y1")
        y2 = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        if y2 >= y1:
            yield m.start(), m.end(), date(y1, 1, 1), date(y2, 12, 31)
    for m in scan(_WEEKDAYS, text, spans):
        before = text[max(0, m.start() - 100):m.start()]
        clause = _SENTENCE_BREAK.split(before)[-1]
        future = _FUTURE.search(clause)
        # a plan told earlier this week: its weekday is the one of that week, not the next
        this_week = bool(m.group("tw")) or bool(future and _TOLD_THIS_WEEK.search(clause, 0, future.start()))
        future = bool(future)
        first = bare_weekday(m.group("w1"), published, future, this_week)
        last = bare_weekday(m.group("w2"), published, future, this_week) if m.group("w2") else first
        if first and last and last < first:
            first = first - timedelta(days=7)
        if first and first == last == published and _LAST.search(text, max(0, m.start() - 6), m.start()):
            first = last = first - timedelta(days=7)
        if m.group("lw") and published:
            first = bare_weekday(m.group("w1"), published, False, True) - timedelta(days=7)
            last = bare_weekday(m.group("w2"), published, False, True) - timedelta(days=7) if m.group("w2") else first
        yield m.start(), m.end(), first, last



# "in 2013, hanging three men in April", "took place in 2013: three men were hanged in April": a year
# that closes its clause frames what the sentence tells after it
_SET_OFF = re.compile(r"\s*[,:;]")
# "in April of that year": the month of the year named before it
_RELATIVE_MONTH = re.compile(rf"\b(?:{_W['relative_month_words']})\s+$", re.IGNORECASE)
_THAT_YEAR = re.compile(rf"\s+(?:{_W['that_year']})\b", re.IGNORECASE)


_EXECUTION_NOUNS = re.compile(rf"\b(?:{words('vocab.yaml')['execution_nouns']})\b", re.IGNORECASE)


def _frames(text: str, start: int, end: int, first: date | None, last: date | None) -> bool:
    """Whether the mention at [start, end) is one calendar year written alone in digits ("2013"), no
    span or month, that dates executions told in its own clause ("last carried out executions in
    2013", "was hanged in 2013"), not "since" it: a year of an arrest or a murder frames nothing."""
    if not (first and last and YEAR_IN.fullmatch(text[start:end].strip())
            and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year):
        return False
    clause = _CLAUSE_BREAK.split(text[max(0, start - 120):start])[-1]
    if _SINCE.search(clause + " ") or _SINCE_LAST.search(clause):
        return False
    # the execution word at most two words before "in 2013": "executed Higgs for killings in 1996"
    # dates the killings
    return any(_NEAR_IN.fullmatch(clause, m.end()) for m in _EXECUTION_NOUNS.finditer(clause)) or any(
        m.lastgroup and m.lastgroup.startswith("executed__") and _NEAR_IN.fullmatch(clause, m.end())
        for m in lexicon().triggers.finditer(clause))


def _framed_year(text: str, framing: tuple | None, start: int, end: int, first: date | None,
                 last: date | None, published: date | None) -> tuple[date, date] | None:
    """A month or day written without its year, later in the sentence of a year written alone that
    frames it, moved into that year: "Kuwait last carried out executions in 2013, hanging three men in
    April and two in June", "in 2013: three men were hanged in April", "in April of that year". A year
    that does not close its clause frames only a month told "of that year" ("arrested in 2015 and
    hanged in April" keeps the report's April), and a relative one keeps its own ("since ... last July").
    None when the mention is no such month or day."""
    written = text[start:end]
    if framing is None or not (first and last) or FOUR_DIGITS.search(written) \
            or not any(p.fullmatch(written) for p in (_MONTH_YEAR, _DAY_MONTH, _MONTH_DAY)) \
            or _SINCE.search(text, max(0, start - 80), start) or _RELATIVE_MONTH.search(text, max(0, start - 12), start) \
            or start - framing[0] > 200 or _SENTENCE_BREAK.search(text[framing[0]:start]) and not _THAT_YEAR.match(text, end):
        return None   # ("took place in 2013. Three men were hanged in April of that year": told back across a stop)
    month = first.day == 1 and last == month_end(first.year, first.month) and first.month == last.month
    if not (month or first == last) or first.year == framing[1]:
        return None
    if not (framing[2] or _THAT_YEAR.match(text, end)):
        return None
    moved = (safe_date(framing[1], first.month, first.day),
             month_end(framing[1], first.month) if month else safe_date(framing[1], last.month, last.day))
    if None in moved or (published is not None and moved[1] > published):
        return None
    return moved


def _day_of_year(text: str, day: list, year: list) -> date | None:
    """"16 November last year", "3 March of this year", "October last year": a day or a month
    written without its year, then a relative year; (first, last) in that year, or None when the
    two are not such a pair. `day` and `year` are candidates [start, end, first, last]."""
    if not (day[2] and day[3] and year[2] and year[3]) or FOUR_DIGITS.search(text[day[0]:day[1]]):
        return None
    month = day[2].day == 1 and day[3] == month_end(day[3].year, day[3].month) and day[2].month == day[3].month
    if day[2] != day[3] and not month:
        return None
    if not _DAY_OF.fullmatch(text[day[1]:year[0]]) or _DIGIT.search(text[year[0]:year[1]]):
        return None
    # a whole year, or this year so far ("this year" read before its end runs to publication)
    if (year[2].month, year[2].day) != (1, 1) or year[2].year != year[3].year:
        return None
    y = year[2].year
    if month:
        return date(y, day[2].month, 1), month_end(y, day[2].month)
    one = safe_date(y, day[2].month, day[2].day)
    return (one, one) if one else None


def _search_plain(pattern: re.Pattern, text: str, pos: int, endpos: int):
    return pattern.search(text, pos, endpos)


def find_dates(text: str, published: date | None, spans=None) -> list[DateMention]:
    """Every time expression in `text`, without overlaps, resolved against `published`.

    1. collect candidates from the absolute, relative and anchored patterns;
    2. keep the longest of overlapping candidates;
    3. join neighbours into spans ("between A and B", "since A", "from A until the end of B");
    4. flag datelines (datelines.is_dateline: "Iran Human Rights, August 22:") so they are not
       taken for event dates.
    """
    # the short look-behinds below run through the Extractor's Scanner (casefold.py) when the
    # windows carry it: the same matches, found over the lowered text (offsets and lowercased
    # groups are all that is read of them)
    scanner = getattr(spans, "scanner", None)
    search = scanner.search if scanner is not None else _search_plain
    candidates = list(_absolute(text, published, spans)) + list(persian_dates(text, published, spans)) \
        + list(holiday_dates(text, published, spans))
    for pattern, rule in RELATIVE:
        for m in scan(pattern, text, spans):
            if search(_INTERVAL_BEFORE, text, max(0, m.start() - 12), m.start()) and _WITHIN_START.match(text, m.start()):
                continue   # "for the second time in seven months": no date of the news
            if rule.__name__ == "elapsed" and search(_ORDINAL_BEFORE, text, max(0, m.start() - 100), m.start()):
                continue   # "the second protester executed in less than a week": the gap between two, no span
            period = rule(published, m) if published else (None, None)
            candidates.append((m.start(), m.end(), *period))
    anchored = [(m.start(), m.end(), None, None) for m in scan(ANCHORED, text, spans)]
    candidates.extend(anchored)
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept: list[list] = []
    for cand in candidates:
        if kept and cand[0] < kept[-1][1]:
            if cand[1] - cand[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = list(cand)
            continue
        kept.append(list(cand))
    kept = together_in_a_span(text, kept)
    # only where the anchored reading is the one kept: "in the year since ..." (relative_dates
    # elapsed) outlasts "the year" of an anchored reading at the same start
    anchored_spans = set(anchored)
    anchored_starts = {c[0] for c in kept if tuple(c) in anchored_spans}
    merged: list[list] = []
    for cand in kept:
        if merged:
            prev = merged[-1]
            # the opener before the first end is sought only where a joiner stands between the two
            # (most neighbouring dates are sentences apart)
            opener = _SPAN_END.match(text[prev[1]:cand[0]]) and prev[2] and cand[3] and (
                search(_SPAN, text, max(0, prev[0] - 30), prev[0]) or search(_BRACKET, text, max(0, prev[0] - 3), prev[0])
                or _SPAN_OPENS.match(text, prev[0], prev[1])
                or prev[2] == prev[3] and search(_SPAN_NAMED, text, max(0, prev[0] - 80), prev[0]))
            if opener:
                start, end = prev[2], cand[3]
                if start > end and not FOUR_DIGITS.search(text[prev[0]:cand[1]]):
                    # "between 1 January and 20 December" early in January: each end inferred from
                    # publication alone lands in another year (the first in this one, the second in the
                    # last); a span runs forward, so its first end is of its last end's year
                    start = safe_date(end.year, start.month, start.day) or start
                if not FOUR_DIGITS.search(text[cand[0]:cand[1]]) and end.year != start.year \
                        and not _THIS_YEAR_AFTER.match(text, cand[1]):
                    end = safe_date(start.year, end.month, end.day) or end  # "from 2011 until the end of June"
                if not FOUR_DIGITS.search(text[prev[0]:prev[1]]) and FOUR_DIGITS.search(text[cand[0]:cand[1]]) \
                        and start.year != end.year:
                    # "between 1 January and 20 December 2020": the year written once, at the end, is
                    # both ends' (the first end's inferred from publication is another year's)
                    start = safe_date(end.year, start.month, start.day) or start
                if start > cand[3] and start.year == cand[3].year:  # "between December and March"
                    start = start.replace(year=start.year - 1)
                if LATE.match(text[prev[0]:prev[1]]) and start.day == 1 and prev[3] and prev[3].day >= 28:
                    start = start.replace(day=21)   # "from late June": its last third
                if EARLY.match(text[cand[0]:cand[1]]) and end.day >= 28 and cand[2] and cand[2].day == 1:
                    end = end.replace(day=10)       # "until early August": its first third
                merged[-1] = [opener.end() if opener.group().startswith("(") else opener.start(), cand[1], start, end]
                continue
            day = _day_of_year(text, prev, cand)
            if day is not None:   # "on 16 November last year": that day of the year the words name
                merged[-1] = [prev[0], cand[1], *day]
                continue
        merged.append(cand)
    mentions = []
    written = None   # (end, year, month) of the last month written with its year ("April 2019")
    framing = None   # (end, year, set_off) of the last year written alone ("in 2013,"): _framed_year
    for start, end, first, last in merged:
        moved = _framed_year(text, framing, start, end, first, last, published)
        if moved is not None:
            first, last = moved
        elif first and first == last and written and first.month == written[2] and start - written[0] < 200 \
                and not FOUR_DIGITS.search(text[start:end]) and not _SENTENCE_BREAK.search(text[written[0]:start]):
            # "In April 2019, 37 men were beheaded on a single day, 23 April": the year written with
            # that month before in the sentence, not the one inferred from publication
            first = last = safe_date(written[1], first.month, first.day) or first
        elif first and last and written and first.day == 1 and last == month_end(first.year, first.month) \
                and first.month > written[2] and first.year != written[1] and start - written[0] < 200 \
                and (published is None or month_end(written[1], first.month) <= published) \
                and not FOUR_DIGITS.search(text[start:end]) and not _SENTENCE_BREAK.search(text[written[0]:start]):
            # "Three men were hanged in April 2013 and two more two months later, in June": a later month
            # told without its year, in the sentence of a month written with one, is of that year
            first, last = date(written[1], first.month, 1), month_end(written[1], first.month)
        if first and last and first.month == last.month and first.year == last.year \
                and YEAR_IN.search(text[start:end]):
            written = (end, first.year, first.month)
        if moved is None:
            framing = (end, first.year, bool(_SET_OFF.match(text, end))) if _frames(text, start, end, first, last) \
                else None if first else framing
        since = search(_SINCE, text, max(0, start - 80), start)
        began = None if since else search(_BEGAN, text, max(0, start - 40), start)
        if since or began:
            first = _KNOWN_STARTS.get(f"{first:%Y-%m}", first) if first and first.day == 1 else first
        running = bool((since or began) and first and published)
        if running:
            start, last = (since or began).start(), published
        to_date = search(_TO_DATE, text, max(0, start - 30), start)
        if to_date and first and published and first.year == published.year:
            start, last = to_date.start(), published
        if POSSESSIVE_S.match(text[end:end + 3]) and not text[start:end].lower().startswith("today") \
                and not _OWN_FIGURE.match(text, end + 2) and not partitive_of_executions(text, start, end):
            continue  # "last year's protests": the date qualifies a noun, not the event ("this year's tally" does)
        eve = search(_EVE, text, max(0, start - 20), start)
        if eve and first and first == last:
            start, first = eve.start(), first - timedelta(days=1)
            last = first
        units_to = search(_UNITS_TO, text, max(0, start - 50), start)
        until = None if units_to else search(_UNTIL, text, max(0, start - 30), start)
        if units_to and last and not since:
            n = num(units_to.group("n") or "") or 1
            unit = units_to.group("unit").lower()[0]
            after = last + timedelta(days=1)
            first = (after - timedelta(days=n) if unit == "d" else after - timedelta(days=7 * n) if unit == "w"
                     else shift_months(after, -n if unit == "m" else -12 * n))
            start = units_to.start()
        if until and last:
            start, first = until.start(), None
        into = search(_INTO, text, max(0, start - 30), start)
        if into and first and published and first.year == published.year:
            start, last = into.start(), published
        prior = _PRIOR.fullmatch(text, start, end)
        span = next((x for x in reversed(mentions) if x.period_start and x.period_end and not x.dateline
                     and (x.period_end - x.period_start).days >= 27), None) if prior else None
        if span is not None and not _SENTENCE_BREAK.search(text[span.end:start]):
            first, last = span_before(span.period_start, num(prior.group("n") or "") or 1, prior.group("unit"))
        mentions.append(DateMention(
            start=start, end=end, text=text[start:end], period_start=first, period_end=last,
            dateline=is_dateline(text, start, end, search),
            anchored=start in anchored_starts, running=running,
        ))
    return mentions


def month_within(mention: DateMention, span: tuple) -> tuple[date, date] | None:
    """A month written as a label ("January: 80") under a statistic over `span` (start, end): that
    month in the span's year that holds it, or None when `mention` is no single month or the span
    holds no such month."""
    first, last = mention.period_start, mention.period_end
    if not (first and last and span[0] and span[1]) or first.day != 1 or last != month_end(first.year, first.month):
        return None
    for year in range(span[0].year, span[1].year + 1):
        month = (date(year, first.month, 1), month_end(year, first.month))
        if span[0] <= month[0] and month[1] <= span[1]:
            return month
    return None


# Reports call the nationwide protests "the protests", with no year, for years after they began:
# a report written within this many days of a known start may mean those
_UNNAMED_DAYS = 730


def known_start_before(day: date) -> date | None:
    """The latest known start (data/dates.yaml known_starts) in the _UNNAMED_DAYS before `day`: where "the protests" of a report written that day began, when it dates them nowhere."""
    return max((k for k in _KNOWN_STARTS.values() if 0 <= (day - k).days <= _UNNAMED_DAYS), default=None)


def known_start_within(first: date, last: date) -> date | None:
    """The first day readers know of a span that begins inside [first, last] (data/dates.yaml
    known_starts): "the 2022 protests" began on 16 September 2022, not on 1 January."""
    return next((day for day in sorted(_KNOWN_STARTS.values()) if first <= day <= last), None)
