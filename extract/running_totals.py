"""Running totals: "the eighth execution since Nowruz on 20 March", "bringing the total since 1976
to 1,584", "at least nine people have been executed in connection with the 2022 protests". A count
that is an ordinal, a total with no date of its own, or a present-perfect tally linked to an event
runs from the start of its span (written, or the start of the event its sentence links people to)
to the last day told. One rule of the period table (periods.PERIOD_RULES), with its helpers.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .casefold import search
from .count_patterns import ORDINAL_WIDER
from .dates import known_start_before, known_start_within
from .decisions import Candidate, Period, Reject
from .lexicon import lexicon, words
from .notions import DAY_MAX_DAYS
from .rejections import event_date

_W = words("assembly.yaml")
# "the total for the year to 241": a running total of the year the incident told falls in
_TOTAL_OF_THE_YEAR = re.compile(rf"\b(?:{_W['total_of_the_year']})\s+to\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# ... and of the week or the month: "bringing the week's total to 5" (keyed by the unit)
_TOTAL_OF_THE_UNIT = {unit: re.compile(rf"\b(?:{_W[f'total_of_the_{unit}']})\s+to\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
                      for unit in ("week", "month")}
_M = words("mentions.yaml")
# "bringing the total since 1976 to 1,584": the total's own span, after "since" in its noun phrase
_TOTAL_SINCE = re.compile(rf"\b(?:{_M['total_nouns']})\s+(?:{_M['total_since']})\s+(?P<since>[^.;,]{{1,50}}?)\s+to\s+"
                          rf"(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
# "the 25th execution of the year": an ordinal of the year the incident told falls in
_ORDINAL_OF_THE_YEAR = re.compile(rf"\s+of\s+(?:{_M['ordinal_of_spans']})\b", re.IGNORECASE)
PROTEST = re.compile(rf"\b(?:(?:{_W['protest_stems']})\w*|{_W['protest_words']}|(?:{_W['protest_stems_longer']})\w+)\b",
                     re.IGNORECASE)
_PERFECT = re.compile(rf"(?:{_W['perfect_aspect']})\b", re.IGNORECASE)
_TALLY_PERFECT = re.compile(rf"(?:{_W['tally_perfect']})\b", re.IGNORECASE)
# "the 'Woman, Life, Freedom' movement": a movement named, its first day known (data/dates.yaml)
_UPRISING_STARTS = {name: date.fromisoformat(day) for name, day in words("dates.yaml").value("named_uprisings").items()}
_NAMED_UPRISING = re.compile(r"\b(?:" + "|".join(r"[\W_]{1,3}".join(map(re.escape, name.split()))
                                                 for name in _UPRISING_STARTS) + r")\b", re.IGNORECASE)


def running_total(x: Candidate) -> Period | Reject | None:
    """"the eighth execution since Nowruz on 20 March": an ordinal (or a total with no date of its
    own) runs from the span's start to the last day told. Before the stated date, which would
    otherwise take the start as the period."""
    c, r, text, s, e = x.c, x.report, x.text, x.s, x.e
    # "taking the tally for the year to 241": the words just before "to N" name the total's span,
    # whatever day the sentence gives the incident that raised it
    of_the_year = c.noun == "total" and bool(search(_TOTAL_OF_THE_YEAR, text, max(s, c.start - 50), c.start)) \
        or c.noun == "ordinal" and bool(_ORDINAL_OF_THE_YEAR.match(text, c.end))
    of_the_unit = next((unit for unit, pattern in _TOTAL_OF_THE_UNIT.items() if c.noun == "total"
                        and search(pattern, text, max(s, c.start - 50), c.start)), None)
    of_the_year = of_the_year or of_the_unit is not None
    # "bringing the total since 1976 to 1,584": the dates after "since" are the total's own, whatever
    # else the sentence dates ("two executions this year"); with none, its start is not told
    since = _TOTAL_SINCE.search(text, max(s, c.start - 90), c.start) if c.noun == "total" else None
    counted = c.noun in ("ordinal", "total") and (c.noun == "ordinal" or x.d is None or of_the_year or since)
    protests = bool(search(PROTEST, text, s, e))
    # "Two men were executed this morning, bringing to four the number executed over the protests":
    # the day told before the total dates the incident that raised it, not the total's span
    raised = not counted and c.noun == "total" and protests and x.d is not None and x.d.end <= c.start \
        and x.d.is_day
    counted = counted or raised
    # a tally linked to an event (_perfect_linked) is the other case: most counts are neither, and
    # are let go before the event's start is sought
    perfect = not counted and _perfect_linked(x)
    if not (counted or perfect):
        return None
    # where the event its sentence links people to began: dated in the sentence, else (protests)
    # where the report or its date says they began
    own_linked = _linked_event_start(x)
    linked = own_linked or (protests_start(x) if protests else None)
    if not counted and linked is None:
        return None
    # a total "since" a date counts from the dates after "since" (from every date of the text: "since
    # executions resumed in 1990" is a side date of the sentence); only ordinals are read otherwise
    after = [y for y in r.f.dates if y.start < since.end("since") and y.end > since.start("since")] if since else []
    if since and not after:
        return Reject("reject.span_without_start")
    since_dated = False
    told_apart: list = []
    if c.noun == "ordinal":
        # an ordinal counts from a date written after it ("X, convicted of killings in 1996, was put to
        # death on Saturday, the 13th executed since executions resumed last July"): one before it
        # dates the incident or the offence
        # (or a side date of its sentence after it: "and the 12th since the government resumed hangings in
        # March 2022", the month of the "since" clause, which the sentence's own dates leave out)
        after = [y for y in x.dates if y.start >= c.end] or [y for y in r.f.dates if c.end <= y.start < e]
        # "the fifth figure executed for 1971 crimes since X went to the gallows in December 2013": with a
        # "since" after the ordinal, its start is dated after that word (rule period.running_total.since)
        # ("the ninth this year, and the eighth since August": a "since" past ", and" is another ordinal's)
        joined = _AND_CLAUSE.search(text, c.end, e)
        # "the fourth person executed this year and the 15th since hangings resumed in March 2022": the
        # dates after a second ordinal are its own; the first keeps those before it
        wider = ORDINAL_WIDER.search(text, c.end, e)
        if wider is not None and (joined is None or wider.start() < joined.start()):
            joined = wider
            after = [y for y in after if y.start < wider.start()] or after
        since_word = _SINCE_WORD.search(text, c.end, joined.start() if joined else e)
        # (a date may hold its "since": "since December 2013")
        if since_word and any(y.start >= since_word.start() for y in after) \
                and any(y.end <= since_word.start() for y in after):
            after = [y for y in after if y.start >= since_word.start()]
            since_dated = True
        # "the second executed over the protests, after X was hanged on Thursday": a day after the
        # ordinal that no "since" leads to dates another incident, not the start of the count; so
        # does one after "after" in any report ("the second this year, after X was hanged on 30 March")
        told_apart = [y for y in after if y.is_day and not search(lexicon().since_before, text, c.end, y.start)
                      and (protests or _AFTER_WORD.search(text, c.end, y.start))]
        after = [y for y in after if y not in told_apart]
        rules_apart = ("period.running_total.day_apart",) if told_apart else ()
    # ... and so, with the event it is linked to dated, counts from that event, not from that day
    # ("X was hanged on Saturday, the twelfth executed over the 2022 protests")
    own = after or ([] if (c.noun == "ordinal" or raised) and linked
                    else [y for y in x.dates if y not in told_apart])
    spans = [r.resolve(y) for y in own]
    start = min((p[0] for p in spans if p[0]), default=None)
    if protests and (start is None or c.noun == "ordinal" and len(spans) < 2):
        # "the second executed over the protests of 2017 and 2018": the protests the sentence dates,
        # before those another sentence says broke out in one city
        start = own_linked or r.protest_start or start
        year = spans[0] if start is not None and len(spans) == 1 and spans[0][1] else None
        if year is not None and start == year[0] and (year[1] - year[0]).days >= 300:
            start = known_start_within(*year) or start   # "the protests that erupted in 2022": the day they began
    # a running total with no date of its own runs from the start of the event its sentence dates
    start = start or linked
    # the incident told last, in this sentence or the one before ("... and its third this year" after
    # "its 100th since 1989": the incident both ordinals count to, not the other ordinal)
    told = next((d for d in reversed(r.drafts) if d.kind == "event" or d.sentence < x.i), None)
    told = told if told is not None and told.sentence >= x.i - 1 else None
    rules = ("period.running_total",) + (("period.running_total.raised",) if raised else ()) \
        + (rules_apart if c.noun == "ordinal" else ()) \
        + (("period.running_total.since",) if since_dated else ())
    if of_the_year:
        day = told.period[1] if told and told.kind == "event" and told.period[1] else r.f.published
        if day and of_the_unit is not None:
            # the week from its Monday (SCHEMA.md's weeks), the month from its first day
            start = day - timedelta(days=day.weekday()) if of_the_unit == "week" else day.replace(day=1)
            rules = ("period.running_total", f"period.running_total.the_{of_the_unit}")
        elif day:
            start, rules = date(day.year, 1, 1), ("period.running_total", "period.running_total.the_year")
    if start is None and c.noun == "total" and not since and not protests and r.statistic_span(s) is not None:
        return None   # "Egypt tripled its annual figure to 107" in a review: the review's figure, no running tally
    if start is None:
        return Reject("reject.span_without_start")
    # the end: a day named beside it other than the start ("since Nowruz on 20 March"),
    # else the incident just told, else publication
    days = [p[1] for p in spans if p[1] and p[0] and (p[1] - p[0]).days <= DAY_MAX_DAYS and p[0] != start]
    end = max(days, default=told.period[1] if told and told.kind == "event" and told.period[1]
              and told.period[1] >= start and not (_perfect_linked(x) if counted else perfect) else r.f.published)
    return Period((start, end), rules)


_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
_AND_CLAUSE = re.compile(r",\s+and\b|;")
_AFTER_WORD = re.compile(rf"\b(?:{words('dates.yaml')['apart_after']})\b", re.IGNORECASE)


_HALT_SINCE = re.compile(rf"\bsince\s+(?:[\w'’-]+\s+){{0,4}}?(?P<noun>{_W['halt_nouns']})\b", re.IGNORECASE)
_HALT_NOUN = re.compile(rf"\b(?:{_W['halt_nouns']})\b", re.IGNORECASE)


def halt_ended_start(x: Candidate) -> date | None:
    """"More than 200 people have been hanged since the moratorium ended" with no date in its sentence:
    the day an earlier sentence of the report dates the end of that halt ("Pakistan lifted a
    moratorium on the death penalty on Dec. 17 after ..."; a moratorium, freeze or hiatus is one
    halt, data/assembly.yaml halt_nouns), the nearest date after the noun there, else before it.
    None when no earlier sentence dates one. Rule period.so_far.halt_told_before."""
    from .dates import find_dates   # (dates imports this module's neighbours; read only when needed)

    r, text = x.report, x.text
    m = _HALT_SINCE.search(text, x.s, x.e)
    if m is None or x.dates:
        return None
    for s, e in reversed(r.f.sentences[:x.i]):
        noun = _HALT_NOUN.search(text, s, e)
        if noun is None:
            continue
        found = [d for d in find_dates(text[s:e], r.f.published) if d.period_start and not d.dateline]
        found = [d for d in found if (d.period_end - d.period_start).days <= 31]   # a day or a month
        if not found:
            continue
        after = [d for d in found if d.start >= noun.end() - s]
        return (after[0] if after else found[-1]).period_start
    return None


def protest_tally(x: Candidate) -> Period | None:
    """"The judiciary has so far sentenced at least 11 people to death in connection with the unrest,
    which erupted on Sept. 16": a count told "so far" (or "to date", or hedged in the present
    perfect: "at least 16 have been sentenced") and linked to the protests, with
    no date but those after the protests' mention (which date the protests), is a tally from the
    day they began to the report's. After running_total (ordinals and totals), before the stated date."""
    c, r, text, s, e = x.c, x.report, x.text, x.s, x.e
    if c.noun not in ("person", "execution") or x.part or x.context is not None or r.f.published is None:
        return None
    # "so far", or a hedged count in the present perfect ("at least 16 have been sentenced")
    if not (search(lexicon().assembly.so_far, text, s, e) or x.t is not None and c.qualifier != "exact"
            and _PERFECT.match(text, x.t.start, x.t.end)):
        return None
    protest = search(PROTEST, text, s, e)
    if protest is None or any(y.start < protest.end() for y in x.dates):
        return None   # a date before the protests' mention dates the count itself
    start = _linked_event_start(x) or protests_start(x)
    if start is None or start >= r.f.published:
        return None
    return Period((start, r.f.published), ("period.protest_tally",))


def _linked_event_start(x: Candidate) -> date | None:
    """The start of the event the sentence links its people to, dated by a date the rejections set
    aside as that event's (rejections.event_date: "in connection with the 2022 protests", "the
    protests that followed a death in custody in September"): the day readers know the event began
    within that date's span (data/dates.yaml known_starts: the 2022 protests on 16 September),
    else the span's first day; None when the sentence dates no event."""
    r = x.report
    spans = [r.resolve(y) for y in r.f.dates if x.s <= y.start < x.e and y not in x.dates and not y.dateline
             and event_date(x.text, y)]
    starts = [known_start_within(*p) or p[0] for p in spans if p[0] and p[1]]
    return min(starts, default=None)


def protests_start(x: Candidate) -> date | None:
    """Where "the protests" a sentence names without a date began, as the report makes it knowable:
    the day it says they broke out (report.protest_start); else the start of protests it dates in
    another sentence ("arrested during the 2022 protests", "the protests that began in September
    2022"); else of a movement it names ("since the 'Woman, Life, Freedom' movement began"); else,
    in a report written in the years after nationwide protests began, their first day (dates.yaml
    known_starts); else None."""
    r, text = x.report, x.text
    if r.protest_start:
        return r.protest_start
    dated = [known_start_within(y.period_start, y.period_end) or y.period_start for y in r.f.dates
             if not y.is_day and not y.dateline and y.period_start and y.period_end
             and (y.running and PROTEST.search(text, max(0, y.start - 80), y.start)
                  or event_date(text, y) and PROTEST.search(text, max(0, y.start - 80), y.end + 40))]
    if dated:
        return min(dated)
    named = _NAMED_UPRISING.search(text)
    if named:
        return _UPRISING_STARTS[" ".join(re.findall(r"\w+", named.group().lower()))]
    return known_start_before(r.f.published) if r.f.published else None


def _perfect_linked(x: Candidate) -> bool:
    """"At least nine people have been executed in connection with the 2022 protests": a hedged count
    (or one told "so far", "have now been") with no date of its own and no figure to split, its trigger in the present perfect, is a tally up
    to now from the event it is linked to (the caller has found that event's date). Not "Two men
    have been executed in connection with the protests" nor "X has been sentenced ...": the news."""
    # the plain tests first: most counts fail one, and are let go before any pattern runs
    if x.c.noun == "name" or x.d is not None or x.dates or x.part or x.context is not None or x.t is None:
        return False
    tally = x.c.qualifier != "exact" or search(lexicon().assembly.so_far, x.text, x.c.end, min(x.e, x.c.end + 120)) \
        or _TALLY_PERFECT.match(x.text, x.t.start, x.t.end)
    return bool(tally) and bool(_PERFECT.match(x.text, x.t.start, x.t.end))
