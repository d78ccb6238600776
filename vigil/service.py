"""`vigil run`: the long-lived service, APScheduler 3.x in the foreground under systemd.

Scheduling state is derived from `job_runs` rather than kept in a separate job store:
after a restart each job's next run is computed from when it last started, so a restart
neither runs every job at once nor skips a digest that fell due while the service was down
(a missed cron run still within its misfire grace runs once at start-up).

On SIGTERM or SIGINT no new run starts; a running job gets `STOP_GRACE_SECONDS` to finish,
then it is recorded as abandoned (its open transaction is never committed) and the
process exits 0, inside systemd's default 90 s and the 30 s the operators were promised.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from alerts.channels.email import interpreter_warning
from vigil import readpool
from vigil.config import Job, parse_duration
from vigil.config_files import Config
from vigil.heartbeat import BEAT_SECONDS, Heartbeat
from vigil.jobs import JobRunner, abandon_running, last_starts
from vigil.schedule import make_trigger
from vigil.store import open_store

log = logging.getLogger(__name__)

# APScheduler logs two INFO lines for every run of a job ("Running job ...", "... executed
# successfully"), each executor under its own logger: for the heartbeat, every BEAT_SECONDS,
# that is some 11,500 lines a day in the journal. Its failures are still logged (WARNING and up).
HEARTBEAT_EXECUTOR = "heartbeat"

# The outbox's retries fall due 30 s, 1 min, 2 min ... after a failure, or after a Slack
# Retry-After; the `alerts` job (every 10 minutes as shipped) would only pick them up at its next
# run, so the service sends due rows on its own timer, in its own thread (a long crawl holding the
# job workers must not hold back a notice). It only sends what is already queued.
OUTBOX_SECONDS = 15
OUTBOX_EXECUTOR = "outbox"

STOP_GRACE_SECONDS = 25
ABANDON_WAIT_SECONDS = 2  # then exit anyway: 25 + 2 s stays inside the 30 s promised
WORKERS = 3  # jobs of different kinds may overlap (a long crawl must not hold back alerts)


def first_run_time(job: Job, trigger, last_start: datetime | None, now: datetime) -> datetime:
    """When a job should next run, given when it last started (None: never).

    1. Interval jobs run `every` after their last start, or now if that is past (once:
       missed runs are coalesced) or if they never ran.
    2. Cron jobs run at the first fire time after their last start if that is still ahead;
       if it passed while the service was down, they run now when within the misfire grace,
       otherwise at the next fire time from now.
    """
    if isinstance(trigger, IntervalTrigger):
        if last_start is None:
            return now
        return max(now, last_start + parse_duration(job.every))
    if last_start is None:
        return trigger.get_next_fire_time(None, now)
    missed = trigger.get_next_fire_time(None, last_start + timedelta(seconds=1))
    if missed is None or missed > now:
        return missed
    if now - missed <= parse_duration(job.misfire_grace):
        return now
    return trigger.get_next_fire_time(None, now)


class Service:
    """Owns the scheduler; `run()` blocks until a stop signal and returns the exit status."""

    def __init__(self, config: Config, data_dir: Path):
        self.config = config
        self.data_dir = Path(data_dir)
        self.stopping = threading.Event()
        self.heartbeat = Heartbeat(self.data_dir)
        self.keeper = None  # see _hold_store_open
        self.scheduler = BackgroundScheduler(
            # the heartbeat has its own thread, so busy job workers never delay it
            executors={"default": ThreadPoolExecutor(WORKERS), HEARTBEAT_EXECUTOR: ThreadPoolExecutor(1),
                       OUTBOX_EXECUTOR: ThreadPoolExecutor(1)},
            job_defaults={"coalesce": True, "max_instances": 1},
            timezone=config.schedules.timezone,
        )
        self.scheduler.add_listener(self._on_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)

    def schedule_jobs(self, now: datetime | None = None) -> list[tuple[str, datetime]]:
        now = now or datetime.now(timezone.utc)
        db = open_store(self.data_dir)
        try:
            started = last_starts(db)
        finally:
            db.close()
        planned = []
        for job in self.config.schedules.jobs:
            trigger = make_trigger(job, self.config.schedules.timezone)
            when = first_run_time(job, trigger, started.get(job.id), now)
            self.scheduler.add_job(
                self._run_job,
                args=[JobRunner(job.id, job.run, self.config, self.data_dir)],
                trigger=trigger,
                id=job.id,
                name=f"{job.id} ({job.run})",
                next_run_time=when,
                misfire_grace_time=int(parse_duration(job.misfire_grace).total_seconds()),
            )
            planned.append((job.id, when))
        return planned

    def _run_job(self, runner: JobRunner) -> str | None:
        """Start a run unless a stop was requested: a run submitted before the signal may still
        wait in the pool for a worker, and `shutdown(wait=True)` would start it after the signal."""
        if self.stopping.is_set():
            log.info("job %s not started: the service is stopping", runner.job_id)
            return None
        try:
            return runner()
        except Exception:
            # the runner has recorded the failed run and logged it once, with a traceback only when
            # unexpected; raised on, APScheduler would log it twice more, with a traceback every time
            return None

    def _deliver_due(self) -> None:
        """Send the outbox rows whose retry time has come (see OUTBOX_SECONDS); each delivery and
        failure is logged by the outbox itself. A failure here is logged and tried next tick."""
        if self.stopping.is_set():
            return
        from vigil.alerting import flush_outbox

        try:
            db = open_store(self.data_dir, migrate=False)
            try:
                flush_outbox(db, self.config.alerts)
            finally:
                db.close()
        except Exception as exc:  # a locked or failing store: the next tick, or the alerts job, tries again
            log.warning("outbox: could not send the due notices: %s: %s", type(exc).__name__, exc)

    def _on_event(self, event) -> None:
        if event.code == EVENT_JOB_ERROR:
            log.error("job %s raised %s; it will run again at its next time", event.job_id, event.exception)
        elif event.code == EVENT_JOB_MISSED:
            log.warning("job %s missed its run time %s (beyond its misfire grace)", event.job_id, event.scheduled_run_time)
        else:
            log.warning("job %s is still running; this run was skipped", event.job_id)

    def request_stop(self, signum=None, frame=None) -> None:
        if not self.stopping.is_set():
            name = signal.Signals(signum).name if signum else "request"
            log.info("stopping on %s: no new job starts; running jobs get %ss to finish", name, STOP_GRACE_SECONDS)
            self.stopping.set()

    def run(self) -> int:
        # Handlers first: a signal during start-up then stops the service cleanly, too.
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)
        warning = interpreter_warning()
        if warning:
            log.warning("%s", warning)
        abandoned = abandon_running(self.data_dir, "the service stopped while the job ran")
        if abandoned:
            log.warning("%d job run(s) from a previous service were left unfinished; marked abandoned", abandoned)
        self._hold_store_open()
        for job_id, when in self.schedule_jobs():
            log.info("job %s: first run %s", job_id, when.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"))
        self.heartbeat.beat()
        if logging.getLogger().getEffectiveLevel() > logging.DEBUG:  # -v shows them
            # APScheduler's "Running job" / "executed successfully" lines repeat each job's own
            # "job X started" / "done" lines
            for quiet in ("default", HEARTBEAT_EXECUTOR, OUTBOX_EXECUTOR):
                logging.getLogger(f"apscheduler.executors.{quiet}").setLevel(logging.WARNING)
        self.scheduler.add_job(self.heartbeat.beat, IntervalTrigger(seconds=BEAT_SECONDS), id="heartbeat",
                               executor=HEARTBEAT_EXECUTOR, misfire_grace_time=BEAT_SECONDS)
        self.scheduler.add_job(self._deliver_due, IntervalTrigger(seconds=OUTBOX_SECONDS), id="outbox",
                               executor=OUTBOX_EXECUTOR, misfire_grace_time=OUTBOX_SECONDS)
        self.scheduler.start()
        log.info("vigil run: %d jobs scheduled; waiting (SIGTERM to stop)", len(self.config.schedules.jobs))
        self.stopping.wait()
        return self._stop()

    def _hold_store_open(self) -> None:
        """Keep one connection to the store open for the service's life, so that no job's or outbox
        tick's close is the last one. "When the last connection to a database closes, that
        connection does one last checkpoint and then deletes the WAL and its associated shared-memory
        file" (https://www.sqlite.org/wal.html), under an exclusive lock; a service frozen (SIGSTOP, a stuck
        NFS mount, a debugger) at that moment would keep the lock and lock out even readers, so
        `vigil status` could not say the service is frozen. Writers' transactions never block a
        WAL reader, so with a connection held open a frozen service cannot block `vigil status`."""
        self.keeper = open_store(self.data_dir, migrate=False)

    def _stop(self) -> int:
        self.scheduler.pause()
        done = threading.Event()

        def shutdown() -> None:
            self.scheduler.shutdown(wait=True)
            done.set()

        threading.Thread(target=shutdown, name="vigil-shutdown", daemon=True).start()
        if done.wait(STOP_GRACE_SECONDS):
            readpool.shutdown_all()  # no job is reading now: the readers finish nothing and exit
            if self.keeper is not None:
                self.keeper.close()  # the last close: checkpoints and removes the -wal file
            self.heartbeat.stopped()
            log.info("stopped cleanly")
            return 0
        count = self._mark_abandoned()
        if count is None:
            log.warning("job(s) did not finish within %ss; abandoned, but the database stayed locked, so the next "
                        "start marks their runs abandoned", STOP_GRACE_SECONDS)
        else:
            log.warning("%d job(s) did not finish within %ss; abandoned (nothing they had not committed was kept)",
                        count, STOP_GRACE_SECONDS)
        readpool.shutdown_all(wait=False)  # the abandoned jobs' reads are cancelled; the readers exit
        self.heartbeat.stopped()
        logging.shutdown()
        # Worker threads cannot be interrupted; leave without joining them.
        os._exit(0)

    def _mark_abandoned(self) -> int | None:
        """Mark the unfinished runs abandoned, waiting at most ABANDON_WAIT_SECONDS for the database.

        Another process may hold the write lock (a person running `vigil extract rerun`, a
        backup): waiting out the 30 s busy timeout would break the promise to exit within 30 s,
        and its error must not escape before os._exit, or the interpreter waits at exit for the
        stuck worker. None: not marked (the next start's abandon_running does it).
        """
        counted: list[int] = []

        def mark() -> None:
            try:
                counted.append(abandon_running(self.data_dir, f"abandoned at shutdown after {STOP_GRACE_SECONDS}s"))
            except Exception as exc:  # a locked or broken store must not keep the process alive
                log.error("could not mark the unfinished runs abandoned: %s", exc)

        marker = threading.Thread(target=mark, name="vigil-abandon", daemon=True)
        marker.start()
        marker.join(ABANDON_WAIT_SECONDS)
        return counted[0] if counted else None
