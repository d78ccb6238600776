"""The jobs `vigil run` schedules, and the record each run leaves in `job_runs`.

Every run opens its own database connection (jobs run in worker threads, and one SQLite
connection must not carry two threads' transactions) and records a row when it starts and
when it ends, so `vigil status` can tell a healthy service from a failing one and a
restarted service knows when each job last ran.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import traceback
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from vigil.config.schedules import COLLECTS
from vigil.config_files import Config
from vigil.context import AppContext
from vigil.errors import StoreError, VigilError
from vigil.store import jobs as job_runs
from vigil.store import open_store

log = logging.getLogger(__name__)

JobFunction = Callable[[AppContext], object]


@dataclass
class CollectRun:
    """A collect job's run: what it collected and what the follow-up on new documents did."""

    collected: object  # vigil.collect.CollectReport
    followed_up: list[str]

    def summary(self) -> str:
        return "; ".join([self.collected.summary(), *self.followed_up])


def follow_up(app: AppContext) -> list[str]:
    """Extract the documents just stored and evaluate the alerts at once, so a report of an
    imminent execution reaches the channels within the poll interval (the extract and alerts
    timers stay as a safety net). A failure is logged and left to those timers."""
    done = []
    for name, job in (("extract", _extract), ("alerts", _alerts)):
        try:
            done.append(f"{name}: {summarise(job(app))}")
        except Exception as exc:  # the collect itself succeeded; the timers will try again
            log.error("follow-up %s after collect failed: %s\n%s", name, exc, traceback.format_exc())
            done.append(f"{name} failed: {type(exc).__name__}: {exc}")
    return done


def _collect(kinds: tuple[str, ...]) -> JobFunction:
    def run(app: AppContext) -> object:
        from vigil.collect import CollectionFailed, collect

        report = collect(app, kinds=kinds)
        if report.all_failed():  # recorded as an error, as `vigil collect` exits 1
            raise CollectionFailed(report)
        return CollectRun(report, follow_up(app) if report.new_documents else [])

    return run


def _extract(app: AppContext) -> object:
    from vigil.extraction import ExtractionFailed, extract_new_documents

    report = extract_new_documents(app.db, timezone=app.config.alerts.timezone)
    if report.failed:  # recorded as an error, so `vigil status` shows it
        raise ExtractionFailed(report)
    return report


def _alerts(app: AppContext) -> object:
    from vigil.alerting import evaluate_and_deliver

    return evaluate_and_deliver(app.db, app.config.alerts, sources=app.config.sources.sources)


def _digest(app: AppContext) -> object:
    from vigil.alerting import send_digest

    return send_digest(app.db, app.config.alerts, sources=app.config.sources.enabled())


JOB_FUNCTIONS: dict[str, JobFunction] = {
    **{kind: _collect(types) for kind, types in COLLECTS.items()},
    "extract": _extract,
    "alerts": _alerts,
    "digest": _digest,
}


@dataclass(frozen=True)
class JobRunner:
    """A scheduled job bound to the service's configuration; calling it performs one run."""

    job_id: str
    kind: str
    config: Config
    data_dir: object

    def __call__(self) -> str:
        app = AppContext(config_dir=self.config.directory, data_dir=self.data_dir, _config=self.config)
        run_id = start_run(app.db, self.job_id)
        log.info("job %s started", self.job_id)
        started = time.monotonic()
        try:
            result = JOB_FUNCTIONS[self.kind](app)
        except Exception as exc:
            finish_run(app.db, run_id, started, "error", error=f"{type(exc).__name__}: {exc}")
            # a VigilError is a failure the job reports (every source failed, documents not
            # extracted): its message says it all, a traceback would bury it
            log.error("job %s failed: %s%s", self.job_id, exc,
                      "" if isinstance(exc, VigilError) else "\n" + traceback.format_exc())
            raise
        else:
            summary = summarise(result)
            finish_run(app.db, run_id, started, "ok", summary=summary)
            log.info("job %s done: %s", self.job_id, summary)
            return summary
        finally:
            app.close()


def summarise(result: object) -> str:
    """One line for the log and `vigil status`, from whatever report a job returned."""
    if result is None:
        return ""
    if hasattr(result, "summary") and callable(result.summary):
        return str(result.summary())
    if isinstance(result, (dict, list)):
        return json.dumps(result, default=str)[:500]
    return str(result)[:500]


def start_run(db, job_id: str) -> int:
    return job_runs.start_run(db, job_id)


def finish_run(db, run_id: int, started: float, outcome: str, *, error: str | None = None, summary: str = "") -> None:
    job_runs.finish_run(db, run_id, duration_ms=int((time.monotonic() - started) * 1000), outcome=outcome,
                        error=error, summary=summary)


def abandon_running(data_dir, reason: str) -> int:
    """Mark runs left `running` (by a stop or a crash) as abandoned; returns how many."""
    db = open_store(data_dir)
    try:
        return job_runs.abandon_running(db, reason)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"{data_dir}: the database stayed busy or failed: {exc} "
                         "(is another `vigil` process holding it?)") from exc
    finally:
        db.close()


def last_starts(db) -> dict[str, datetime]:
    """When each job last started (any outcome): the basis for scheduling after a restart."""
    return {job_id: datetime.fromisoformat(started).astimezone(timezone.utc)
            for job_id, started in job_runs.last_starts(db).items()}
