"""The period of a claim: an ordered table of small rules, the first that applies decides.

Each rule takes a Candidate (decisions.py) and returns None (does not apply), a Period with
its `period.*` id, or a Reject with its `reject.*` id. Read PERIOD_RULES top to bottom: the
order is the precedence (a part of an incident is refused before any date is read; a date
written in the sentence beats the period of the figure split; an undated count inherits
only after every reading of it as a statistic and every refusal has been tried).

The rules are defined here, but for `stated`, the date written with the count (period_stated.py), and
the rules that read a count as part of the report's statistic (period_statistics.py).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .clauses import background, since_clause, so_far
from .comparisons import compared_period
from .date_arithmetic import shift_months
from .followups import dated_next
from .group_members import day_of_group, named_member_of_group
from .notions import is_day, is_incident_span
from .numbers import NUMBER, parse_number
from .decisions import Candidate, Period, Reject
from .ruler_span import ruler_span
from .executed_background import relative_of_executed
from .date_names import YEAR_IN
from .period_stated import stated
from .previous_span import previous_span, previous_unit
from .announced_sentences import announced_sentence
from .period_statistics import (day_in_review, elapsed_in_review, member_of_statistic, member_of_tally, named_after_statistic,
                                statistic_context, statistic_group, statistic_named, statistic_span)
from .told_apart import apart_from_news
from .earlier_executions import long_before, told_as_history, undated_behind_news
from .casefold import search, search_apart
from .lexicon import lexicon, words
from .count_dates import opens_clause_of
from .members import opens_on_member
from .running_totals import PROTEST, halt_ended_start, protest_tally, protests_start, running_total

_W = words("assembly.yaml")
# "the three", "these four": a count pointing back at people told before
_ONE_PERSON = re.compile(r"(?:an?|another)\b", re.IGNORECASE)   # a count of one picked out: "a poet"
_DEFINITE = re.compile(rf"(?:^|\b)(?:{words('rejections.yaml')['definite_articles']})\s+$", re.IGNORECASE)
_GROUP_BEFORE = re.compile(rf"(?:^|\b)(?:{words('rejections.yaml')['group_told_before']})\s+$", re.IGNORECASE)
_MEMBER_BEFORE = re.compile(rf"\b(?:{words('rejections.yaml')['member_told_before']})\s+[\w-]+\s*,\s*$", re.IGNORECASE)
_DEFINITE_HEAD = re.compile(rf"(?:{words('rejections.yaml')['definite_articles']})\s", re.IGNORECASE)
_SO_FAR_BEFORE = 30   # characters: "has so far announced 11", "So far 23 protesters": "so far" told before the count
_LARGE_GROUP = 3    # people: a group this large is told with a day or a place when it is one incident


def split_of_incident(x: Candidate) -> Reject | None:
    """"Seven were hanged on Monday, two of them Afghans", "They included two Kuwaitis": a part of one
    incident adds no fact. First: no date can make such a part a claim, unless the part has a date
    of its own (or, in a sentence opening on the split, a place of its own)."""
    c, t, d, context = x.c, x.t, x.d, x.context
    # a date in the part's own clause, not the incident's; a date after the verb the part shares
    # with its group dates the group ("Seven inmates, including two women, were hanged on Monday")
    own_date = d is not None and d.start >= c.end and not (
        t is not None and context is not None and t is context.source_trigger and c.end <= t.start < d.start)
    # (a sentence that opens on the split, "They included two Kuwaitis and a Filipina", too)
    # (a tally of a day or two across the country splits as an incident does: kinds.tally_across_country)
    if x.part and context is not None and not own_date \
            and (context.kind == "event" or "kind.aggregate.tally" in context.rules and is_day(*context.period)):
        return Reject("reject.split_of_incident")
    return None


_MEMBER = re.compile(rf"\b(?:{_W['member_openers']})\b", re.IGNORECASE)


def split_of_earlier_incident(x: Candidate) -> Reject | None:
    """"Twenty prisoners were hanged in Ghezel Hesar on Wednesday ... Four Afghan nationals were among
    those hanged", "Ali Karimi, who was among those executed, ...": a part, or people told as among
    those executed, with no date of its own, after an incident of more people (the last claim of
    that event told before, further back than split_of_incident reads) is a split of that incident,
    never an incident of its own (SCHEMA.md: optional). A statistic told last keeps its parts."""
    c, t, r = x.c, x.t, x.report
    member = t is not None and bool(_MEMBER.search(x.text, t.start, t.end))
    if x.context is not None or x.d is not None or not (x.part or member) or c.noun not in ("person", "name") \
            or c.noun == "name" and opens_on_member(x.text, x.s):
        return None   # ("Those executed include X and Y": members.py gives the names to the group)
    last = next((d for d in reversed(r.drafts) if d.event == x.event and not d.compared and not d.part), None)
    if last is not None and last.kind == "event" and last.count > c.value and last.sentence < x.i:
        return Reject("reject.split_of_incident")
    return None


def person_singled_out(x: Candidate) -> Reject | None:
    """"Twelve were hanged, among them a well-known poet": one person picked out of a figure is
    no figure. Before the dates, for the same reason as the rule above."""
    if x.part and x.c.noun == "person" and _ONE_PERSON.match(x.text[x.c.start:x.c.end]):
        return Reject("reject.person_singled_out")
    return None


_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def range_year(x: Candidate) -> Period | Reject | None:
    """"rising from 250 in 2020 to 410 in 2021": each end of a change has its own year (a bare end
    the statistic's span). Before the stated date: the sentence's other year belongs to the other end."""
    c = x.c
    if c.noun != "range":
        return None
    year = YEAR_IN.search(x.text, c.start, c.end)
    period = (date(int(year.group()), 1, 1), date(int(year.group()), 12, 31)) if year \
        else x.report.statistic_span(x.s)
    if period is None:
        return Reject("reject.range_without_period")
    if not year and _FROM_END.search(x.text, max(0, c.start - 6), c.start):
        # "doubled its total to 345 from 172": a bare earlier end is the statistic's span a year before
        return Period(compared_period("", period), ("period.range_before",))
    return Period(period, ("period.range_year" if year else "period.statistic_span",))


_D = words("dates.yaml")
_WITHIN_OF = re.compile(rf"\b(?:{_D['within_of']})\s+(?P<n>{_D['one']}|{NUMBER})\s+(?P<unit>{_D['within_of_units']})"
                        rf"\s+(?:{_D['within_of_after']})\b", re.IGNORECASE)
_UNIT_DAYS = {"d": 1, "w": 7}


def within_of_day(x: Candidate) -> Period | None:
    """"Within two weeks of executions resuming on 10 November, 17 men were put to death": a count
    told over N days or weeks from a day named after "within ... of" (or "in the ten days after"),
    in its clause before the count, runs from that day for that span, never on that day alone.
    Before the stated date, which would read the day as the count's."""
    c, r = x.c, x.report
    m = _WITHIN_OF.search(x.text, x.s, c.start)
    if m is None or re.search(r"[.;]", x.text[m.end():c.start]):
        return None
    day = next((y for y in x.dates if m.end() <= y.start < c.start and y.is_day and not y.anchored), None)
    n = parse_number(m.group("n")) or (1 if m.group("n").lower() in _D.value("one") else None)
    if day is None or not n:
        return None
    start = r.resolve(day)[0]
    if start is None:
        return None
    unit = m.group("unit").lower()[0]
    end = start + timedelta(days=n * _UNIT_DAYS[unit] - 1) if unit in _UNIT_DAYS \
        else shift_months(start, n) - timedelta(days=1)
    return Period((start, end), ("period.within_of_day",))


# "the same six months": the length told (assembly.yaml same_period_units), its unit read by its first letter
_LENGTH_TOLD = re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<unit>{words('assembly.yaml')['same_period_units']})\b", re.IGNORECASE)
_MONTH_DAYS = 30.4   # a month told as a length (days and weeks as within_of_day reads them, _UNIT_DAYS)


def _lasts(period: tuple, length: re.Match) -> bool:
    """Whether `period` runs about as long as "six months", "eleven days" says (a day either way, or
    a tenth of a span of months)."""
    n = parse_number(length.group("n"))
    if not n:
        return False
    told = n * _UNIT_DAYS.get(length.group("unit").lower()[0], _MONTH_DAYS)
    days = (period[1] - period[0]).days + 1
    return abs(days - told) <= max(1, told / 10)


def same_period(x: Candidate) -> Period | None:
    """"In the same period, 40 women were hanged": the period of the statistic told before ("in the same
    six months": the last told over six months, none when no figure was).
    Before the stated date: a year written beside it only moves that period to its year."""
    last = x.report.last_aggregate() if x.same_period else None
    length = _LENGTH_TOLD.search(x.same_period.group(0)) if last is not None else None
    if length is not None:
        # "in the same six months": the last figure over six months, whatever was told since
        last = next((d for d in reversed(x.report.drafts) if d.kind == "aggregate" and d.period[0] and d.period[1]
                     and not d.compared and _lasts(d.period, length)), None)
    if last is None:
        return None
    period, d = last.period, x.d
    if d is not None and d.period_start and period[0] and (d.period_end - d.period_start).days > 300:
        period = tuple(p.replace(year=d.period_start.year) for p in period)
    # "This compares with 92 in the same period of 2025": moved to another year, the figure is told
    # for comparison, so no later part ("three of those executed") splits it
    return Period(period, ("period.same_period",), compared=period != tuple(last.period))


def of_context(x: Candidate) -> Period | None:
    """"Of these, 31 were women": an undated part has the period of the figure it splits."""
    if x.context is None:
        return None
    return Period(x.context.period, ("period.context",))


def so_far_span(x: Candidate) -> Period | None:
    """"So far 23 protesters have been sentenced to death": from the protests' start (or the
    statistic's) to the report's date, never an incident today. After the context: a part
    "so far" still splits its figure."""
    r, text, s, e, c = x.report, x.text, x.s, x.e, x.c
    if x.d is None and c.value == 1 and c.noun == "person" and _ONE_PERSON.match(text, c.start) \
            and not search(lexicon().assembly.so_far, text, max(s, c.start - _SO_FAR_BEFORE), min(e, c.end + 120)):
        # "Iran has hanged a man ... during the protests that have swept the country since September":
        # one person picked out is the news of the day, never a figure counted from the protests' start
        return None
    # ("has so far announced 11 death sentences": "so far" just before the count counts it too)
    if not (search(lexicon().assembly.so_far, text, c.end, min(e, c.end + 120))
            or search(lexicon().assembly.so_far, text, max(s, c.start - _SO_FAR_BEFORE), c.start)
            or x.d is None and since_clause(text, s, e)):
        return None
    # "since the moratorium ended": the day an earlier sentence dates its end
    halt = halt_ended_start(x)
    if halt is not None and r.f.published and halt <= r.f.published:
        return Period((halt, r.f.published), ("period.so_far", "period.so_far.halt_told_before"))
    # "since the protests began": where the report makes their start knowable
    start = (protests_start(x) if search(PROTEST, text, s, e) else None) or r.so_far_start(s, e)
    return Period((start, r.f.published), ("period.so_far",)) if start is not None else None


def record_of_the_day(x: Candidate) -> Period | None:
    """"It was the first time Japan had executed seven people on one day": a record a day's count
    sets, told after the incident, is that incident's count again, on its day (the last incident
    told), never a figure of the report's statistic span. Before `statistic_span`."""
    c, r = x.c, x.report
    if x.d is not None or not lexicon().rejections.record_day.match(x.text, c.end, min(x.e, c.end + 60)) \
            or not search_apart(lexicon().rejections.superlative, x.text[x.s:c.start]):
        return None
    day = next((d for d in reversed(r.drafts) if d.kind == "event" and d.period[0] and d.period[1]
                and is_incident_span(*d.period)), None)
    return Period(day.period, ("period.record_of_the_day",)) if day is not None else None


def compared_subject(x: Candidate) -> Reject | None:
    """"The year's 18 executions were five more than in 2020, when 13 were hanged" with no span of
    its own: the year belongs to the figure compared with (count_dates.opens_clause_of), and the
    count's span is not told. Never an incident on the report's day. After the statistic's span,
    which dates such a count when the report gives one."""
    c, e = x.c, x.e
    if x.d is None and any(d.start >= c.end and opens_clause_of(x.text, d, x.counts, c, e) for d in x.dates):
        return Reject("reject.compared_without_period")
    return None


def undated_execution_count(x: Candidate) -> Reject | None:
    """"The province carried out 18 executions" with no date anywhere near and no statistic's span
    (those took it above): a figure over a span the report does not give."""
    c, s, e = x.c, x.s, x.e
    if c.noun == "execution" and c.value > 1 and not x.report.day_in_paragraph(s) and not x.dates \
            and not search(lexicon().assembly.anchor_words, x.text, s, e):
        return Reject("reject.undated_execution_count")
    return None


def span_without_start(x: Candidate) -> Reject | None:
    """"12 have been sentenced to death so far" with no start anywhere (so_far_span above found none):
    a running figure over an unknown span, never an incident on the day of publication."""
    c, text, s, e = x.c, x.text, x.s, x.e
    if (so_far(text, c.end, min(e, c.end + 120)) or since_clause(text, s, e)) and c.noun != "name":
        return Reject("reject.span_without_start")
    return None


_LEAD_UP = re.compile(rf"\b(?:{_W['lead_up_words']})\b", re.IGNORECASE)


def lead_up(x: Candidate) -> Reject | None:
    """"Two men were hanged on Sunday, two days after they were taken to solitary confinement": a
    transfer told as what led up to the execution of its sentence is background, whatever its date."""
    if x.event != "imminent" or x.t is None:
        return None
    told = next((d for d in reversed(x.report.drafts) if d.sentence == x.i and d.event == "executed"), None)
    if told is not None and told.span[1] <= x.t.start and search(_LEAD_UP, x.text, told.span[1], x.t.start):
        return Reject("reject.background")
    return None


def communicated_day(x: Candidate) -> Period | None:
    """"A man from Fardis was informed on Tuesday that he had been sentenced to death": a sentence
    told as what someone was informed of is dated by the day they were told (SCHEMA.md: a sentence's
    period is the day it was issued or announced), a day between the count and its trigger."""
    t, r = x.t, x.report
    if x.event != "sentenced" or t is None or x.d is not None:
        return None
    told = search(lexicon().clauses.communicated, x.text, max(x.s, t.start - 140), t.start)
    if told is None:
        return None
    day = next((y for y in x.dates if told.start() <= y.start < t.start and y.period_start and y.period_end
                and is_incident_span(y.period_start, y.period_end)), None)
    return Period(r.resolve(day), ("period.communicated",)) if day is not None else None


def undated_background(x: Candidate) -> Reject | None:
    """"two cousins who were sentenced to death for robbery" with no date: the lead-up to the news,
    not a new sentence dated to the report. Only undated: a dated one was taken above."""
    if x.event in ("sentenced", "imminent") and background(x.text, x.t):
        return Reject("reject.background")
    return None


def sentence_of_the_executed(x: Candidate) -> Reject | None:
    """"Three Kurds were hanged last month ... The three had been sentenced to death in 2021", "All
    four were moved to solitary confinement on Sunday": the death sentence or transfer of as many
    people as an execution (for a sentence, or a transfer) told before, pointed back at ("the three",
    "these four", "all four"), or of one of an executed group picked out by their place in it ("The
    third woman, X, was also sentenced to qisas"), is the lead-up to that execution, background
    (SCHEMA.md: optional), dated or not; never a new sentence or imminent execution. Before `stated`:
    its date is the lead-up's own."""
    if x.event not in ("sentenced", "imminent") or x.part:
        return None
    if x.c.noun == "name" and search(_MEMBER_BEFORE, x.text, max(0, x.c.start - 30), x.c.start):
        # "Three women were hanged on Wednesday ... The third woman, X, was also sentenced to qisas":
        # one of a group executed before, picked out by its place in it
        if any(d.event == "executed" and d.count > 1 and d.sentence < x.i and not d.compared for d in x.report.drafts):
            return Reject("reject.background")
        return None
    if not (search(_DEFINITE, x.text, max(0, x.c.start - 8), x.c.start)
            or search(_GROUP_BEFORE, x.text, max(0, x.c.start - 5), x.c.start)
            or _DEFINITE_HEAD.match(x.text, x.c.start, x.c.end)):
        return None   # "a court has sentenced three men": other people, told as news
    # (the sentence of a group told as moved for execution is that transfer's lead-up as well:
    # "... had been taken to solitary confinement with a third inmate. All three were sentenced in 2013")
    told = ("executed", "imminent") if x.event == "sentenced" else ("executed",)
    if any(d.event in told and d.count == x.c.value and d.sentence < x.i and not d.compared
           for d in x.report.drafts):
        return Reject("reject.background")
    return None


def undated_group(x: Candidate) -> Reject | None:
    """"In the second half 140 people were executed" in words we do not read as a date: a group
    that large with no day, no place and no "on the same day" is a figure, not an incident today."""
    c, r, s, e = x.c, x.report, x.s, x.e
    if c.noun in ("person", "more") and c.value >= _LARGE_GROUP and not r.day_in_paragraph(s) \
            and not r.place(c, x.t, s, e) and not search(lexicon().assembly.single_day, x.text, s, e) \
            and not dated_next(r.f, x.i, x.event, r.resolve):   # "... They were hanged on Wednesday"
        return Reject("reject.undated_group")
    return None


def inherited(x: Candidate) -> Period:
    """"Two more were hanged." : the last day named earlier in the paragraph, else the report's
    date, weak (refine_weak may still move it). Last: it always applies."""
    return Period(x.report.inherited(x.s), ("period.inherited",), weak=True)


PERIOD_RULES = (
    split_of_incident,
    split_of_earlier_incident,
    person_singled_out,
    lead_up,
    relative_of_executed,
    range_year,
    running_total,
    protest_tally,
    within_of_day,
    same_period,
    sentence_of_the_executed,
    elapsed_in_review,
    day_in_review,
    communicated_day,
    apart_from_news,
    undated_behind_news,
    announced_sentence,
    previous_span,
    previous_unit,
    ruler_span,
    stated,
    of_context,
    so_far_span,
    record_of_the_day,
    statistic_span,
    statistic_group,
    statistic_context,
    statistic_named,
    named_after_statistic,
    compared_subject,
    undated_execution_count,
    span_without_start,
    undated_background,
    undated_group,
    long_before,
    told_as_history,
    named_member_of_group,
    day_of_group,
    member_of_statistic,
    member_of_tally,
    inherited,
)
