"""Weekly and year-to-date execution totals, computed from claims and never stored by hand.

The rules (DESIGN.md "Claims and weekly totals"):

1. Only `executed` claims count. Event claims are clustered into incidents
   (alerts/incidents.py) and each incident counts once, in the week of its earliest day.
   An "event" claim whose period is longer than an incident's (extract.notions) is a figure
   over a span whatever its label, and is treated as an aggregate (rules 2 and 3), so a
   monthly breakdown can never land in one week as an incident.
   `reported` is the sum over the week's incidents; `confirmed` the sum over those confirmed
   (two independent sources, an official source, or a reviewer: Incident.confirmation).
2. An aggregate claim whose period lies within one week, or lasts five to nine days ("64 in
   the past week"), is a lower bound for one week: the week holding the middle day of its
   period (for seven days, the fourth). The week's total is the larger of the incident sum
   and the largest such bound.
3. An aggregate over a longer span inside one calendar year ("at least 1,000 this year",
   "975 in 2024") is a lower bound for that year. Spans over several years are not used.
4. A year's figure (to date, or whole) is the larger of the sum of its weekly totals and its
   largest year bound. Weeks count toward the year in their label (alerts/weeks.py).

Qualifiers: `exact`, `at_least`, `more_than` and `about` figures are taken at their count;
an `at_most` figure is not a lower bound and is not used as one. Claims with no date at all
(no period and no publication day) cannot be placed in a week and are left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterable

from alerts.incidents import Incident, cluster, is_correction
from alerts.records import ClaimRecord
from alerts.weeks import WeekScheme
from extract.notions import is_day, is_incident_span

ALL_CHARGES = "(all charges)"  # the --by-offence row that is the week's total, bounds naming no charge included
WEEK_SPAN_DAYS = range(5, 10)  # "the past week" resolved loosely still counts as one week


@dataclass(frozen=True)
class Bound:
    """An aggregate claim used as a lower bound for one week or one year."""

    claim: ClaimRecord
    scope: str  # week | year
    key: object  # week_start (date) or year (int)

    @property
    def value(self) -> int:
        return self.claim.count


@dataclass(frozen=True)
class OffenceFigure:
    """A week's executions for some offences (Totals.offence_figure): the figure, the incidents
    counted, the bound that set it (None when the incidents did), the offences of those claims
    among the ones asked for, in the order asked, and the largest bound for those offences whether
    or not it set the figure (what `vigil totals --by-offence` shows beside it)."""

    value: int
    incidents: list[Incident]
    bound: Bound | None
    offences: tuple[str, ...]
    largest_bound: Bound | None = None


@dataclass(frozen=True)
class WeeklyTotal:
    week_start: date
    week: str
    country: str
    total: int
    incidents: int
    bound: int | None
    sources: int
    reported: int
    confirmed: int

    @property
    def incident_sum(self) -> int:
        return self.reported

    def to_dict(self) -> dict:
        """The fixed `vigil totals --format json` shape (DESIGN.md)."""
        return {
            "week_start": self.week_start.isoformat(),
            "week": self.week,
            "country": self.country,
            "total": self.total,
            "incidents": self.incidents,
            "bound": self.bound,
            "sources": self.sources,
            "reported": self.reported,
            "confirmed": self.confirmed,
        }


@dataclass(frozen=True)
class YearFigure:
    year: int
    country: str
    total: int
    weeks_sum: int
    bound: int | None
    bound_claim: ClaimRecord | None


def _as_event_if_correction(claim: ClaimRecord) -> ClaimRecord:
    """A corrected count of one day's executions ("the number executed in Shiraz on Tuesday has
    risen to five") is about that incident, whatever its label: it replaces the incident's count."""
    if claim.kind == "aggregate" and is_day(claim.period_start, claim.period_end) and is_correction(claim):
        return replace(claim, kind="event")
    return claim


def _as_aggregate_if_spread(claim: ClaimRecord) -> ClaimRecord:
    """Rule 1's guard: an event over more than an incident's span is counted as an aggregate."""
    if claim.kind != "event" or claim.period_start is None or claim.period_end is None:
        return claim
    if not is_incident_span(*sorted((claim.period_start, claim.period_end))):
        return replace(claim, kind="aggregate")
    return claim


def place_aggregate(claim: ClaimRecord, scheme: WeekScheme) -> tuple[str | None, object, str]:
    """Where an aggregate claim counts: ("week", week_start) / ("year", year) / (None, None, why not)."""
    if claim.qualifier == "at_most":
        return None, None, "an 'at most' figure is not a lower bound"
    start, end = claim.period_start, claim.period_end
    if start is None or end is None:
        return None, None, "no period"
    if end < start:
        start, end = end, start
    days = (end - start).days + 1
    if scheme.start_of(start) == scheme.start_of(end) or days in WEEK_SPAN_DAYS:
        middle = start + timedelta(days=(days - 1) // 2)
        return "week", scheme.start_of(middle), ""
    if start.year == end.year:
        return "year", end.year, ""
    return None, None, "its period spans several years"


def own_week(claim: ClaimRecord, scheme: WeekScheme) -> date | None:
    """The week a claim would count in by itself (rules 1 and 2): an aggregate's week bound, else
    the week of its day; None for a year figure or a claim with no date. `Totals.week_of` is the
    week it does count in (an incident's reports count in the week of the incident's earliest day)."""
    claim = _as_aggregate_if_spread(_as_event_if_correction(claim))
    if claim.kind == "aggregate":
        scope, key, _ = place_aggregate(claim, scheme)
        return key if scope == "week" else None
    return scheme.start_of(claim.date) if claim.date else None


def weeks_spanned(claim: ClaimRecord, scheme: WeekScheme) -> list[date]:
    """The first days of the weeks a claim's period touches, oldest first ([] without a period)."""
    start, end = claim.period_start, claim.period_end
    if start is None or end is None:
        return []
    start, end = sorted((start, end))
    first, last = scheme.start_of(start), scheme.start_of(end)
    return [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]


class Totals:
    """Everything computed from one set of claims; cheap to query many times (rules, digest)."""

    def __init__(self, records: Iterable[ClaimRecord], scheme: WeekScheme):
        self.scheme = scheme
        executed = [_as_aggregate_if_spread(_as_event_if_correction(r)) for r in records if r.event == "executed"]
        self.incidents: list[Incident] = cluster(executed)
        self.unplaced: list[tuple[ClaimRecord, str]] = []
        self._incidents: dict[tuple[date, str], list[Incident]] = defaultdict(list)
        self._week_bounds: dict[tuple[date, str], list[Bound]] = defaultdict(list)
        self._year_bounds: dict[tuple[int, str], list[Bound]] = defaultdict(list)
        self._week_of: dict[int, date] = {}  # claim id -> the week whose figure it is behind
        for incident in self.incidents:
            self._incidents[(scheme.start_of(incident.day), incident.country)].append(incident)
            for member in incident.members:
                self._week_of[member.id] = scheme.start_of(incident.day)
        for claim in executed:
            if claim.kind == "event":
                if claim.date is None:
                    self.unplaced.append((claim, "no date and no publication day"))
                continue
            scope, key, why = place_aggregate(claim, scheme)
            if scope == "week":
                self._week_bounds[(key, claim.country)].append(Bound(claim, scope, key))
                self._week_of[claim.id] = key
            elif scope == "year":
                self._year_bounds[(key, claim.country)].append(Bound(claim, scope, key))
            else:
                self.unplaced.append((claim, why))

    # --- weeks -------------------------------------------------------------------

    def week_of(self, claim: ClaimRecord) -> date | None:
        """The week a claim counts in: the one definition `vigil claims`, `vigil show`, the week
        pages and a claim's page all use. For a claim these totals count, the week whose figure it
        is behind; for any other (rejected, not an execution), the week it would count in alone."""
        week = self._week_of.get(claim.id)
        return week if week is not None else own_week(claim, self.scheme)

    def countries(self) -> list[str]:
        keys = set(self._incidents) | set(self._week_bounds) | set(self._year_bounds)
        return sorted({country for _, country in keys})

    def latest_week(self) -> date | None:
        """The start of the last week any incident or weekly bound falls in; None with none."""
        return max((ws for ws, _ in set(self._incidents) | set(self._week_bounds)), default=None)

    def incidents_in(self, week_start: date, country: str) -> list[Incident]:
        return list(self._incidents.get((week_start, country), ()))

    def bounds_in(self, week_start: date, country: str) -> list[Bound]:
        """The week's bounds, largest first (ties: lowest claim id first)."""
        return sorted(self._week_bounds.get((week_start, country), ()), key=lambda b: (-b.value, b.claim.id))

    def week(self, week_start: date, country: str) -> WeeklyTotal:
        incidents = self.incidents_in(week_start, country)
        bounds = self.bounds_in(week_start, country)
        incident_sum = sum(i.count for i in incidents)
        bound = bounds[0].value if bounds else None
        sources = {s for i in incidents for s in i.sources} | {b.claim.source for b in bounds}
        return WeeklyTotal(
            week_start=week_start,
            week=self.scheme.label(week_start),
            country=country,
            total=max(incident_sum, bound or 0),
            incidents=len(incidents),
            bound=bound,
            sources=len(sources),
            reported=incident_sum,
            confirmed=sum(i.count for i in incidents if i.confirmed),
        )

    def weeks(self, last_week: date, count: int, country: str | None = None) -> list[WeeklyTotal]:
        """`count` weeks ending with `last_week`, for each country with any data in them (zeros kept)."""
        starts = [last_week - timedelta(weeks=n) for n in range(count - 1, -1, -1)]
        first = starts[0]
        keys = set(self._incidents) | set(self._week_bounds)
        countries = sorted({c for ws, c in keys if first <= ws <= last_week and (country is None or c == country)})
        return [self.week(ws, c) for ws in starts for c in countries]

    def all_weeks(self) -> list[WeeklyTotal]:
        """Every week and country that has any data, oldest first: what a re-run compares."""
        keys = set(self._incidents) | set(self._week_bounds)
        return [self.week(week_start, country) for week_start, country in sorted(keys)]

    def series(self, country: str, last_week: date, count: int = 12) -> list[tuple[str, int]]:
        """(label, total) for the `count` weeks ending with `last_week`: what the charts draw."""
        starts = [last_week - timedelta(weeks=n) for n in range(count - 1, -1, -1)]
        return [(self.scheme.label(ws), self.week(ws, country).total) for ws in starts]

    def offence_total(self, week_start: date, country: str, offences: Iterable[str]) -> tuple[int, list[Incident]]:
        """Executions in a week for any of `offences`, and the incidents behind the figure.

        An aggregate counts as a bound only if all its offences are among `offences` ("30 for
        drug offences" bounds drug executions; "30 for drug or murder" does not bound drug alone).
        """
        figure = self.offence_figure(week_start, country, offences)
        return figure.value, figure.incidents

    def offence_figure(self, week_start: date, country: str, offences: Iterable[str]) -> "OffenceFigure":
        """offence_total's figure with the claims that made it and their offences: those of the
        incidents, or of the bound when the bound is larger (an alert for "political, espionage"
        names only "political" when only political executions were reported)."""
        wanted = tuple(dict.fromkeys(offences))
        incidents = [i for i in self.incidents_in(week_start, country) if i.offences & frozenset(wanted)]
        summed = sum(i.count for i in incidents)
        bound = self._offence_bound_claim(week_start, country, frozenset(wanted))
        if bound is not None and bound.value > summed:
            return OffenceFigure(bound.value, incidents, bound,
                                 tuple(o for o in wanted if o in bound.claim.offences), bound)
        found = {o for i in incidents for o in i.offences}
        return OffenceFigure(summed, incidents, None, tuple(o for o in wanted if o in found), bound)

    def _offence_bound_claim(self, week_start: date, country: str, wanted: frozenset[str]) -> Bound | None:
        """The largest one-week bound whose offences all are among `wanted` (the earliest claim of
        equal ones); None if there is none."""
        bounds = [b for b in self._week_bounds.get((week_start, country), ())
                  if b.claim.offences and set(b.claim.offences) <= wanted]
        return max(bounds, key=lambda b: (b.value, -b.claim.id), default=None)

    def offence_weeks(self, last_week: date, count: int, country: str | None = None) -> list[dict]:
        """Per-offence weekly rows (`vigil totals --by-offence`): incidents and bounds by charge.

        An incident counts under each of its charges, so one week's rows overlap; every row
        says so (`counted_under_each_charge`), as the command's header does. A bound for several
        charges ("30 for drug or murder") bounds none of them alone: it has a row of its own
        (`drug or murder`). Each week ends with an `ALL_CHARGES` row, the week's total as
        `weeks` gives it, where a bound that names no charge ("64 in the past week") counts.
        `bound` is the largest bound for the row's charges, used or not (None: none), as the
        week's own bound is on the `ALL_CHARGES` row."""
        rows = []
        for weekly in self.weeks(last_week, count, country):
            ws, code = weekly.week_start, weekly.country
            offences: set[frozenset[str]] = {frozenset([o]) for i in self.incidents_in(ws, code) for o in i.offences}
            offences |= {frozenset([o]) for b in self.bounds_in(ws, code) for o in b.claim.offences}
            offences |= {frozenset(b.claim.offences) for b in self.bounds_in(ws, code) if len(b.claim.offences) > 1}
            for wanted in sorted(offences, key=lambda o: (len(o), sorted(o))):
                figure = self.offence_figure(ws, code, sorted(wanted))
                shared = sum(i.count for i in figure.incidents if i.offences - wanted)
                largest = figure.largest_bound.value if figure.largest_bound else None
                rows.append(self._offence_row(weekly, " or ".join(sorted(wanted)), figure.value,
                                              len(figure.incidents), shared, largest))
            rows.append(self._offence_row(weekly, ALL_CHARGES, weekly.total, weekly.incidents, None, weekly.bound))
        return rows

    @staticmethod
    def _offence_row(weekly: WeeklyTotal, offence: str, total: int, incidents: int, with_other_charges: int | None,
                     bound: int | None) -> dict:
        """`with_other_charges`: how many of the row's incident executions are of incidents charged with
        another offence as well (a report of 8 hanged for drug, murder and rape gives no split), so
        staff do not quote "8 for rape" where the report says some of the 8 were; None on ALL_CHARGES."""
        return {"week_start": weekly.week_start.isoformat(), "week": weekly.week, "country": weekly.country,
                "offence": offence, "total": total, "incidents": incidents,
                "with_other_charges": with_other_charges, "bound": bound, "counted_under_each_charge": True}

    # --- years -------------------------------------------------------------------

    def year(self, year: int, country: str, through: date | None = None) -> YearFigure:
        """Rule 4: the year's figure counting weeks (and year bounds ending) up to `through`."""
        last_week = self.scheme.start_of(through) if through else None
        starts = {ws for ws, c in set(self._incidents) | set(self._week_bounds) if c == country}
        weeks_sum = sum(
            self.week(ws, country).total
            for ws in starts
            if self.scheme.year_of(ws) == year and (last_week is None or ws <= last_week)
        )
        bounds = [
            b for b in self._year_bounds.get((year, country), ()) if through is None or b.claim.period_end <= through
        ]
        best = min(bounds, key=lambda b: (-b.value, b.claim.id)) if bounds else None
        return YearFigure(
            year=year,
            country=country,
            total=max(weeks_sum, best.value if best else 0),
            weeks_sum=weeks_sum,
            bound=best.value if best else None,
            bound_claim=best.claim if best else None,
        )
