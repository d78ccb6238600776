"""Where a week's figure came from: every claim behind it and what was done with it.

Monitoring staff must be able to defend each number. For one week and country this lists
each executed claim placed in that week with its status:

- `counted`: the first report of an incident; the incident's count enters the sum, and
  `confirmation` says why it is confirmed (or is empty: reported only);
- `merged`: another report of an incident already counted (`into` names the counted claim,
  `matched` the claim it was matched with, `why` the facts that matched);
- `bound`: the largest one-week aggregate; `used` says whether it set the week's total;
- `smaller bound`: another one-week aggregate, not above the largest (ties: the lowest claim id is used);
- `rejected`: a claim a reviewer rejected, listed in the week it would count in, counted nowhere.

A line whose period runs over two weeks says so (`spans`), and a reviewed claim carries its
review (who, when, why, and for a correction the values before and after).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from alerts.incidents import cluster
from alerts.records import ClaimRecord
from alerts.totals import Totals, WeeklyTotal, weeks_spanned


@dataclass(frozen=True)
class TraceLine:
    claim: ClaimRecord
    status: str  # counted | merged | bound | smaller bound | listed (`vigil claims --event`: not an execution, never counted)
    incident: int | None = None  # 1-based incident number within the week
    into: int | None = None  # merged: the claim id counted instead; listed: the first report of its incident
    counts: int | None = None  # what this line contributes (incident count or bound value)
    used: bool = False  # bound: it is the week's total
    matched: int | None = None  # merged (or listed after the first): the claim whose facts it matched
    why: str = ""  # merged (or listed after the first): the facts that matched; counted: a correction that set the count
    confirmation: str = ""  # counted: why the incident is confirmed; empty when reported only
    spans: str = ""  # the period runs over several weeks: which, and the one it counts in (span_note)

    def sureness(self) -> str:
        """How sure a counted incident is, in the words `vigil claims` and the web view both use:
        "reported only", "confirmed: independent sources ...", "confirmed by a reviewer ..."."""
        if not self.confirmation:
            return "reported only"
        return self.confirmation if self.confirmation.startswith(("confirmed", "corrected")) \
            else f"confirmed: {self.confirmation}"

    def other_bound_note(self) -> str:
        """What a `smaller bound` line is, in the words `vigil claims` and the web view both use:
        equal to the bound used or below it (of two equal bounds only one sets the total)."""
        return f"another bound of {self.counts}, not above the one used"

    def to_dict(self) -> dict:
        c = self.claim
        return {
            "claim_id": c.id,
            "status": self.status,
            "incident": self.incident,
            "into": self.into,
            "counts": self.counts,
            "used": self.used,
            "matched": self.matched,
            "why": self.why,
            "confirmation": self.confirmation,
            "spans": self.spans,
            "review": c.review.to_dict() if c.review is not None else None,
            "kind": c.kind,
            "count": c.count,
            "qualifier": c.qualifier,
            "period_start": c.period_start.isoformat() if c.period_start else None,
            "period_end": c.period_end.isoformat() if c.period_end else None,
            "names": list(c.names),
            "location": c.location,
            "offences": list(c.offences),
            "source": c.source_id,
            "cites": list(c.relayed),  # the organisations whose facts this report relays
            "url": c.url,
            "title": c.title,
            "published": c.published.isoformat() if c.published else None,
            "evidence": c.evidence,
            "support": [dict(s) for s in c.support],
            "rules": list(c.rules),
        }


def span_note(claim: ClaimRecord, scheme, week: date | None) -> str:
    """'' for a claim within one week; else which weeks its period runs over and the one it
    counts in (`Totals.week_of`), so staff see that a weekly figure includes days of another week."""
    spanned = weeks_spanned(claim, scheme)
    if len(spanned) < 2:
        return ""
    start, end = sorted((claim.period_start, claim.period_end))
    if claim.event != "executed":
        # no total counts a death sentence or an imminent execution: it is only listed somewhere
        where = f"listed in {scheme.label(week)}" if week is not None else "listed in no single week"
    else:
        where = f"counted in {scheme.label(week)} only" if week is not None else "counted in no single week"
        if week is not None and claim.kind == "aggregate":
            where += " (the week holding the middle of its period)"
    weeks = (" and ".join(scheme.label(w) for w in spanned) if len(spanned) <= _WEEKS_NAMED
             else f"{len(spanned)} weeks, {scheme.label(spanned[0])} to {scheme.label(spanned[-1])}")
    return f"period {start}..{end} runs over {weeks}: {where}"


_WEEKS_NAMED = 3   # a longer span is told by its first and last week, not week by week


def listed_week(totals: Totals, claim: ClaimRecord) -> date | None:
    """The week a claim is listed in: an execution in the week it counts in (`Totals.week_of`); a
    death sentence or an imminent execution, which no total counts, in the week of its day."""
    if claim.event == "executed":
        return totals.week_of(claim)
    return totals.scheme.start_of(claim.date) if claim.date else None


def rejected_in(totals: Totals, rejected: list[ClaimRecord], week_start: date, country: str) -> list[TraceLine]:
    """Lines for the rejected claims (as extracted, each with its review) listed in this week and
    country (`listed_week`): so a rejection stays visible where its figure was, and counts nowhere."""
    lines = []
    for claim in sorted(rejected, key=lambda c: c.id):
        week = listed_week(totals, claim)
        if claim.country == country and week == week_start:
            lines.append(TraceLine(claim, "rejected", counts=claim.count, spans=span_note(claim, totals.scheme, week)))
    return lines


def listed_lines(claims: list[ClaimRecord], scheme, week_start: date) -> list[TraceLine]:
    """Lines for the death sentences or imminent executions of one country listed in a week, which no
    total counts: the reports of one incident grouped as the totals group executions (`cluster`),
    its first report `listed` with the incident's number and count, each later one `listed` with
    `into` the first and the facts that matched (so staff see one person at risk reported by three
    sources as one case, not three); a claim over a span (an aggregate) stands alone. In date order."""
    groups: list[tuple[tuple, list[TraceLine]]] = []
    grouped: set[int] = set()
    for number, incident in enumerate(cluster(claims), start=1):
        first = incident.first
        lines = [TraceLine(first, "listed", incident=number, counts=incident.count)]
        for member in incident.members[1:]:
            matched, match = incident.links[member.id]
            lines.append(TraceLine(member, "listed", incident=number, into=first.id, matched=matched, why=str(match)))
        groups.append(((first.date, first.id), lines))
        grouped.update(m.id for m in incident.members)
    groups += [((c.date, c.id), [TraceLine(c, "listed")]) for c in claims if c.id not in grouped]
    return [replace(line, spans=span_note(line.claim, scheme, week_start))
            for _, lines in sorted(groups, key=lambda g: g[0]) for line in lines]


def trace_week(totals: Totals, week_start: date, country: str) -> tuple[WeeklyTotal, list[TraceLine]]:
    """The week's total and one line per claim behind it, incidents first (in date order), then bounds."""
    weekly = totals.week(week_start, country)
    lines = [replace(line, spans=span_note(line.claim, totals.scheme, week_start))
             for line in _lines(totals, weekly, week_start, country)]
    return weekly, lines


def _lines(totals: Totals, weekly: WeeklyTotal, week_start: date, country: str) -> list[TraceLine]:
    lines: list[TraceLine] = []
    for number, incident in enumerate(totals.incidents_in(week_start, country), start=1):
        first = incident.first
        corrected = incident.corrected_by
        why = f"count set by the correction in #{corrected.id}" if corrected is not None else ""
        why = "; ".join(note for note in (why, incident.relays()) if note)  # "ihr cites hengaw"
        lines.append(TraceLine(first, "counted", incident=number, counts=incident.count, why=why,
                               confirmation=incident.confirmation() or ""))
        for member in incident.members[1:]:
            matched, match = incident.links[member.id]
            lines.append(TraceLine(member, "merged", incident=number, into=first.id, matched=matched, why=str(match)))
    for index, bound in enumerate(totals.bounds_in(week_start, country)):
        if index == 0:
            used = bound.value > weekly.reported
            lines.append(TraceLine(bound.claim, "bound", counts=bound.value, used=used))
        else:
            lines.append(TraceLine(bound.claim, "smaller bound", counts=bound.value))
    return lines
