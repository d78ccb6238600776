"""The period rule `stated` (periods.PERIOD_RULES): the period of a count is the date written
with it, read as the sentence reads it: from that date to the report's after "since", the compared
year's like span, a month of the year of the figure it splits, the start the sentence gives to an
end told alone. A date that belongs to another figure of the sentence dates nothing here.
"""
from __future__ import annotations

import re
from datetime import date

from .casefold import search, search_apart
from .count_dates import ALL_WITHIN, announced_day
from .date_names import YEAR_IN
from .dates import find_dates
from .decisions import Candidate, Period
from .lexicon import lexicon, words
from .numbers import NUMBER
from .rejections import compared_date, record_start

_W = words("assembly.yaml")
_SINCE_GAP = re.compile(r"\b(?:after|since)\b", re.IGNORECASE)


def stated(x: Candidate) -> Period | None:
    """"Four men were hanged in Karaj on Sunday": the date written with the count (or, after
    "since", from that date to the report's). The first reading of an ordinary count."""
    d, c, r, text, s = x.d, x.c, x.report, x.text, x.s
    if d is None:
        return None
    period = r.resolve(d)
    if period == (None, None) and d.anchored and r.f.published is not None:
        # "two other men were hanged the same day" with no day told before it: the words point at
        # a day the report has not named, so the count is dated as if undated (the rules below)
        return None
    if period == (None, None) and r.f.published is None:
        # "on Sunday", "in the past week" in a report with no date of its own: the period is
        # written but cannot be placed, and the claim must not read as dated
        return Period(period, ("period.unresolved",))
    # "a fall on 2019, when 280 were documented": that year's own figure
    compared = not d.anchored and compared_date(text, d)
    if compared and d.start >= c.end and search(lexicon().rejections.superlative_after_count, text, c.end, d.start):
        # "executed four men on Friday, the highest number in a single day since they returned to power
        # in 2021": the year a record after the count is measured from, never the count's own
        return None
    if compared and d.end <= c.start and record_start(text, d) \
            and not (text.startswith(",", d.end) and lexicon().rejections.own_clause.match(text, d.end)):
        # "India carried out its first executions since 2015 when it hanged four men": the year a
        # record told before the count is measured from dates nothing of the count's (but "the first
        # since January 2017, when seven were hanged": a clause set off by a comma tells that date's
        # own count)
        return None
    if _dates_another_figure(x, d, compared):
        return None   # "..., and Iraq at least 63, four times the 16 it recorded in 2023": the 16's year
    rules = ("period.compared" if compared else "period.stated",)
    if d.start >= c.end and d is announced_day(text, c, x.dates, x.e):
        rules += ("period.announced_day",)   # count_dates.announced_day
    if d.anchored and r.background_days and r.day_dates[-1] is r.background_days[-1] \
            and r.background_days[-1].start < d.start and r.executed_before(d):
        rules += ("period.same_day_past_background",)   # assemble.background_day
    if x.same_period_compared:
        rules += ("period.same_period_compared",)   # the same period after it is the compared figure's
    since = search(lexicon().since_before, text, max(s, d.start - 90), d.start)
    # "the most since January 2016, when 47 people were put to death": the day of the clause's own count
    own = c.start >= d.end and lexicon().rejections.own_clause.match(text, d.end)
    if own and lexicon().clauses.since.match(text, d.start) and "," in text[own.end():c.start]:
        # "Since 22 February, when guards fired on porters, at least nine have been hanged": the
        # clause is set off by commas and says what happened that day; the count after it is the
        # main clause's, counted from that day (the count inside the clause has no comma before it)
        own = None
        rules += ("period.since_aside",)
    since_word = lexicon().clauses.since.match(text, d.start) if own else None
    inner = find_dates(text[since_word.end():d.end], r.f.published, None) if since_word else []
    if inner and inner[-1].period_start:
        period = (inner[-1].period_start, inner[-1].period_end)
    # "since 1963, all of them between 2001 and 2003": the narrowed span is whole, no "since" runs it on
    narrowed = search(ALL_WITHIN, text, max(s, d.start - 30), d.start) is not None
    if period[0] and r.f.published and not own and not narrowed and (
            _SINCE_GAP.search(x.gap) and not _one_after_a_step(x) or since and not since.start() < c.start < d.start):
        period = (period[0], r.f.published)   # "nine people since the attack on 13 June": 13 June to today
        rules += ("period.since_anchor",)
    recent = _most_recent_end(x, d, period)
    if recent is not None:
        period, rules = (period[0], recent), rules + ("period.most_recent",)
    one = _the_one_told_after(x)
    if one is not None:
        period, rules = one, rules + ("period.the_one_told",)
    last = r.last_aggregate()
    if compared and last is not None and last.period[0] and last.period[1] and period[0] \
            and last.period[0].year == last.period[1].year and (period[1] - period[0]).days >= 300 \
            and search(lexicon().rejections.like_period, text, max(0, d.start - 40), d.start):
        # "354 in the first six months of 2023, up on the same period of 2022, when 261 were
        # recorded": the statistic's months, in the year compared with
        moved = (_replace_year(last.period[0], period[0].year), _replace_year(last.period[1], period[0].year))
        if None not in moved:
            period = moved
            rules += ("period.like_span",)
    ctx = x.context.period if x.context is not None else _continued(x)
    if (x.part or x.c.noun == "ellipsis") and ctx[0] and ctx[1] and period[0] and period[1] and (ctx[1] - ctx[0]).days >= 300 \
            and ctx[0].year == ctx[1].year and (period[1] - period[0]).days <= 31 \
            and not YEAR_IN.search(d.text) and not ctx[0] <= period[0] <= ctx[1] \
            and not _year_of_sentence(x, d, period):
        # "Saudi Arabia executed 196 people in 2022, including 81 men on a single day in March": a
        # month written without its year, in a part of a year's figure, is that year's month
        moved = (_replace_year(period[0], ctx[0].year), _replace_year(period[1], ctx[0].year))
        if None not in moved:
            period = moved
            rules += ("period.year_of_context",)
    said_then = _said_then(x, d, period)
    if said_then is not None:
        period, rules = said_then, rules + ("period.said_then",)
    if period[0] is None and period[1] is not None:
        # "Since 21 March, 306 people have been executed, according to a count up to 11 September":
        # the end the count is told to, the start the sentence's span gives
        starts = [r.resolve(y) for y in x.dates if y is not d and y.end <= d.start]
        start = next((p[0] for p in reversed(starts) if p[0] and p[0] <= period[1]), None)
        if start is not None:
            period = (start, period[1])
            rules += ("period.start_of_sentence",)
    return Period(period, rules, compared=compared)


_MOST_RECENT = re.compile(rf",\s*(?:{words('dates.yaml')['most_recent']})(?:\s+(?:{words('dates.yaml')['most_recent_tails']}))?"
                          rf"\s+(?:in|on)\s+$", re.IGNORECASE)


def _most_recent_end(x: Candidate, d, period: tuple):
    """"only three prisoners had been executed since 1977, ..., most recently in 2010", "three since
    1988, the most recent in 2003": a figure running from a date to the report ends with the last
    execution it counts, when the sentence dates that one after the count; else None."""
    published = x.report.f.published
    if period[0] is None or period[1] != published:
        return None
    for y in x.dates:
        if y is not d and y.start >= x.c.end and search(_MOST_RECENT, x.text, max(x.s, y.start - 30), y.start):
            end = x.report.resolve(y)[1]
            if end is not None and period[0] <= end < published:
                return end
    return None


_ONE_TOLD = re.compile(rf",\s+(?:{words('dates.yaml')['one_told_articles']})\s+(?:[\w-]+\s+){{1,3}}?"
                       rf"(?:{words('dates.yaml')['one_told_participles']})\s+(?:in|on)\s+$", re.IGNORECASE)


def _the_one_told_after(x: Candidate):
    """"Only one person has been executed since then, a soldier hanged in November 2012": the one
    execution of a span, told right after with its own date, happened then; else None."""
    if x.c.value != 1:
        return None
    for y in x.dates:
        if y.start >= x.c.end and search(_ONE_TOLD, x.text, max(x.s, y.start - 60), y.start):
            period = x.report.resolve(y)
            return period if period[0] and period[1] else None
    return None


def _dates_another_figure(x: Candidate, d, compared: bool) -> bool:
    """Whether date `d` belongs to another figure of the sentence than the count: a figure given for
    comparison stands between them ("Iraq at least 63, close to four times the 16 it recorded in
    2023"), or, a compared date or one inside a range or comparison, it is in an earlier clause joined
    by ", and" / ", while" ("from 11 in 2021 to 18, and Egypt carried out 24"). Such a count takes its period from the rules after
    `stated` (no period is chosen here)."""
    c, text = x.c, x.text
    if d.start >= c.end:
        # "9 Afghans were among those executed, bringing the number since January to 50": the
        # span between a raising verb and the total it raises is the total's
        raised = _RAISES.search(text, c.end, d.start) is not None and _TO_TOTAL.match(text, d.end) is not None
        return raised or any(o is not c and o.noun == "comparison" and c.end <= o.start < d.start for o in x.counts)
    # "... to at least 345 from 172 in 2023, while Iraq carried out 63": the year of a range's end
    inside_other = any(o is not c and o.noun in ("range", "comparison") and o.start <= d.start and d.end <= o.end
                       for o in x.counts) or bool(_NUMBER_IN.search(text, max(0, d.start - 20), d.start))
    return (compared or inside_other) and bool(_CLAUSE_JOIN.search(text, d.end, c.start))


_NUMBER_IN = re.compile(r"\b\d[\d,]*\s+(?:in|during)\s+$", re.IGNORECASE)   # "172 in 2023": a year of that number
_RAISES = re.compile(rf"\b(?:{words('mentions.yaml')['total_raise_verbs']})\b", re.IGNORECASE)
_TO_TOTAL = re.compile(rf"[^.;:]{{0,40}}?\bto\s+(?:(?:{lexicon().hedge})\s+)?{NUMBER}(?![\w-])", re.IGNORECASE)
# (or after a dash closing an aside: "Egypt at least 107 - three times the 32 of 2019 - and Iraq at least 45")
_CLAUSE_JOIN = re.compile(rf"(?:[,;]|\s[-–—])\s+(?:{_W['clause_joins']})\s", re.IGNORECASE)


_YEAR_TO_DATE = re.compile(rf"(?:{words('dates.yaml')['year_to_date']})$", re.IGNORECASE)
_SAID_AFTER = re.compile(rf"\s*,?\s+(?:[\w'’.-]+\s+){{1,8}}?(?:{words('linking.yaml')['said_verbs']})\b", re.IGNORECASE)


def _said_then(x: Candidate, d, period: tuple) -> tuple | None:
    """"In late August, the UN said at least 841 people had been executed since the start of the
    year": a year-to-date figure someone gave on an earlier day (a date opening the sentence, then
    its speaker and the verb of saying, before the count) runs from 1 January of that day's year to
    that day, not to the report's date; None otherwise."""
    published = x.report.f.published
    if published is None or period[1] != published or not _YEAR_TO_DATE.search(d.text):
        return None
    said = next((y for y in x.dates if y.end <= x.c.start and y is not d and _SAID_AFTER.match(x.text, y.end)), None)
    day = x.report.resolve(said)[1] if said is not None else None
    if day is None or day >= published or (day - date(day.year, 1, 1)).days < 27:
        return None
    return date(day.year, 1, 1), day


def _year_of_sentence(x: Candidate, d, period: tuple) -> bool:
    """Whether the count's own sentence names a year (or "last year") that holds the month read for
    it ("Among those executed in Florida last year was X, put to death in November"): that year is
    the month's, not the year of the figure the count splits."""
    for y in x.dates:
        if y is d:
            continue
        span = x.report.resolve(y)
        if span[0] and span[1] and (span[1] - span[0]).days >= 300 and span[0] <= period[0] <= span[1]:
            return True
    return False


def _one_after_a_step(x: Candidate) -> bool:
    """"X is at imminent risk of execution after his family was summoned for a last visit on Tuesday":
    one person's news told "after" a dated step is dated by that step. Only a figure runs from the
    step to the report ("40 people have been executed after the ceasefire on 24 June"), and "since"
    always runs ("X has been held in solitary confinement since 3 May")."""
    return (x.c.noun == "name" or x.c.value == 1) and not search_apart(lexicon().since_before, x.gap)


def _continued(x: Candidate) -> tuple:
    """The period of the claim an ellipsis continues ("four were hanged in 2018: one in January, two
    in May"): the last claim of its sentence that is no ellipsis itself, else no period."""
    if x.c.noun != "ellipsis":
        return None, None
    here = [d for d in x.report.drafts if d.sentence == x.i and not d.compared
            and not (d.source is not None and d.source.noun == "ellipsis")]
    return here[-1].period if here else (None, None)


def _replace_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:   # 29 February
        return None
