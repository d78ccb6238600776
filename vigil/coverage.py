"""Was anything collected in a week? A week with no execution reads the same whether the sources
were quiet or collection had stopped; the digest and `vigil totals` tell the two apart with this.

Judged from the store's history (so a replayed digest sees the week as it was): per enabled
source, the reports read that week and its own page fetches (feed, listing). A source is
- failing: every one of its own fetches that week failed (since its last good fetch);
- not fetched: it had been collected before the week yet was not fetched in it (the service stopped);
- stale: fetched, but no new report for longer than its `expected_update_period` at the week's end
  (the same test as `vigil status`, vigil/health.py).
A source first collected after the week says nothing about it (a store filled later, the demo).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from alerts.wording import counted
from extract.notions import parse_timestamp
from vigil.config import parse_duration
from vigil.config.sources import Source
from vigil.store import sources as store_sources

DEFAULT_PERIOD = Source.model_fields["expected_update_period"].default


@dataclass(frozen=True)
class SourceWeek:
    source_id: str
    read: int  # reports (documents) collected that week
    problem: str = ""  # "failing since 2026-11-20 (...)", "not fetched that week", "stale: ..."; "" when working
    state: str = ""  # failing | not fetched | stale | not yet (first collected after the week); "" when working


@dataclass(frozen=True)
class Coverage:
    """Collection in one week: one SourceWeek per enabled source known to the store."""

    week_start: date
    sources: tuple[SourceWeek, ...] = field(default=())

    @property
    def read(self) -> int:
        return sum(s.read for s in self.sources)

    @property
    def troubled(self) -> tuple[SourceWeek, ...]:
        return tuple(s for s in self.sources if s.problem)

    @property
    def before_collection(self) -> bool:
        """The week lies before the store's first fetch: it was not monitored at all."""
        return bool(self.sources) and all(s.state == "not yet" for s in self.sources)

    @property
    def stopped(self) -> bool:
        """Nothing was collected: every source had a problem and no report was read."""
        return bool(self.sources) and len(self.troubled) == len(self.sources) and not self.read

    def lines(self) -> list[str]:
        """`ihr: failing since 2026-11-20 (...); 0 reports read` per troubled source, then the reads."""
        out = [f"{s.source_id}: {s.problem}; {counted(s.read, 'report')} read" for s in self.troubled]
        if self.sources:
            out.append(f"Reports read that week: {self.read} ("
                       + ", ".join(f"{s.source_id} {s.read}" for s in self.sources) + ")")
        return out


def _utc(day: date, zone: str) -> str:
    return datetime.combine(day, time(), ZoneInfo(zone)).astimezone(timezone.utc).isoformat(timespec="seconds")


def week_coverage(db, week_start: date, zone: str = "UTC", sources: list[Source] | None = None) -> Coverage:
    """Collection in the week starting `week_start` (a day in the alerts time zone `zone`);
    `sources` (the configured ones) give each its `expected_update_period` and say which are enabled."""
    start, end = _utc(week_start, zone), _utc(week_start + timedelta(days=7), zone)
    periods = {s.id: s.expected_update_period for s in sources} if sources is not None else None
    week_end = datetime.fromisoformat(end)
    out, later = [], []
    for source_id, a in store_sources.activity(db, start, end).items():
        if periods is not None and source_id not in periods:
            continue  # no longer configured, or disabled
        if a["first_fetch"] is None or a["first_fetch"] >= end:
            if a["read"]:  # reports dated in the week, collected later (a backfill, the demo)
                out.append(SourceWeek(source_id, a["read"]))
            elif a["first_fetch"] is not None:
                later.append(SourceWeek(source_id, 0, f"not collected yet (first fetched {a['first_fetch'][:10]})",
                                        "not yet"))
            continue
        state, problem = _problem(a, week_end, (periods or {}).get(source_id))
        out.append(SourceWeek(source_id, a["read"], problem, state))
    # a week before the store's first fetch tells nothing, unless no source tells anything of it
    return Coverage(week_start, tuple(out or later))


def _problem(a: dict, week_end: datetime, period: str | None) -> tuple[str, str]:
    """(state, what) kept a source (store_sources.activity's row) from collecting that week, or ("", "")."""
    if a["failed"] and a["last_failed"]:
        since = (a["last_ok"] or "")[:10] or "its first fetch"
        error = textwrap.shorten(str(a["last_error"]), 120, placeholder=" …")  # at a word: "[Errno 11" misleads
        return "failing", f"failing since {since} ({counted(a['failed'], 'failed fetch', 'failed fetches')}; {error})"
    if not a["ok"] and not a["failed"] and not a["read"]:
        return "not fetched", f"not fetched that week (last fetched {(a['last_ok'] or a['first_fetch'])[:10]})"
    period = period or DEFAULT_PERIOD
    last_new = a["last_new"] or a["first_fetch"]
    if week_end - parse_timestamp(last_new) > parse_duration(period):
        return "stale", f"stale: no new report since {last_new[:10]} (expected_update_period {period})"
    return "", ""
