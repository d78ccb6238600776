"""What `vigil status` reports, and when the service counts as unhealthy.

Unhealthy means a person should look: a job whose last run failed or that is overdue
(the service may be down), a source failing run after run, or alerts that cannot be
delivered. Each finding is one line saying what and where.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from vigil.config import Config, parse_duration
from vigil.schedule import make_trigger
from vigil.store import DATABASE_NAME

FAILING_SOURCE_RUNS = 3
OUTBOX_STALE = timedelta(hours=1)


@dataclass
class JobState:
    job_id: str
    last_started: datetime | None
    outcome: str | None
    duration_ms: int | None
    error: str | None
    overdue: bool


@dataclass
class Health:
    jobs: list[JobState] = field(default_factory=list)
    failing_sources: list[dict] = field(default_factory=list)
    outbox: dict = field(default_factory=dict)
    sizes: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def _parse(ts: str | None) -> datetime | None:
    return datetime.fromisoformat(ts).astimezone(timezone.utc) if ts else None


def _allowed_gap(job, timezone_name: str, last: datetime) -> timedelta:
    """How long after its last start a job may go without starting again."""
    if job.every:
        period = parse_duration(job.every)
    else:
        trigger = make_trigger(job, timezone_name)
        first = trigger.get_next_fire_time(None, last + timedelta(seconds=1))
        second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
        period = second - last if second else timedelta(days=366)
    return 2 * period + parse_duration(job.misfire_grace)


def assess(db, config: Config, data_dir: Path, now: datetime | None = None) -> Health:
    now = now or datetime.now(timezone.utc)
    health = Health()
    for job in config.schedules.jobs:
        row = db.execute(
            "select started_at, outcome, duration_ms, error from job_runs where job_id = ? "
            "order by started_at desc, id desc limit 1",
            [job.id],
        ).fetchone()
        started, outcome, duration, error = row if row else (None, None, None, None)
        last = _parse(started)
        overdue = last is not None and now - last > _allowed_gap(job, config.schedules.timezone, last)
        health.jobs.append(JobState(job.id, last, outcome, duration, error, overdue))
        if outcome in ("error", "abandoned"):
            health.problems.append(f"job {job.id}: last run {outcome}: {error or 'no detail'}")
        if overdue:
            health.problems.append(f"job {job.id}: overdue, last started {started} (is `vigil run` running?)")
        if last is None:
            health.problems.append(f"job {job.id}: has never run (is `vigil run` running?)")

    enabled = {s.id for s in config.sources.sources if s.enabled}
    if "sources" in db.table_names():
        for row in db.execute(
            "select id, consecutive_failures, last_error, last_success_at from sources "
            "where consecutive_failures >= ? order by id",
            [FAILING_SOURCE_RUNS],
        ).fetchall():
            source_id, failures, last_error, last_success = row
            if source_id not in enabled:
                continue
            health.failing_sources.append(
                {"id": source_id, "failures": failures, "last_error": last_error, "last_success_at": last_success}
            )
            health.problems.append(f"source {source_id}: failed {failures} runs in a row: {last_error}")

    pending, oldest = db.execute(
        "select count(*), min(created_at) from outbox where status in ('pending', 'sending')"
    ).fetchone()
    failed = db.execute("select count(*) from outbox where status = 'failed'").fetchone()[0]
    health.outbox = {"pending": pending, "oldest_pending": oldest, "failed": failed}
    if oldest and now - _parse(oldest) > OUTBOX_STALE:
        health.problems.append(f"outbox: {pending} notification(s) waiting, the oldest since {oldest}")
    if failed:
        health.problems.append(f"outbox: {failed} notification(s) failed permanently (see `vigil alerts`)")

    archive = data_dir / "archive"
    health.sizes = {
        "database_bytes": sum(p.stat().st_size for p in data_dir.glob(DATABASE_NAME + "*") if p.is_file()),
        "archive_bytes": sum(p.stat().st_size for p in archive.rglob("*") if p.is_file()) if archive.exists() else 0,
        "documents": db["documents"].count,
        "claims": db["claims"].count,
    }
    return health
