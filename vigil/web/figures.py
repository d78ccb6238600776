"""Totals for the web view: computed per request from claims and reviews, as `vigil totals` does."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cached_property
from datetime import date, timedelta

from flask import current_app, g

from alerts.records import ClaimRecord, local_day
from alerts.totals import Totals, WeeklyTotal
from vigil.alerting import load_records, week_scheme
from vigil.reviews import split_reviews
from vigil.store import alerts as store_alerts
from vigil.store import claims as store_claims
from vigil.store import documents as store_documents

_WEEK_IN_KEY = re.compile(r"(\d{4}-W\d{2})(?::([A-Z]{2}))?")


@dataclass
class Figures:
    records: list[ClaimRecord]  # as extracted
    reviewed: list[ClaimRecord]  # as reviewed: what every figure counts
    totals: Totals
    rejected: list[ClaimRecord]  # rejected by reviewers, as extracted, each with its review

    def record(self, claim_id: int) -> ClaimRecord | None:
        """The claim as it counts (corrected if corrected), or as extracted if rejected."""
        return self._by_id.get(claim_id)

    @cached_property
    def _by_id(self) -> dict[int, ClaimRecord]:
        return {r.id: r for r in self.reviewed + self.rejected}

    @property
    def scheme(self):
        return self.totals.scheme

    @cached_property
    def as_extracted(self) -> Totals:
        """The totals before any review, to show what reviews changed."""
        return Totals(self.records, self.scheme)

    def newest_day(self) -> date | None:
        """The newest publication day (a claim's own period may run to the end of its year)."""
        days = [r.published for r in self.records if r.published is not None]
        return max(days) if days else None

    def as_of(self) -> date:
        """Today, unless the data ends earlier (an archive of past years): then its newest day."""
        today = self.scheme.today()
        newest = self.newest_day()
        return min(today, newest) if newest else today


@dataclass(frozen=True)
class FiguresEnd:
    """Why the year's figures stop short of today: they run to the newest claim's publication day
    (Figures.as_of), and no claim was published after it. Days in the weeks' time zone."""

    through: date  # the newest claim's publication day
    today: date
    reports_since: int  # documents published after `through` (none holds a claim)


def figures_end(fig: Figures, db) -> FiguresEnd | None:
    """How the figures end when the newest claim is older than today; None when they run to today.

    A figure to a past day reads as current unless the page says so: with no report since
    (collection stopped, or the sources fell silent) or with reports that hold no claim."""
    through, today = fig.as_of(), fig.scheme.today()
    if through >= today:
        return None
    tz = fig.scheme.timezone
    later = [day for day in (local_day(p, tz) for p in store_documents.published_from(db, str(through - timedelta(days=1))))
             if day is not None and day > through]
    return FiguresEnd(through, today, len(later))


# What the figures are computed from: any claim or review written since changes one of these
# (a re-extraction inserts claims with new ids; reviews are only ever appended).
def figures() -> Figures:
    """The figures over the store as it is now: computed once per change of claims or reviews and
    kept by the application, so browsing costs no more than one `vigil totals` per change."""
    if "figures" not in g:
        scheme = week_scheme(current_app.config["VIGIL"].weeks)
        fingerprint = (store_claims.figures_stamp(g.db), scheme)
        cache = current_app.extensions.setdefault("vigil_figures", {"lock": threading.Lock()})
        with cache["lock"]:
            if cache.get("fingerprint") != fingerprint:
                records = load_records(g.db, scheme.timezone)
                reviewed, rejected = split_reviews(g.db, records)
                cache["figures"] = Figures(records, reviewed, Totals(reviewed, scheme), rejected)
                cache["fingerprint"] = fingerprint
            g.figures = cache["figures"]
    return g.figures


def alerted_weeks(db) -> dict[str, set[str]]:
    """week label -> countries ('' if the rule named none) of the alerts fired about that week."""
    alerted: dict[str, set[str]] = {}
    for key in store_alerts.alert_keys(db):
        match = _WEEK_IN_KEY.search(key or "")
        if match:
            alerted.setdefault(match.group(1), set()).add(match.group(2) or "")
    return alerted


def behind_alerts(fig: Figures, alerted: dict[str, set[str]]) -> dict[int, str]:
    """claim id -> the alerted week whose figure it is behind (counted, merged or bound), newest week first."""
    from alerts.trace import trace_week

    behind: dict[int, str] = {}
    for label in sorted(alerted, reverse=True):
        try:
            week_start = fig.scheme.parse(label)
        except ValueError:
            continue
        countries = alerted[label] - {""} if "" not in alerted[label] else set(fig.totals.countries())
        for country in sorted(countries):
            for line in trace_week(fig.totals, week_start, country)[1]:
                behind.setdefault(line.claim.id, label)
    return behind


def is_alerted(alerted: dict[str, set[str]], label: str, country: str) -> bool:
    return bool(alerted.get(label, set()) & {country, ""})


def week_row(weekly: WeeklyTotal) -> dict:
    """A week as the tables show it; `reported`/`confirmed` once totals carry them (DESIGN.md)."""
    row = weekly.to_dict()
    row.setdefault("reported", weekly.incident_sum)
    row.setdefault("confirmed", getattr(weekly, "confirmed", None))
    return row


def year_weeks(scheme, year: int, through: date) -> list[date]:
    """The first days of the weeks that count toward `year` (alerts/weeks.py), up to `through`."""
    start = scheme.start_of(date(year, 1, 1))
    if scheme.year_of(start) != year:
        start += timedelta(weeks=1)
    last = scheme.start_of(min(through, date(year, 12, 31)))
    weeks = []
    while start <= last and scheme.year_of(start) == year:
        weeks.append(start)
        start += timedelta(weeks=1)
    return weeks


def same_week_last_year(scheme, week_start: date) -> date | None:
    label = scheme.label(week_start)
    try:
        return scheme.parse(f"{int(label[:4]) - 1}{label[4:]}")
    except ValueError:
        return None  # week 53 had no twin
