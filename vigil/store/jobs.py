"""The `job_runs` table: one row per scheduled job run, written when it starts and when it
ends, so `vigil status` can tell a healthy service from a failing one and a restarted service
knows when each job last ran. Callers: vigil.jobs, vigil.service, vigil.health.
(The service's heartbeat is a file, not a table: vigil.heartbeat.)
"""

from __future__ import annotations

from typing import NamedTuple

from vigil.store import utcnow


class LastRun(NamedTuple):
    """A job's latest run (times ISO UTC)."""

    started_at: str
    outcome: str  # running | ok | error | abandoned
    duration_ms: int | None
    error: str | None


def start_run(db, job_id: str) -> int:
    """A `running` row for a job starting now; its id (committed at once)."""
    return db["job_runs"].insert({"job_id": job_id, "started_at": utcnow(), "outcome": "running"}).last_pk


def finish_run(db, run_id: int, *, duration_ms: int, outcome: str, error: str | None, summary: str) -> None:
    db["job_runs"].update(
        run_id,
        {"finished_at": utcnow(), "duration_ms": duration_ms, "outcome": outcome, "error": error, "summary": summary},
    )


def abandon_running(db, reason: str) -> int:
    """Mark runs left `running` (by a stop or a crash) as abandoned, committed; returns how many."""
    with db.conn:
        cursor = db.execute(
            "update job_runs set outcome = 'abandoned', error = ?, finished_at = ? where outcome = 'running'",
            [reason, utcnow()],
        )
    return cursor.rowcount


def last_starts(db) -> dict[str, str]:
    """job id -> when it last started (any outcome), for jobs that have run."""
    rows = db.execute("select job_id, max(started_at) from job_runs group by job_id").fetchall()
    return {job_id: started for job_id, started in rows if started}


def first_start(db) -> str | None:
    """When any job first ran: when the service first started on this data directory."""
    return db.execute("select min(started_at) from job_runs").fetchone()[0]


def last_run(db, job_id: str) -> LastRun | None:
    row = db.execute(
        "select started_at, outcome, duration_ms, error from job_runs where job_id = ? "
        "order by started_at desc, id desc limit 1",
        [job_id],
    ).fetchone()
    return LastRun(*row) if row else None
