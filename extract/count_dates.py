"""Which date a count is stated with (`pick_date`), and the readings of a date beside a count that it
needs and the period rules share: the day a report said something (`day_of_saying`), a day told
as the day of announcing (`announced_day`), a date opening the clause of another figure
(`opens_clause_of`). Pure functions over one field's text and mentions (see assemble.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .casefold import search
from .clauses import noun_trigger
from .date_arithmetic import in_year
from .date_names import YEAR_IN
from .dates import FOUR_DIGITS, POSSESSIVE_S, DateMention
from .lexicon import lexicon, words
from .linking import apposed, part_set_off
from .mentions import Count, Trigger

_W = words("linking.yaml")

# "took its 2025 total to 260", "the year's tally": a year that dates the figure after it
_FIGURE_AFTER = re.compile(rf"\s+(?:{_W['figure_nouns']})\b", re.IGNORECASE)
_FIGURE_OWNER = re.compile(rf"(?:\b(?:{_W['figure_owners']})|['’]s)\s+$", re.IGNORECASE)


_EXECUTED_RELATIVE = re.compile(rf",\s+(?:{_W['executed_relatives']})\s+(?:\w+ly\s+)?(?:{_W['executed_relative_verbs']})\b",
                                re.IGNORECASE)


_SINCE_SUBJECT = re.compile(rf"\b(?:{words('vocab.yaml')['since_words']})\s+(?:[\w-]+\s+){{0,3}}$", re.IGNORECASE)


ALL_WITHIN = re.compile(rf"\s*,\s*(?:{_W['all_within']})\s+(?:in\s+|during\s+)?$", re.IGNORECASE)


def _all_within(text: str, d: DateMention, dates, e: int) -> DateMention | None:
    """"three executions since 1963, all of them between 2001 and 2003": a span told after ", all of
    them" narrows the date before it to when every one of them happened; None otherwise."""
    return next((y for y in dates if d.end < y.start < e and ALL_WITHIN.fullmatch(text, d.end, y.start)
                 and y.period_start and y.period_end and d.period_start and d.period_end
                 and d.period_start <= y.period_start and y.period_end <= d.period_end), None)


def nearest_date(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    best, best_distance = None, None
    for d in dates:
        distance = d.start - end if d.start >= end else start - d.end if d.end <= start else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = d, distance
    return best


def _dates_figure(text: str, d: DateMention) -> bool:
    """A year written between an owner and a figure noun ("its 2025 total", "the 2024 tally"), or a
    date owning one ("this year's figure"): the date of that figure, never of a count before it."""
    if POSSESSIVE_S.match(text[d.end:d.end + 3]) and _FIGURE_AFTER.match(text, d.end + 2):
        return True
    return bool(FOUR_DIGITS.fullmatch(d.text) and search(_FIGURE_OWNER, text, max(0, d.start - 12), d.start)
                and _FIGURE_AFTER.match(text, d.end))


_PERSON_RELATIVE = re.compile(rf"\b(?:{words('linking.yaml')['person_relatives']})\b", re.IGNORECASE)


def pick_date(text: str, c: Count, t: Trigger | None, dates, counts, e: int):
    """The date a count is stated with: the first in its own clause after it (up to the
    next count, a percentage or a new clause) that is not the day it was said, else the
    nearest before it; the one before it too when the date after is a span (a year, a month)
    past a clause about the people ("whose", "convicted of"): that clause's."""
    own = clause_date(text, c, dates) or possessive_date(text, c, dates) or total_date(text, c, dates) \
        or date_of_noun_trigger(text, c, t, dates)
    if own is not None:
        return own, ""
    region_start = max(c.end, t.end if t and t.start >= c.start else c.end)
    later = [x.start for x in counts if x.start >= region_start and x is not c
             and not (x.noun == "name" and x.start - c.end < 20)   # "a prisoner named X" is one person
             # "since Crown Prince X was named heir on 21 June 2017": the subject of the "since" clause
             and not (x.noun == "name" and search(_SINCE_SUBJECT, text, region_start, x.start))
             and not apposed(text, c, x) and not part_set_off(text, c, x)]
    region_end = min(later + [e])
    stop = search(lexicon().linking.region_stop, text, region_start, region_end)
    if stop and t is not None and t.event == "executed" and _EXECUTED_RELATIVE.match(text, stop.start()):
        # "Among those executed was X, ..., who was hanged in Y Prison on Thursday": X's own execution
        stop = search(lexicon().linking.region_stop, text, stop.end(), region_end)
    if stop:
        region_end = stop.start()
    for k, d in enumerate(dates):
        said = search(lexicon().linking.said, text, max(0, d.start - 30), d.start)
        if said and not text[c.end:said.start()].strip(" ,"):
            said = None   # "four executions announced on Saturday": the day of the count's own news
        if region_start <= d.start < region_end and not said and not _dates_figure(text, d) \
                and not opens_clause_of(text, d, counts, c, e):
            after = dates[k + 1] if k + 1 < len(dates) else None
            if after is not None and (after.is_day or d.anchored and after.period_start) \
                    and re.fullmatch(r"\s*,\s*(?:in\s+)?", text[d.end:after.start]):
                # "yesterday, Friday 4 April", "two months later, in June": the date written out is the one to trust
                d = after
            before = [x for x in dates if x.end <= c.start and not day_of_saying(text, x)]
            if before and (not d.is_day and search(lexicon().linking.person_clause, text, region_start, d.start)
                           or d.is_day and before[-1].is_day and search(_PERSON_RELATIVE, text, region_start, d.start)):
                # "Texas on Tuesday executed a man convicted of ... in 2005"; "On Saturday, a firing squad
                # executed X, a soldier who shot dead a minister on May 3, 2017": a day in the people's
                # clause is their deed's when a day before the count dates it
                return before[-1], ""
            at_verb = day_at_verb(text, t, dates)
            if at_verb is not None and not d.is_day:
                return at_verb, ""   # "Iran on Thursday executed X, ... the uprising that began in September"
            narrowed = _all_within(text, d, dates, e)
            if narrowed is not None:
                return narrowed, text[region_start:narrowed.start]
            return _two_days(text, d, dates), text[region_start:d.start]
    shared = date_after_joined(text, c, counts, dates, region_start, e)
    if shared is not None:
        return shared, text[region_start:shared.start]
    before = [d for d in dates if d.end <= c.start and not told_aside(text, d, c)]
    if before and before[-1].is_day and _SET_OFF_SAYING.search(text, max(0, before[-1].start - 40), before[-1].start) \
            and text[before[-1].end:before[-1].end + 1] == ",":
        # "In its 2019 global review, published on Tuesday, the group said the kingdom executed 178":
        # the day the news came out, set off after a date of what it tells, is not the count's
        told = [d for d in before if not day_of_saying(text, d)]
        if told:
            return told[-1], ""
    if before and before[-1].is_day:
        return before[-1], ""
    announced = announced_day(text, c, dates, e)   # a day, before a span told earlier ("this month")
    if announced is not None:
        return announced, ""
    if before:
        return before[-1], ""
    return None, ""


_AND_PART = re.compile(r"\s+and\s+(?:on\s+|in\s+)?")
_PART_DAYS = 31   # days: a date told in two parts names two days, or two parts of a month or two, this close


def _two_days(text: str, d: DateMention, dates) -> DateMention:
    """"Ten men were executed in Shiraz on September 30 and October 13", "in late July and early
    August": two days (or parts of months, each a month at most, at most a month apart) joined by
    "and" after one count date it over both, from the first to the second (the finder joins only the
    days it writes as one, "on Monday and Tuesday", "on 3 and 5 May"); `d` as it is otherwise."""
    after = next((y for y in dates if y.start >= d.end), None)
    if after is None or d.anchored or after.anchored \
            or not (d.period_start and d.period_end and after.period_start and after.period_end) \
            or not d.period_end < after.period_start \
            or (after.period_start - d.period_end).days > _PART_DAYS \
            or max((d.period_end - d.period_start).days, (after.period_end - after.period_start).days) >= _PART_DAYS \
            or not _AND_PART.fullmatch(text, d.end, after.start):
        return d
    return replace(d, end=after.end, text=text[d.start:after.end], period_end=after.period_end)


_ANNOUNCED = re.compile(rf",\s*(?:{_W['announced_relatives']})\b[^.;:]{{0,60}}?\b(?:{_W['announced_verbs']})\b"
                        rf"[^.;:]{{0,40}}?$", re.IGNORECASE)


def announced_day(text: str, c: Count, dates, e: int):
    """"The most prominent case was the execution of X, a dual national, which the judiciary
    announced on 28 October": with no other date for the count, the day a relative clause says the
    execution was announced on dates it (a day, after the count, in its sentence); else None."""
    return next((d for d in dates if c.end <= d.start < e and d.is_day
                 and search(_ANNOUNCED, text, c.end, d.start)), None)


# between a count and the next one, two objects of one verb: " and the arrest of ", " and "
_JOINED_OBJECT = re.compile(rf"\s+and\s+(?:(?:{words('linking.yaml')['determiners']})\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:of\s+)?")


def date_after_joined(text: str, c: Count, counts, dates, region_start: int, e: int):
    """"Hengaw also recorded 17 new death sentences and the arrest of 236 citizens in January": a
    date right after the count joined to `c` by "and" (two objects of one verb, nothing but a noun
    of action between) dates both; else None. Read only when `c`'s own stretch holds no date."""
    later = sorted(x.start for x in counts if x.start >= region_start and x is not c)
    if not later or not _JOINED_OBJECT.fullmatch(text, region_start, later[0]):
        return None
    x = next(x for x in counts if x.start == later[0])
    end = min([y for y in later if y > x.start] + [e])
    stop = search(lexicon().linking.region_stop, text, x.end, end)
    end = stop.start() if stop else end
    return next((d for d in dates if x.end <= d.start < end and not day_of_saying(text, d)
                 and not _dates_figure(text, d)), None)


# between a day and the active verb it dates: nothing, or an adverb ("on Thursday quietly executed")
_DAY_TO_VERB = re.compile(r"\s*(?:\w+ly\s+|also\s+)?")


def day_at_verb(text: str, t: Trigger | None, dates) -> DateMention | None:
    """The day written right before an active trigger ("Iran on Thursday executed Mohsen Shekari",
    "Saudi Arabia on Monday also beheaded ..."): the day of the deed itself, which a month or a
    year later in the sentence (the start of the protests the person was arrested in, the year of
    the crime) never displaces; else None."""
    if t is None or t.voice != "active":
        return None
    return next((x for x in dates if x.is_day and not x.anchored and x.end <= t.start
                 and _DAY_TO_VERB.fullmatch(text, x.end, t.start)), None)


def told_aside(text: str, d: DateMention, c: Count) -> bool:
    """Whether date `d`, before count `c`, stands in a clause set off before it that tells another
    deed: "Pakistan, which lifted its moratorium in December 2014, hanged 326 people", "after lifting
    a moratorium in December 2014, hanging 326 people", "The man, who was arrested in 2019, was
    hanged". The clause opens before the date and closes with a comma before the count."""
    return "," in text[d.end:c.start] and bool(search(lexicon().linking.aside, text, max(0, d.start - 120), d.start))


# ", published on Tuesday,": the day of the news set off between commas, describing what came out that day
_SET_OFF_SAYING = re.compile(rf",\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:{words('linking.yaml')['said_verbs']})"
                             rf"\s+(?:on\s+)?$", re.IGNORECASE)


def day_of_saying(text: str, d: DateMention) -> bool:
    """Whether `d` dates a saying ("the group said on Thursday that ...", "announced on Tuesday
    that"): the day news was told, which never dates a fact the clause after it gives a date of
    its own; it stays the fallback of an undated fact."""
    return bool(search(lexicon().linking.said, text, max(0, d.start - 30), d.start))


# between a date in the possessive and the count it owns: "2023's national total of 24", "last year's 80"
# (up to two modifiers, then a figure noun and "of"; or the number right after): "this year's total
# above the 345 executed in 2024" is no possessive of the 345
_POSSESSIVE_TO_COUNT = re.compile(
    rf"['’]s\s+(?:(?:[\w-]+\s+){{0,2}}?(?:{words('dates.yaml')['figure_nouns']})\s+of\s+)?", re.IGNORECASE)
_DATE_TO_TOTAL = re.compile(r"\s+to\s+(?:\S+\s+){0,2}$")
# "will put the 2018 total at a minimum of 273": the year of the figure put at the number
_DATE_TOTAL_AT = re.compile(rf"\s+(?:{words('mentions.yaml')['total_put_nouns']})\s+at\s+(?:\S+\s+){{0,3}}$", re.IGNORECASE)


def total_date(text: str, c: Count, dates) -> DateMention | None:
    """"..., bringing the number of foreigners put to death in 2024 to 101": a date right before the
    "to" of a total's own phrase is the total's span, not the day of the execution that raised it; so is
    a year before a total put at a number ("will put the 2018 total at a minimum of 273")."""
    before = [d for d in dates if d.end <= c.start]
    if c.noun == "total" and before and not before[-1].is_day \
            and (_DATE_TO_TOTAL.fullmatch(text, before[-1].end, c.start)
                 or _DATE_TOTAL_AT.fullmatch(text, before[-1].end, c.start)):
        return before[-1]
    return None


def possessive_date(text: str, c: Count, dates) -> DateMention | None:
    """A date in the possessive right before a count owns it: "30 were executed in 2024, close to
    2023's national total of 24 executions", "above last year's 24" (the count is that date's
    figure, not one of the date told earlier in the sentence)."""
    before = [d for d in dates if d.end <= c.start]
    if before and _POSSESSIVE_TO_COUNT.fullmatch(text, before[-1].end, c.start):
        return before[-1]
    return None


_BEFORE_NOUN = re.compile(r"(?:['’]s)?\s*")
_OF_TO_COUNT = re.compile(r"\s*(of\s+)?")


def date_of_noun_trigger(text: str, c: Count, t: Trigger | None, dates) -> DateMention | None:
    """A date written right before a noun trigger that governs the count ("the January execution of
    X", "Monday's hanging of two men") is that execution's, not a later date of the sentence ("...
    and was about to be used again in September"); else None."""
    if t is None or t.end > c.start:
        return None
    tail = _OF_TO_COUNT.fullmatch(text, t.end, c.start)
    if tail is None or not (noun_trigger(text, t) or tail.group(1)):
        return None
    start = t.start + len(text[t.start:t.end]) - len(text[t.start:t.end].lstrip())
    if text[start:start + 4].lower() == "the ":
        start += 4
    return next((d for d in dates if d.end <= start and _BEFORE_NOUN.fullmatch(text, d.end, start)), None)


# the words between a date and a count of the clause it opens: "in 2023, when the group recorded 61"
_CLAUSE_TO_COUNT = re.compile(r"[^.;:()\d]{0,60}$")


def clause_date(text: str, c: Count, dates) -> DateMention | None:
    """The date that opens the clause a count stands in: "up on the first half of 2025, when
    Hengaw recorded 614 executions", "one more than in 2023, when 24 people were put to death".
    The clause ("when", "during which") tells what happened in that date's span, so its count is
    dated by it, not by a later date of the sentence (which belongs to a figure after it)."""
    before = [d for d in dates if d.end <= c.start]
    if not before:
        return None
    d = before[-1]
    own = lexicon().rejections.own_clause.match(text, d.end)
    if own is None or not search(_CLAUSE_TO_COUNT, text, own.end(), c.start):
        return None
    return _month_of_year(text, d, c, dates) or d


def _month_of_year(text: str, year: DateMention, c: Count, dates) -> DateMention | None:
    """"in 2013, when three men were hanged in April and two in June": a month written without its
    year in the count's own clause (no comma or stop between) narrows the year that opened the
    clause to that month of it; None when there is no such month."""
    if not (year.period_start and year.period_end and (year.period_end - year.period_start).days >= 300):
        return None
    month = next((y for y in dates if y.start >= c.end and y.period_start and y.period_end
                  and 27 <= (y.period_end - y.period_start).days <= 31 and not YEAR_IN.search(y.text)
                  and not re.search(r"[,;.:()]", text[c.end:y.start])), None)
    if month is None:
        return None
    start, end = (in_year(day, year.period_start.year) for day in (month.period_start, month.period_end))
    return replace(month, period_start=start, period_end=end)


def opens_clause_of(text: str, d: DateMention, counts, c: Count, e: int) -> bool:
    """Whether date `d`, after count `c`, opens a clause with a count of its own ("The 25 executions
    were one more than in 2023, when 24 people were put to death"): the date is that count's,
    the compared year, never the span of `c`."""
    own = lexicon().rejections.own_clause.match(text, d.end)
    if own is None:
        return False
    # a number, not a name: "15 in 2018, when the Aum Shinrikyo members were put to death" tells who
    return any(x is not c and x.noun != "name" and own.end() <= x.start < e
               and search(_CLAUSE_TO_COUNT, text, own.end(), x.start) for x in counts)
