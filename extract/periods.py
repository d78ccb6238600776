"""The period of a claim: an ordered table of small rules, the first that applies decides.

Each rule takes a Candidate (decisions.py) and returns None (does not apply), a Period with
its `period.*` id, or a Reject with its `reject.*` id. Read PERIOD_RULES top to bottom: the
order is the precedence (a part of an incident is refused before any date is read; a date
written in the sentence beats the period of the figure split; an undated count inherits
only after every reading of it as a statistic and every refusal has been tried).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .breakdowns import is_statistic
from .clauses import background, since_clause, so_far
from .comparisons import compared_period
from .date_arithmetic import shift_months
from .dates import find_dates
from .followups import dated_next
from .relative_dates import ELAPSED
from .notions import is_incident_span
from .numbers import NUMBER, parse_number
from .decisions import Candidate, Period, Reject
from .ruler_span import ruler_span
from .executed_background import relative_of_executed
from .told_apart import apart_from_news
from .earlier_executions import undated_behind_news
from .casefold import search, search_apart
from .lexicon import lexicon, words
from .linking import announced_day, opens_clause_of
from .running_totals import PROTEST, halt_ended_start, protest_tally, protests_start, running_total
from .rejections import compared_date

_W = words("assembly.yaml")
_SINCE_GAP = re.compile(r"\b(?:after|since)\b", re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# "the three", "these four": a count pointing back at people told before
_DEFINITE = re.compile(rf"(?:^|\b)(?:{words('rejections.yaml')['definite_articles']})\s+$", re.IGNORECASE)
_GROUP_BEFORE = re.compile(rf"(?:^|\b)(?:{words('rejections.yaml')['group_told_before']})\s+$", re.IGNORECASE)
_DEFINITE_HEAD = re.compile(rf"(?:{words('rejections.yaml')['definite_articles']})\s", re.IGNORECASE)
_SO_FAR_BEFORE = 30   # characters: "has so far announced 11", "So far 23 protesters": "so far" told before the count
_LARGE_GROUP = 3    # people: a group this large is told with a day or a place when it is one incident
# a review of a month, a quarter or a year comes out within this many days of the span's end
_REVIEW_LAG_DAYS = 120
_B = words("breakdowns.yaml")
_PERSON_NOUNS = words("vocab.yaml")
_STATISTIC_GROUP = re.compile(
    rf"\b(?:{_B['statistic_groups']}|(?:{_B['statistic_group_adjectives']})\s+"
    rf"(?:{_PERSON_NOUNS['person_nouns_plural']}|{_PERSON_NOUNS['person_nouns_singular']}))\b", re.IGNORECASE)


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
    if x.part and context is not None and context.kind == "event" and not own_date:
        return Reject("reject.split_of_incident")
    return None


def person_singled_out(x: Candidate) -> Reject | None:
    """"Twelve were hanged, among them a well-known poet": one person picked out of a figure is
    no figure. Before the dates, for the same reason as the rule above."""
    if x.part and x.c.noun == "person" and re.match(r"(?:an?|another)\b", x.text[x.c.start:x.c.end], re.IGNORECASE):
        return Reject("reject.person_singled_out")
    return None


_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def range_year(x: Candidate) -> Period | Reject | None:
    """"rising from 250 in 2020 to 410 in 2021": each end of a change has its own year (a bare end
    the statistic's span). Before the stated date: the sentence's other year belongs to the other end."""
    c = x.c
    if c.noun != "range":
        return None
    year = _YEAR_IN.search(x.text, c.start, c.end)
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


def same_period(x: Candidate) -> Period | None:
    """"In the same period, 40 women were hanged": the period of the statistic told before.
    Before the stated date: a year written beside it only moves that period to its year."""
    last = x.report.last_aggregate() if x.same_period else None
    if last is None:
        return None
    period, d = last.period, x.d
    if d is not None and d.period_start and period[0] and (d.period_end - d.period_start).days > 300:
        period = tuple(p.replace(year=d.period_start.year) for p in period)
    return Period(period, ("period.same_period",))


def elapsed_in_review(x: Candidate) -> Period | None:
    """"It also said the United States carried out 10 federal executions in under six months" in a
    review of a closed span (the year 2020, published in April 2021): the elapsed span ends where the
    reviewed span ends, not on the day of publication. Before `stated`, which would end it there."""
    d = x.d
    if d is None or d.anchored or not ELAPSED.match(d.text):
        return None
    span = _reviewed_span(x)
    if span is None or span[1] is None:
        return None
    moved = next((m for m in find_dates(d.text, span[1]) if m.period_start and m.period_end), None)
    if moved is None:
        return None
    return Period((max(moved.period_start, span[0]) if span[0] else moved.period_start, moved.period_end),
                  ("period.elapsed_in_review",))


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
    if _dates_another_figure(x, d, compared):
        return None   # "..., and Iraq at least 63, four times the 16 it recorded in 2023": the 16's year
    rules = ("period.compared" if compared else "period.stated",)
    if d.start >= c.end and d is announced_day(text, c, x.dates, x.e):
        rules += ("period.announced_day",)   # linking.announced_day
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
    if period[0] and r.f.published and not own and (
            _SINCE_GAP.search(x.gap) and not _one_after_a_step(x) or since and not since.start() < c.start < d.start):
        period = (period[0], r.f.published)   # "nine people since the attack on 13 June": 13 June to today
        rules += ("period.since_anchor",)
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
            and not _YEAR_IN.search(d.text) and not ctx[0] <= period[0] <= ctx[1]:
        # "Saudi Arabia executed 196 people in 2022, including 81 men on a single day in March": a
        # month written without its year, in a part of a year's figure, is that year's month
        moved = (_replace_year(period[0], ctx[0].year), _replace_year(period[1], ctx[0].year))
        if None not in moved:
            period = moved
            rules += ("period.year_of_context",)
    if period[0] is None and period[1] is not None:
        # "Since 21 March, 306 people have been executed, according to a count up to 11 September":
        # the end the count is told to, the start the sentence's span gives
        starts = [r.resolve(y) for y in x.dates if y is not d and y.end <= d.start]
        start = next((p[0] for p in reversed(starts) if p[0] and p[0] <= period[1]), None)
        if start is not None:
            period = (start, period[1])
            rules += ("period.start_of_sentence",)
    return Period(period, rules, compared=compared)


def _dates_another_figure(x: Candidate, d, compared: bool) -> bool:
    """Whether date `d` belongs to another figure of the sentence than the count: a figure given for
    comparison stands between them ("Iraq at least 63, close to four times the 16 it recorded in
    2023"), or, a compared date or one inside a range or comparison, it is in an earlier clause joined
    by ", and" / ", while" ("from 11 in 2021 to 18, and Egypt carried out 24"). Such a count takes its period from the rules after
    `stated` (no period is chosen here)."""
    c, text = x.c, x.text
    if d.start >= c.end:
        return any(o is not c and o.noun == "comparison" and c.end <= o.start < d.start for o in x.counts)
    # "... to at least 345 from 172 in 2023, while Iraq carried out 63": the year of a range's end
    inside_other = any(o is not c and o.noun in ("range", "comparison") and o.start <= d.start and d.end <= o.end
                       for o in x.counts) or bool(_NUMBER_IN.search(text, max(0, d.start - 20), d.start))
    return (compared or inside_other) and bool(_CLAUSE_JOIN.search(text, d.end, c.start))


_NUMBER_IN = re.compile(r"\b\d[\d,]*\s+(?:in|during)\s+$", re.IGNORECASE)   # "172 in 2023": a year of that number
_CLAUSE_JOIN = re.compile(rf"[,;]\s+(?:{_W['clause_joins']})\s", re.IGNORECASE)


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


def statistic_span(x: Candidate) -> Period | None:
    """"The kingdom alone put 345 people to death" after "In 2024, ...": executions, a total, or
    50 people or more with no place are the report's statistic, over its span."""
    c, r = x.c, x.report
    if not ((c.noun in ("execution", "total") or c.value >= 50 and not r.site(c, x.t, x.s, x.e))
            and r.statistic_span(x.s) is not None):
        return None
    return Period(r.statistic_span(x.s), ("period.statistic_span",))


def _reviewed_span(x: Candidate) -> tuple | None:
    """The report's statistic span when the report reviews a closed span: it ended before the
    report was published, at most _REVIEW_LAG_DAYS before. A figure "so far this year" runs to
    the day of publication: such a report is news, and its groups are the news of the day."""
    span, published = x.report.statistic_span(x.s), x.report.f.published
    if span is None or not span[1] or published is None \
            or not published - timedelta(days=_REVIEW_LAG_DAYS) <= span[1] < published:
        return None
    return span


def statistic_group(x: Candidate) -> Period | None:
    """"One child offender, X, was executed", "Two Kurdish prisoners were hanged, one of them in
    Urmia" in a review of a closed span (the report's statistic ends before it was published):
    a group named by what its people share is how such a review splits its figure, over the
    span, whatever "one" or a place says. A review: the report gives a figure over that span, and
    the span ended at most _REVIEW_LAG_DAYS before publication. Before statistic_context, which reads "one" and a
    place as an incident; never where a day is named earlier in the paragraph."""
    c, r, s, t = x.c, x.report, x.s, x.t
    span = _reviewed_span(x)
    if c.noun == "name" or x.d is not None or span is None or r.day_in_paragraph(s):
        return None
    if not any(d.kind == "aggregate" and not d.compared and tuple(d.period) == tuple(span) for d in r.drafts):
        return None   # the span of a sentence or an offence ("sentenced in 2010"), no figure of the report's
    end = t.start if t is not None and t.start > c.start else c.end + 40
    if not search(_STATISTIC_GROUP, x.text, c.start, min(end, c.end + 60)):
        return None
    return Period(span, ("period.statistic_group",))


def statistic_context(x: Candidate) -> Period | None:
    """"Forty prisoners were hanged in public" in a report about a year: a part of that year's
    figure, not an incident on the day of publication. After the plain statistic: any group,
    not "a man", with no day earlier in its paragraph and no place."""
    c, r, s = x.c, x.report, x.s
    # in a review of the world, "... was published on Tuesday" dates the news, not the figures after it
    news_only = r.world_report and r.only_news_days(s)
    if not (c.noun != "name" and not re.match(r"(?:an?|one)\b", x.text[c.start:c.end], re.IGNORECASE)
            and (not r.day_in_paragraph(s) or news_only) and not r.site(c, x.t, s, x.e)
            and r.statistic_span(s) is not None):
        return None
    return Period(r.statistic_span(s), ("period.statistic_context",) + (("period.news_day_apart",) if news_only else ()))


def statistic_named(x: Candidate) -> Period | None:
    """"X, Y and Z were among those hanged" in a report about a half-year: named people of that
    statistic, executed some time in its span (still one incident: the kind rules make it an event)."""
    c, r, s = x.c, x.report, x.s
    if not (c.noun == "name" and x.part and not r.day_in_paragraph(s) and not x.dates
            and r.statistic_span(s) is not None):
        return None
    return Period(r.statistic_span(s), ("period.statistic_named",))


def named_after_statistic(x: Candidate) -> Period | None:
    """"At least eight women were executed in May. A, B and C were hanged for drug offences": people
    named with no day of their own, right after a statistic (the claim of this sentence or the one
    before is an aggregate over a month or more) and with no day in their paragraph, are among that
    statistic's executed. After statistic_named, which takes those the text calls a part."""
    c, r, i = x.c, x.report, x.i
    if c.noun != "name" or x.dates or r.day_in_paragraph(x.s):
        return None
    last = next((d for d in reversed(r.drafts) if not d.compared), None)
    if last is None or last.sentence < i - 1 or last.event != x.event or not is_statistic(last) \
            or r.paragraph(r.f.sentences[last.sentence][0]) != r.paragraph(x.s):
        return None
    return Period(last.period, ("period.after_statistic",))


def compared_subject(x: Candidate) -> Reject | None:
    """"The year's 18 executions were five more than in 2020, when 13 were hanged" with no span of
    its own: the year belongs to the figure compared with (linking.opens_clause_of), and the
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
    people as an execution told before, pointed back at ("the three", "these four", "all four"), is
    the lead-up to that execution, background (SCHEMA.md: optional), dated or not; never a new
    sentence or imminent execution. Before `stated`: its date is the lead-up's own."""
    if x.event not in ("sentenced", "imminent") or x.part \
            or not (search(_DEFINITE, x.text, max(0, x.c.start - 8), x.c.start)
                    or search(_GROUP_BEFORE, x.text, max(0, x.c.start - 5), x.c.start)
                    or _DEFINITE_HEAD.match(x.text, x.c.start, x.c.end)):
        return None   # "a court has sentenced three men": other people, told as news
    if any(d.event == "executed" and d.count == x.c.value and d.sentence < x.i and not d.compared
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


def day_of_group(x: Candidate) -> Period | None:
    """"Three men were hanged on Sunday in separate prisons.\n\nA was hanged in Isfahan. B was
    executed in Mashhad.": people named one by one in the paragraph after a group told with its day
    are its people, executed that day (weak, as inherited); so are its parts counted by who they
    were ("Saudi Arabia executed eight people on Saturday.\n\nFour Somalis and three Ethiopians were
    put to death in Najran. A Saudi man was executed for killing his mother"), adding up to no more
    than the group. Before `inherited`: the paragraph names no day of its own."""
    r, c = x.report, x.c
    if c.noun not in ("name", "person") or r.day_in_paragraph(x.s):
        return None
    p = r.paragraph(x.s)
    group = next((d for d in reversed(r.drafts) if not d.weak), None)
    if group is None or group.kind != "event" or group.part or group.event != x.event or group.count < 2 \
            or group.period[0] != group.period[1] or r.paragraph(group.span[0]) != p - 1:
        return None
    named = [d for d in r.drafts if d.span[0] > group.span[1]]
    if any(d.weak is False or r.paragraph(d.span[0]) != p for d in named) \
            or sum(d.count for d in named) + c.value > group.count:
        return None
    return Period(group.period, ("period.day_of_group",), weak=True)


def member_of_statistic(x: Candidate) -> Period | None:
    """"At least 420 people were executed in the first half of the year ... One child offender, A,
    was executed for a murder committed at 16": in a report whose lead is a statistic over a month or
    more, of a span closed before publication (_reviewed_span), an execution told with no day of its own, none in its paragraph and no day named anywhere
    before it, right after another figure of that statistic in its paragraph, is one of its people, executed some time
    in its span, never an incident on the day of publication. Even one person ("a woman", "one child
    offender"), which statistic_context leaves alone. Before `inherited`, which would date it so."""
    r, s = x.report, x.s
    if x.event != "executed" or x.dates or r.day_in_paragraph(s) or r.day_dates:
        return None
    lead = next((d for d in r.drafts if not d.compared), None)
    last = next((d for d in reversed(r.drafts) if not d.compared), None)
    if lead is None or not is_statistic(lead) or last is None or last.kind != "aggregate" or last.sentence < x.i - 3 \
            or r.paragraph(r.f.sentences[last.sentence][0]) != r.paragraph(s):
        return None   # a paragraph of its own after the statistic may be the report's news of the day
    span = _reviewed_span(x)
    return Period(span, ("period.statistic_context",)) if span is not None else None


def inherited(x: Candidate) -> Period:
    """"Two more were hanged." : the last day named earlier in the paragraph, else the report's
    date, weak (refine_weak may still move it). Last: it always applies."""
    return Period(x.report.inherited(x.s), ("period.inherited",), weak=True)


PERIOD_RULES = (
    split_of_incident,
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
    communicated_day,
    apart_from_news,
    undated_behind_news,
    stated,
    ruler_span,
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
    day_of_group,
    member_of_statistic,
    inherited,
)
