"""Alert rules evaluated against totals: what each rule sees, for which keys, and how high.

Each rule yields `Finding`s, one per key it concerns, saying whether the condition holds
(`active`), the value, and the `level` reached (how many `step`s above the threshold). The
decision to notify is not made here but in alerts/state.py, from the finding and the
alert's stored state. Rules reach rules objects by attribute (the `Rule` model of
alerts.yaml) so this module does not depend on vigil/.

Weekly rules look at the current week and the `lookback` weeks before it (alerts.yaml), so a
report that arrives late -- a feed fixed after an outage, a service down for two weeks --
still moves its week's alert; a finding for a week that reports collected after its end
pushed is `late` (the day the latest of them was collected), and its notice says so.

Keys: `2025-W38:IR` for weekly rules, `2025:IR` for year_to_date, and for imminent
`IR:<hash>` of the first report (URL and evidence sentence): claim ids change when the
extractor re-runs, content does not.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Protocol

from alerts.incidents import Incident, cluster
from alerts.records import ClaimRecord
from alerts.totals import Totals, WeeklyTotal

LOOKBACK_WEEKS = 8  # default of alerts.yaml `lookback`: weeks before the current one evaluated each run
IMMINENT_WEEKS = 1  # an imminent execution is news for a week; older reports of one are history


class RuleLike(Protocol):
    id: str
    type: str
    country: str
    threshold: int | None
    step: int | None
    rise_percent: float | None
    min_count: int
    offences: list[str]
    resolve: bool
    channels: list[str]


@dataclass(frozen=True)
class Finding:
    rule_id: str
    rule_type: str
    key: str
    country: str
    value: int
    active: bool
    level: int
    threshold: int  # the value at or above which the rule fires (for rises: the percent)
    week_start: date | None = None
    facts: tuple[tuple[str, str], ...] = ()
    evidence: tuple[ClaimRecord, ...] = ()
    chart_week: date | None = None  # the last week the chart shows
    title_hint: str = ""  # for imminent: who or where
    late: date | None = None  # a past week moved by reports collected after it ended: the latest collection day

    @property
    def detail(self) -> dict:
        return {"threshold": self.threshold, "facts": dict(self.facts)}


def level_of(value: float, threshold: float, step: int | None) -> int:
    """0 at the threshold, n once the value reaches threshold + n * step."""
    if not step or value < threshold:
        return 0
    return int((value - threshold) // step)


def imminent_key(claim: ClaimRecord) -> str:
    digest = hashlib.sha1(f"{claim.url or claim.document_id}\n{claim.evidence}".encode()).hexdigest()[:12]
    return f"{claim.country}:{digest}"


def _week_keys(totals: Totals, rule: RuleLike, current_week: date, firing: set[str],
               lookback: int = LOOKBACK_WEEKS) -> list[date]:
    """The weeks a weekly rule looks at: the current one and `lookback` before it, plus any
    it is still firing for."""
    weeks = {current_week - timedelta(weeks=n) for n in range(lookback + 1)}
    for key in firing:
        label, _, country = key.partition(":")
        if country == rule.country:
            try:
                weeks.add(totals.scheme.parse(label))
            except ValueError:
                continue
    return sorted(weeks)


def late_news(totals: Totals, week_start: date, country: str) -> date | None:
    """The day the latest report behind a past week was collected, when that was after the
    week ended (its publication day when the collection day is unknown); else None."""
    end = week_start + timedelta(days=6)
    claims = [m for i in totals.incidents_in(week_start, country) for m in i.members]
    claims += [b.claim for b in totals.bounds_in(week_start, country)]
    days = [c.collected or c.published for c in claims if c.collected or c.published]
    latest = max(days, default=None)
    return latest if latest is not None and latest > end else None


def _evidence(totals: Totals, week_start: date, country: str, incidents: list[Incident] | None = None) -> tuple:
    incidents = totals.incidents_in(week_start, country) if incidents is None else incidents
    chosen = [i.first for i in sorted(incidents, key=lambda i: (-i.count, i.first.id))[:5]]
    bounds = totals.bounds_in(week_start, country)[:1]
    return tuple([b.claim for b in bounds] + chosen)


def weekly_total(rule: RuleLike, totals: Totals, current_week: date, firing: set[str],
                 lookback: int = LOOKBACK_WEEKS) -> list[Finding]:
    findings = []
    for ws in _week_keys(totals, rule, current_week, firing, lookback):
        week = totals.week(ws, rule.country)
        findings.append(
            Finding(
                rule.id, rule.type, f"{week.week}:{rule.country}", rule.country, week.total,
                week.total >= rule.threshold, level_of(week.total, rule.threshold, rule.step), rule.threshold,
                week_start=ws,
                facts=(("total", str(week.total)), ("reported", str(week.reported)),
                       ("confirmed", str(week.confirmed)), ("incidents", str(week.incidents)),
                       ("bound", "-" if week.bound is None else str(week.bound)), ("sources", str(week.sources))),
                evidence=_evidence(totals, ws, rule.country), chart_week=ws,
                late=late_news(totals, ws, rule.country),
            )
        )
    return findings


# how weekly_rise messages name the two kinds of weekly figure
BY_BOUND = "a source's weekly figure"
BY_INCIDENTS = "incidents reported one by one"


def rise_basis(week: WeeklyTotal, before: WeeklyTotal) -> tuple[int, int, str]:
    """(this week, week before, what both are) for weekly_rise: like compared with like.

    A week's total is either a source's weekly bound ("at least 64 in the past week") or the
    sum of incidents reported one by one, and the two differ in kind: a weekly statement
    covers every execution its source heard of, single reports only those written up. So the
    two weeks are compared bound to bound when a bound sets both totals, and otherwise
    incident sum to incident sum; a rise that only reflects the change of kind (64 from a
    weekly statement against 2 single reports) is no rise."""
    if _set_by_bound(week) and _set_by_bound(before):
        return week.total, before.total, f"each {BY_BOUND}"
    return week.reported, before.reported, f"each the sum of {BY_INCIDENTS}"


def _set_by_bound(week: WeeklyTotal) -> bool:
    return week.bound is not None and week.bound >= week.reported


def weekly_rise(rule: RuleLike, totals: Totals, current_week: date, firing: set[str],
                lookback: int = LOOKBACK_WEEKS) -> list[Finding]:
    """Week over week rise in percent, like compared with like (`rise_basis`); a week before
    with nothing to compare gives no percentage, and a week whose total fell does not fire
    whatever its incident sum did. `min_count` applies to the compared figure."""
    findings = []
    for ws in _week_keys(totals, rule, current_week, firing, lookback):
        week = totals.week(ws, rule.country)
        before = totals.week(ws - timedelta(weeks=1), rule.country)
        now, then, basis = rise_basis(week, before)
        percent = int((now - then) * 100 // then) if then else 0
        active = (then > 0 and now >= rule.min_count and percent >= rule.rise_percent
                  and week.total >= before.total)
        findings.append(
            Finding(
                rule.id, rule.type, f"{week.week}:{rule.country}", rule.country, percent, active,
                level_of(percent, rule.rise_percent, rule.step), int(rule.rise_percent), week_start=ws,
                facts=(("compared", f"{now} vs {then}, {basis}"),
                       ("total", f"{week.total}{_kind(week)}"), ("confirmed", str(week.confirmed)),
                       ("week before", f"{before.total}{_kind(before)}"), ("rise", f"{percent}%")),
                evidence=_evidence(totals, ws, rule.country), chart_week=ws,
                late=late_news(totals, ws, rule.country),
            )
        )
    return findings


def _kind(week: WeeklyTotal) -> str:
    """What a week's total is, for a weekly_rise fact: `64 (a source's weekly figure)`."""
    if not week.total:
        return ""
    return f" ({BY_BOUND})" if _set_by_bound(week) else f" ({BY_INCIDENTS})"


def offence(rule: RuleLike, totals: Totals, current_week: date, firing: set[str],
            lookback: int = LOOKBACK_WEEKS) -> list[Finding]:
    threshold = rule.threshold or 1
    findings = []
    for ws in _week_keys(totals, rule, current_week, firing, lookback):
        figure = totals.offence_figure(ws, rule.country, rule.offences)
        value, incidents = figure.value, figure.incidents
        # `offences`: those of the claims that made the figure, not all the rule watches for
        findings.append(
            Finding(
                rule.id, rule.type, f"{totals.scheme.label(ws)}:{rule.country}", rule.country, value,
                value >= threshold, level_of(value, threshold, rule.step), threshold, week_start=ws,
                facts=(("executions", str(value)), ("offences", ", ".join(figure.offences) or "none"),
                       ("watched offences", ", ".join(rule.offences)), ("incidents", str(len(incidents)))),
                evidence=((figure.bound.claim,) if figure.bound else ()) + tuple(i.first for i in incidents[:8]),
                chart_week=ws, late=late_news(totals, ws, rule.country),
            )
        )
    return findings


def year_to_date(rule: RuleLike, totals: Totals, current_week: date, firing: set[str], today: date) -> list[Finding]:
    """This year's figure so far against last year's whole figure; fires once it is passed."""
    years = {today.year} | {int(k.partition(":")[0]) for k in firing if k.endswith(f":{rule.country}")}
    findings = []
    for year in sorted(years):
        now = totals.year(year, rule.country, through=today if year == today.year else None)
        last = totals.year(year - 1, rule.country)
        active = last.total > 0 and now.total > last.total
        findings.append(
            Finding(
                rule.id, rule.type, f"{year}:{rule.country}", rule.country, now.total, active,
                level_of(now.total, last.total + 1, rule.step), last.total + 1,
                facts=((f"{year} so far", str(now.total)), (f"{year - 1}", str(last.total))),
                evidence=tuple(c for c in (now.bound_claim, last.bound_claim) if c), chart_week=current_week,
            )
        )
    return findings


def imminent(rule: RuleLike, records: Iterable[ClaimRecord], current_week: date, known: set[str]) -> list[Finding]:
    """One finding per recent imminent incident (reports clustered as for executions).

    An incident keeps the key of whichever report was alerted on first, so a later report of
    the same transfer or scheduled date adds no second alert. Its reports are listed in the
    order of first_reported, and the notice's title names the first (who, and its headline).
    """
    since = current_week - timedelta(weeks=IMMINENT_WEEKS)
    recent = [r for r in records if r.event == "imminent" and r.country == rule.country and r.date and r.date >= since]
    findings = []
    for incident in cluster(recent):
        ordered = Incident(sorted(incident.members, key=first_reported))  # names and place as first reported
        keys = [imminent_key(m) for m in ordered.members]
        key = next((k for k in keys if k in known), keys[0])
        who = ", ".join(ordered.names) or ordered.location or f"{incident.count} people"
        findings.append(
            Finding(
                rule.id, rule.type, key, rule.country, incident.count, True, 0, 1,
                facts=(("who", who), ("date", incident.day.isoformat()), ("reports", str(len(incident.members)))),
                evidence=tuple(ordered.members[:5]), title_hint=who,
            )
        )
    return findings


def first_reported(claim: ClaimRecord) -> tuple:
    """The order an incident's reports are told in: by publication time, a report that gives only
    its day after those of that day with a time (its time is unknown), then by source id, URL and
    place in the page. Content, not claim ids: ids follow the order a concurrent collection
    stored the pages in, so two runs over the same reports would name different ones."""
    moment = claim.published_at.timestamp() if claim.published_at else float("inf")
    return (claim.published or date.max, moment, claim.source_id or "", claim.url or "", claim.start_char or 0,
            claim.evidence, claim.id)


def evaluate(rules: Iterable[RuleLike], totals: Totals, records: list[ClaimRecord], today: date,
             known: dict[str, dict[str, str]], lookback: int = LOOKBACK_WEEKS) -> list[Finding]:
    """All findings of all rules; `known` maps rule id -> {key: state} of stored alerts."""
    current_week = totals.scheme.start_of(today)
    findings: list[Finding] = []
    for rule in rules:
        states = known.get(rule.id, {})
        firing = {k for k, state in states.items() if state == "firing"}
        if rule.type == "weekly_total":
            findings += weekly_total(rule, totals, current_week, firing, lookback)
        elif rule.type == "weekly_rise":
            findings += weekly_rise(rule, totals, current_week, firing, lookback)
        elif rule.type == "offence":
            findings += offence(rule, totals, current_week, firing, lookback)
        elif rule.type == "year_to_date":
            findings += year_to_date(rule, totals, current_week, firing, today)
        elif rule.type == "imminent":
            findings += imminent(rule, records, current_week, set(states))
        else:
            raise ValueError(f"unknown rule type {rule.type!r}")
    return findings
