"""What `vigil status` reports, and when the service counts as unhealthy.

Unhealthy means a person should look: a service that stopped beating (dead or frozen,
vigil.heartbeat), a job whose last run failed or that is overdue (the service may be down),
a source failing run after run, or alerts that cannot be delivered. Each finding is one line saying what and where.
Article pages that fail run after run are listed (they are never archived) but are no such
finding: a source that still links a page its site never serves is working (vigil.ingest).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from alerts.wording import counted
from extract.notions import parse_timestamp
from vigil.config import parse_duration
from vigil.config_files import Config
from vigil.demo import is_kept_demo
from vigil.heartbeat import read_state
from vigil.runlock import holder
from vigil.schedule import make_trigger
from vigil.store import ARCHIVE_DIR, DATABASE_NAME
from vigil.store import claims as store_claims
from vigil.store import documents as store_documents
from vigil.store import jobs as job_runs
from vigil.store import outbox as store_outbox
from vigil.store import sources as store_sources

FAILING_SOURCE_RUNS = 3
# An article page failing this many runs in a row is listed (a blip is not); at most
# FAILING_PAGES_SHOWN of them, the most recent, so a site gone wrong does not bury the rest.
FAILING_PAGE_RUNS = 3
FAILING_PAGES_SHOWN = 20
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
    service_pid: int | None = None  # the `vigil run` holding the data directory's lock
    jobs: list[JobState] = field(default_factory=list)
    failing_sources: list[dict] = field(default_factory=list)
    # article pages never archived, failing run after run (vigil.store.sources.FailingPage), and how
    # many there are in all; listed, not a problem: a page its site never serves is the site's fault
    failing_pages: list[dict] = field(default_factory=list)
    failing_pages_total: int = 0
    stale_sources: list[dict] = field(default_factory=list)
    warned_sources: list[dict] = field(default_factory=list)  # id, warning: the last run's oddity
    outbox: dict = field(default_factory=dict)
    sizes: dict = field(default_factory=dict)
    service: dict | None = None  # the heartbeat (vigil.heartbeat): pid, host, started_at, beat_at, stopped_at
    # a `vigil demo --keep` directory where no service has run: its stages ran once, by hand
    demo_without_service: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def _allowed_gap(job, timezone_name: str, last: datetime) -> timedelta:
    """How long after its last start a job may go without starting again: until two of its
    run times have passed (one missed run is tolerated), plus its misfire grace."""
    if job.every:
        return 2 * parse_duration(job.every) + parse_duration(job.misfire_grace)
    trigger = make_trigger(job, timezone_name)
    first = trigger.get_next_fire_time(None, last + timedelta(seconds=1))
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1)) if first else None
    if second is None:
        return timedelta(days=366)
    return second - last + parse_duration(job.misfire_grace)


def _never_ran_problem(job, timezone_name: str, service_since: datetime | None, now: datetime) -> str | None:
    """Why a job with no run at all needs a person, or None.

    Interval jobs run as soon as the service starts, so never having run means the service
    has not run since the job was added. A cron job is only late once a fire time (plus its
    misfire grace) has passed since the service first ran a job: a weekly digest is not
    missing on the day the service is installed.
    """
    if job.every or service_since is None:
        return f"job {job.id}: has never run (is `vigil run` running?)"
    due = make_trigger(job, timezone_name).get_next_fire_time(None, service_since)
    if due is not None and now > due + parse_duration(job.misfire_grace):
        return f"job {job.id}: has never run, though it was due at {due.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC"
    return None


def stale_sources(db, sources, now: datetime) -> list[dict]:
    """Sources with no new report for longer than their `expected_update_period`, as
    {"id", "since", "expected_update_period"}.

    A feed stuck behind a lying cache or a broken CMS still answers, so it never fails;
    only its silence tells (Huginn's `expected_update_period`). A new report is a new feed
    entry or stored document; a source never fetched is not stale, one fetched but never
    productive counts from its first fetch.
    """
    found = []
    for source in sources:
        last_new, first_fetch = store_sources.news_times(db, source.id)
        since = parse_timestamp(last_new or first_fetch)
        if since is not None and now - since > parse_duration(source.expected_update_period):
            found.append({"id": source.id, "since": since, "expected_update_period": source.expected_update_period})
    return found


def assess(db, config: Config, data_dir: Path, now: datetime | None = None) -> Health:
    """`config` needs only `.sources` and `.schedules` (see AppContext.service_files)."""
    now = now or datetime.now(timezone.utc)
    health = Health(service_pid=holder(data_dir))
    state = read_state(data_dir)
    if state is not None:
        health.service = asdict(state)
        problem = state.problem(now, lock_held=health.service_pid is not None)
        if problem:
            health.problems.append(problem)
    service_since = parse_timestamp(job_runs.first_start(db))
    # The demo runs collect, extract and alerts itself, not as the service's jobs: that its jobs
    # never ran is what a demo is, not a fault. Once a `vigil run` has run here, they count again.
    health.demo_without_service = state is None and service_since is None and is_kept_demo(data_dir)
    for job in config.schedules.jobs:
        started, outcome, duration, error = job_runs.last_run(db, job.id) or (None, None, None, None)
        last = parse_timestamp(started)
        overdue = last is not None and now - last > _allowed_gap(job, config.schedules.timezone, last)
        health.jobs.append(JobState(job.id, last, outcome, duration, error, overdue))
        if outcome in ("error", "abandoned"):
            health.problems.append(f"job {job.id}: last run {outcome}: {error or 'no detail'}")
        if overdue:
            health.problems.append(f"job {job.id}: overdue, last started {started} (is `vigil run` running?)")
        if last is None and not health.demo_without_service:
            problem = _never_ran_problem(job, config.schedules.timezone, service_since, now)
            if problem:
                health.problems.append(problem)

    enabled = {s.id for s in config.sources.sources if s.enabled}
    for source in store_sources.failing_sources(db, FAILING_SOURCE_RUNS):
        if source.id not in enabled:
            continue
        health.failing_sources.append(asdict(source))
        health.problems.append(f"source {source.id}: failed {source.failures} runs in a row: {source.last_error}")

    pages, health.failing_pages_total = store_sources.failing_pages(db, FAILING_PAGE_RUNS, FAILING_PAGES_SHOWN, enabled)
    health.failing_pages = [asdict(page) for page in pages]

    if store_sources.has_sources_table(db):
        for stale in stale_sources(db, config.sources.enabled(), now):
            health.stale_sources.append(stale)
            health.problems.append(
                f"source {stale['id']}: stale: no new report for {(now - stale['since']).days} days "
                f"(expected_update_period {stale['expected_update_period']}); is its feed or page stuck?"
            )
    # a warning is shown, not a problem: a listing page may be empty for a day; staleness follows
    health.warned_sources = [{"id": i, "warning": w} for i, w in store_sources.warned_sources(db) if i in enabled]

    # Test messages (`vigil alerts test`) are never retried and their outcome was shown at once.
    pending, oldest, failed = store_outbox.backlog(db.conn)
    health.outbox = {"pending": pending, "oldest_pending": oldest, "failed": failed}
    if oldest and now - parse_timestamp(oldest) > OUTBOX_STALE:
        health.problems.append(f"outbox: {counted(pending, 'notification')} waiting, the oldest since {oldest}")
    if failed:
        health.problems.append(f"outbox: {counted(failed, 'notification')} failed permanently (`vigil alerts retry` sends them again once the channel is fixed)")

    archive = data_dir / ARCHIVE_DIR
    health.sizes = {
        "database_bytes": sum(p.stat().st_size for p in data_dir.glob(DATABASE_NAME + "*") if p.is_file()),
        "archive_bytes": sum(p.stat().st_size for p in archive.rglob("*") if p.is_file()) if archive.exists() else 0,
        "documents": store_documents.count_documents(db),
        "claims": store_claims.count_all(db),
    }
    return health
