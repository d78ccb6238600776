"""The period rules that read a count as part of the report's statistic (periods.PERIOD_RULES): a
figure over the statistic's span (`statistic_span`, `statistic_context`), the groups and the named
people a review of a closed span splits its figure into (`statistic_group`, `statistic_named`,
`named_after_statistic`, `member_of_statistic`), the people of a tally of a few days
(`member_of_tally`), and an elapsed span told in such a review (`elapsed_in_review`).
"""
from __future__ import annotations

import re
from datetime import timedelta

from .breakdowns import is_statistic
from .casefold import search
from .count_dates import day_of_saying
from .date_arithmetic import in_year
from .date_names import WEEKDAY
from .dates import FOUR_DIGITS, find_dates
from .decisions import Candidate, Period
from .lexicon import words
from .relative_dates import ELAPSED

# a review of a month, a quarter or a year comes out within this many days of the span's end
_REVIEW_LAG_DAYS = 120
_B = words("breakdowns.yaml")
_PERSON_NOUNS = words("vocab.yaml")
_STATISTIC_GROUP = re.compile(
    rf"\b(?:{_B['statistic_groups']}|(?:{_B['statistic_group_adjectives']})\s+"
    rf"(?:{_PERSON_NOUNS['person_nouns_plural']}|{_PERSON_NOUNS['person_nouns_singular']}))\b", re.IGNORECASE)


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


_WEEKDAY = re.compile(WEEKDAY, re.IGNORECASE)


def day_in_review(x: Candidate) -> Period | None:
    """"India hanged four men on March 20" in Amnesty's review of 2020, out in April 2021: a day told
    without its year in a review of a closed year belongs to that year, not to the year of publication
    (which only a date written with the later year, "this year" or "so far" brings into the report).
    Before `stated`, which would read it as this year's March 20."""
    d, r = x.d, x.report
    # (a day told with its weekday, "on Wednesday, January 1", is the news of the week; a day set for an
    # execution to come is after the review)
    if d is None or d.anchored or d.dateline or not d.is_day or FOUR_DIGITS.search(d.text) \
            or not re.search(r"\d", d.text) or _WEEKDAY.search(d.text) or x.event == "imminent" \
            or day_of_saying(x.text, d):
        return None
    span = _reviewed_span(x)
    if span is None or span[0] is None or (span[1] - span[0]).days < 300 or d.period_start <= span[1]:
        return None
    # the report tells of the months after the review too ("so far in 2021"): its days may be theirs;
    # (the day it came out, written in full in a dateline or not, is only the review's own news)
    if any(not o.dateline and o.period_start and o.period_start > span[1] and o is not d and not (
            o.is_day and not FOUR_DIGITS.search(o.text)) and o.period_start != r.f.published for o in r.f.dates):
        return None
    moved = (in_year(d.period_start, span[1].year), in_year(d.period_end, span[1].year))
    if not span[0] <= moved[0] <= moved[1] <= span[1]:
        return None
    return Period(moved, ("period.day_in_review",))


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
    # (past the groups named before it in the same way: "A and B were hanged for drugs, while C and D
    # were executed for murder" both split the statistic)
    last = next((d for d in reversed(r.drafts) if not d.compared and "period.after_statistic" not in d.rules), None)
    if last is None or last.sentence < i - 1 or last.event != x.event or not is_statistic(last) \
            or r.paragraph(r.f.sentences[last.sentence][0]) != r.paragraph(x.s):
        return None
    return Period(last.period, ("period.after_statistic",))


_MEMBER = re.compile(rf"\b(?:{words('assembly.yaml')['member_openers']})\b", re.IGNORECASE)


def _told_as_member(x: Candidate) -> bool:
    """Whether the count's trigger tells its people as among a group ("was among those executed")."""
    return x.t is not None and _MEMBER.search(x.text, x.t.start, x.t.end) is not None


def member_of_statistic(x: Candidate) -> Period | None:
    """"At least 420 people were executed in the first half of the year ... One child offender, A,
    was executed for a murder committed at 16": in a report whose lead is a statistic over a month or
    more, of a span closed before publication (_reviewed_span), an execution told with no day of its own, none in its paragraph and no day named anywhere
    before it, right after another figure of that statistic in its paragraph, is one of its people, executed some time
    in its span, never an incident on the day of publication. Even one person ("a woman", "one child
    offender"), which statistic_context leaves alone. So too in a paragraph of its own when it is told
    as among those executed ("One political prisoner was among those executed: A"), or after a part of
    the statistic that made no claim ("Sixteen of the prisoners had been convicted of drug offences ... A
    woman was hanged in Dastgerd"). A day of saying is no day of an execution. Before `inherited`,
    which would date it so."""
    r, s, text = x.report, x.s, x.text
    # (the day the review was released or said is no day of an execution: "said in a report released on Tuesday")
    if x.event != "executed" or x.dates or r.day_in_paragraph(s) \
            or any(not day_of_saying(text, d) for d in r.day_dates):
        return None
    lead = next((d for d in r.drafts if not d.compared), None)
    last = next((d for d in reversed(r.drafts) if not d.compared), None)
    if lead is None or not is_statistic(lead) or last is None or last.kind != "aggregate" or last.sentence < x.i - 3:
        return None
    p = r.paragraph(s)
    if r.paragraph(r.f.sentences[last.sentence][0]) != p and not _told_as_member(x) \
            and not any(c.partitive for c in r.f.counts if r.paragraph(c.start) == p and c.start < s):
        return None   # a paragraph of its own after the statistic may be the report's news of the day
    span = _reviewed_span(x)
    return Period(span, ("period.statistic_context",)) if span is not None else None


def member_of_tally(x: Candidate) -> Period | None:
    """"At least 27 prisoners were executed in Iran in the past week ... A woman identified as A was
    hanged in Dastgerd prison for the murder of her husband": in a report whose lead is a tally of a few
    days (kind.aggregate.tally) ended by publication, an execution of fewer people told with no day of
    its own and no day named anywhere in the report (days of saying aside) is one of the tally's
    people, executed some time in its window, never on the day of publication. Before `inherited`."""
    r = x.report
    if x.event != "executed" or x.dates or r.f.published is None \
            or any(not day_of_saying(x.text, d) for d in r.day_dates):
        return None
    lead = next((d for d in r.drafts if not d.compared), None)
    if lead is None or lead.event != "executed" or "kind.aggregate.tally" not in lead.rules \
            or not (lead.period[0] and lead.period[1]) or lead.period[0] == lead.period[1] \
            or lead.period[1] > r.f.published or x.c.value >= lead.count:
        return None
    return Period(lead.period, ("period.member_of_tally",))
