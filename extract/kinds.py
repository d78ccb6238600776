"""The kind of a claim (one incident, "event", or a statistic, "aggregate"): ordered tables of rules.

Each rule takes a Candidate (decisions.py) whose period the period rules have chosen and
returns None (does not apply) or a Kind with its `kind.*` id; the first that applies decides.
Then `stretched` may turn an incident too long for one into a statistic, and the
WORLD_FIGURE rules may refuse an aggregate that is no one country's.
"""
from __future__ import annotations

import re

from .breakdowns import too_long_for_an_event
from .decisions import Candidate, Kind, Reject
from .lexicon import lexicon, words
from .linking import inside
from .notions import DAY_MAX_DAYS, is_incident_span
from .rejections import (countries_of_figure, in_many_countries, set_aside, world_figure, world_opener, world_share,
                         world_subject)


def aggregate_noun(x: Candidate) -> Kind | None:
    """"the sixth hanging this month", "bringing the total to 41", "from 90 in 2022 to 130 in 2023":
    the count's own noun says statistic. First: no place or day makes these an incident."""
    if x.c.noun in ("ordinal", "total", "range"):
        return Kind("aggregate", f"kind.aggregate.{x.c.noun}")
    return None


def dated_part(x: Candidate) -> Kind | None:
    """"Among them was A, hanged in Qezel Hesar on 18 January", "including 37 in a single day in
    April", in a month's or a year's figure: a part its sentence dates to a day of its own (or to
    one day of a month it names), inside a statistic over a longer span, is an incident, not a
    breakdown of the statistic (SCHEMA.md: a breakdown has the statistic's period). Before
    of_context; a part dated as its context is ("of the 28 hanged on Wednesday") stays one."""
    ctx = x.context
    if not x.part or ctx is None or ctx.kind != "aggregate" or "period.stated" not in x.period_rules:
        return None
    if x.period == tuple(ctx.period) or not (event_on_one_day(x) or event_on_day(x)):
        return None
    return Kind("event", "kind.event.dated_part")


def of_context(x: Candidate) -> Kind | None:
    """"Of those, two were women": a part, or an undated count beside a figure, is of that figure's
    kind. Before place and day: "two of them in Qom" stays a part of a statistic."""
    if x.context is not None and (x.part or x.d is None):
        return Kind(x.context.kind, "kind.of_context")
    return None


_TALLY = re.compile(rf"\b(?:{words('assembly.yaml')['tally_phrases']})\b", re.IGNORECASE)


def named_of_statistic(x: Candidate) -> Kind | None:
    """"At least eight women were executed in May. A, B and C were hanged for drug offences, and D
    and E for murder": people named with no day of their own right after a statistic
    (period_statistics.named_after_statistic) split it, by charge or by group, as a breakdown does:
    a part of the statistic (SCHEMA.md: a breakdown is a claim with the statistic's period), not an
    incident of their own. Before the place and the names, which would make them one."""
    if "period.after_statistic" in x.period_rules:
        return Kind("aggregate", "kind.aggregate.named_of_statistic")
    return None


def tally_across_country(x: Candidate) -> Kind | None:
    """"Twenty-eight prisoners were executed across the country on Wednesday", "at least 12 hanged in the
    past 24 hours, in prisons in Isfahan, Qom and Shiraz": a group told as spread over the country or
    over a window up to the report is a tally (kind.aggregate.tally), though it names a day or a
    prison. Only in the count's own stretch of its sentence (up to the next count): "A dozen were
    hanged in Ghezel Hesar on Wednesday, part of 19 across Iran" keeps the dozen an incident.
    Before the place and the day."""
    c, r = x.c, x.report
    if c.noun == "name" or c.value < 2 or not is_incident_span(*x.period):
        return None   # (a longer span is a statistic anyway: kind.aggregate.span says so)
    after = [n.start for n in inside(r.f.counts, c.end, x.e)]
    if _TALLY.search(x.text, c.end, min(after) if after else x.e):
        return Kind("aggregate", "kind.aggregate.tally")
    return None


def event_at_place(x: Candidate) -> Kind | None:
    """"Three men were hanged in Shiraz Central Prison": a count at a named place is an incident."""
    return Kind("event", "kind.event.place") if x.place else None


def event_named(x: Candidate) -> Kind | None:
    """"Farid Ahmadi was executed": named people are an incident (checked after the place only so
    the place's id is the one shown)."""
    return Kind("event", "kind.event.named") if x.c.noun == "name" else None


def named_later(draft) -> None:
    """"Another Kurdish woman, Varisheh Moradi, was sentenced to death in November": a group over a
    span its sentence states, too long for an incident (kind.aggregate.span), whose every person a later rule named (set
    off after it, or after the groups joined to it) is one incident, as named people are
    (event_named); `draft` is a report.Draft, changed in place."""
    # (a period the sentence states: a group dated only by the report's statistic, "Two protesters, A
    # and B, were executed" in a year's review, is a part of that statistic)
    if draft.kind == "aggregate" and not draft.part and draft.names and len(draft.names) == draft.count \
            and "kind.aggregate.span" in draft.rules and "period.stated" in draft.rules:
        draft.kind = "event"
        draft.rules = [("kind.event.named" if r == "kind.aggregate.span" else r) for r in draft.rules]


def event_inherited(x: Candidate) -> Kind | None:
    """"Two more were hanged." with an inherited period: an incident of the report, unless it
    counts executions ("40 executions" with no date is a figure, taken by the rules after). Before
    `event_on_day`: an inherited period is a day too, and the id should say the day was not told."""
    if x.weak and x.c.noun != "execution":
        return Kind("event", "kind.event.inherited")
    return None


_MONTH_DAYS = 31


def event_on_one_day(x: Candidate) -> Kind | None:
    """"Last December three men were hanged on the same day", "81 men were executed in a single day
    in March": a group told as put to death together within a month it names is one incident on a
    day of that month (kind.event.one_day; `stretched` leaves it one). After the inherited day."""
    start, end = x.period
    if start is None or end is None or (end - start).days >= _MONTH_DAYS or x.c.noun == "execution":
        return None
    after = [n.start for n in inside(x.report.f.counts, x.c.end, x.e)]
    if lexicon().assembly.single_day.search(x.text, x.c.end, min(after) if after else x.e):
        return Kind("event", "kind.event.one_day")
    return None


def event_on_day(x: Candidate) -> Kind | None:
    """"Five were hanged on Thursday": a count over a day or two is an incident."""
    start, end = x.period
    if start is not None and end is not None and (end - start).days <= DAY_MAX_DAYS:
        return Kind("event", "kind.event.day")
    return None


def aggregate_span(x: Candidate) -> Kind:
    """"110 were executed in the first quarter": a count over a longer span is a statistic. Last:
    it always applies."""
    return Kind("aggregate", "kind.aggregate.span")


KIND_RULES = (
    aggregate_noun,
    dated_part,
    of_context,
    named_of_statistic,
    tally_across_country,
    event_at_place,
    event_named,
    event_inherited,
    event_on_one_day,
    event_on_day,
    aggregate_span,
)


def stretched(x: Candidate, kind: Kind) -> Kind | None:
    """"Six were hanged in Tabriz in April": an incident over a span too long for one is a
    statistic (its place still holds), but a named person stays one incident. After the table,
    since it overrides any event kind (that of the context's too)."""
    if kind.kind == "event" and too_long_for_an_event(x.period) and x.c.noun != "name" \
            and kind.rule not in ("kind.event.one_day", "kind.event.dated_part"):
        return Kind("aggregate", "kind.aggregate.span")
    return None


def _named_right_after(x: Candidate) -> bool:
    """"507 executions in Iran in 2017, more than half of those recorded worldwide": a country named
    right after the count ("in Iran") is the figure's."""
    c = x.c
    return any(_IN_BEFORE.search(x.text, max(0, m.start - 4), m.start)
               for m in inside(x.report.f.countries, c.end, min(x.e, c.end + 30)))


def many_countries(x: Candidate) -> Reject | None:
    """"2,100 executions in 19 countries": no one country's figure, unless a country is named
    before it in the sentence or right after it ("in Iran")."""
    r, c = x.report, x.c
    before, after = inside(r.f.countries, x.s, c.start), _named_right_after(x)
    if world_figure(x.text, c, x.e) and not before and not after:
        return Reject("reject.world_figure")
    if not x.part and not after and world_subject(x.text, x.s, c.start, before):
        return Reject("reject.world_figure")   # "Global executions for drug offences rose to at least 615"
    return None


def incident_in_many_countries(x: Candidate) -> Reject | None:
    """"Amnesty said today ..., with at least 1,032 people put to death in 23 countries": a figure
    over several countries is no incident, though told with a day (the day of the news); unless a
    country is named before it in its sentence or right after it, as for many_countries."""
    if in_many_countries(x.text, x.c, x.e) and not inside(x.report.f.countries, x.s, x.c.start) \
            and not _named_right_after(x):
        return Reject("reject.world_figure")
    return None


def world_review(x: Candidate) -> Reject | None:
    """"The group counted 1,200 executions" in a review of the world (its lead says so), with no
    country of its own: not the report's default country."""
    r, c, s, e = x.report, x.c, x.s, x.e
    if r.world_report and not x.part and not countries_of_figure(x.text, inside(r.f.countries, s, e), s, e) \
            and r.country_at(c.start, s) == r.country:
        return Reject("reject.world_figure")
    return None


def shared_out(x: Candidate) -> Reject | None:
    """"Amnesty recorded 1,518 executions in 2024, with Iran, Iraq and Saudi Arabia responsible for
    the overwhelming majority": a figure whose sentence names countries only as having shares of it
    (rejections.world_share) is the world's, whatever the lead is about; no one country's claim."""
    r = x.report
    named = inside(r.f.countries, x.s, x.e)
    # (a review of the world, or the report's own country among the shares: "345 executions, with
    # Pakistan and Yemen accounting for most of the foreigners" in a Saudi report stays the kingdom's)
    if not x.part and named and any(m.start >= x.c.end for m in named) \
            and all(world_share(x.text, m) for m in named) \
            and (r.world_report or any(m.iso == r.country for m in named)):
        return Reject("reject.world_figure")
    # "Iran, Iraq and Saudi Arabia were together responsible for 1,380 of them": several countries
    # sharing one figure before it is their sum, no one country's ("Iran accounted for 576" stays Iran's)
    before = [m for m in named if m.end <= x.c.start]
    if len({m.iso for m in before}) > 1 and r.f.text[before[-1].end:x.c.start].count(",") < 2 \
            and lexicon().rejections.world_share_joint.fullmatch(r.f.text, before[-1].end, x.c.start):
        return Reject("reject.world_figure.joint_share")
    return None


_IN_BEFORE = re.compile(r"\bin\s+$")


def world_opener_figure(x: Candidate) -> Reject | None:
    """"Worldwide, the group counted at least 483 executions, excluding China": a figure told in a
    sentence that opens on the world, with no country named before it that it could be (an excluded
    one is none), is no country's, whatever kind the period made of it. SCHEMA.md: a claim is one
    country's."""
    if not x.part and world_opener(x.text, x.s, x.c.start, inside(x.report.f.countries, x.s, x.c.start)):
        return Reject("reject.world_figure.opener")
    # "Leaving aside China, ..., Amnesty counted at least 607 executions": the world's figure but that
    # country's, in a review of the world or set against the report's own country ("Outside Florida,
    # 28 people were executed" in a report on the United States is the country's own figure)
    aside = None if x.part else set_aside(x.text, x.s, inside(x.report.f.countries, x.s, x.c.start))
    if aside is not None and (x.report.world_report or aside.iso != x.report.country):
        return Reject("reject.world_figure.set_aside")
    return None


# only for aggregates (after kind and stretched): an incident is someone's wherever it is told
WORLD_FIGURE = (
    world_opener_figure,
    many_countries,
    shared_out,
    world_review,
)
# for an incident: only a figure told over many countries or of the world's sentence is none
WORLD_ANY_KIND = (
    incident_in_many_countries,
    world_opener_figure,
)
