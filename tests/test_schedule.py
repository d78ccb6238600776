"""When jobs run after a (re)start: no stampede, no skipped digest."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from vigil.config import Job
from vigil.schedule import make_trigger
from vigil.service import first_run_time

NOW = datetime(2025, 9, 22, 10, 0, tzinfo=timezone.utc)  # a Monday


def plan(job: Job, last: datetime | None) -> datetime:
    return first_run_time(job, make_trigger(job, "UTC"), last, NOW)


def test_interval_job_never_run_starts_now():
    assert plan(Job(id="feeds", run="collect-feeds", every="15m"), None) == NOW


def test_interval_job_waits_for_its_interval_after_restart():
    last = NOW - timedelta(minutes=5)
    assert plan(Job(id="feeds", run="collect-feeds", every="15m"), last) == last + timedelta(minutes=15)


def test_interval_job_overdue_runs_once_now():
    assert plan(Job(id="feeds", run="collect-feeds", every="15m"), NOW - timedelta(hours=5)) == NOW


def test_cron_job_missed_within_grace_runs_now():
    digest = Job(id="digest", run="digest", cron="0 8 * * mon", misfire_grace="1d")
    last = datetime(2025, 9, 15, 8, 0, 5, tzinfo=timezone.utc)  # last Monday's digest
    assert plan(digest, last) == NOW  # this Monday's 08:00 passed while the service was down


def test_cron_job_missed_beyond_grace_waits_for_next():
    digest = Job(id="digest", run="digest", cron="0 8 * * mon", misfire_grace="1h")
    last = datetime(2025, 9, 15, 8, 0, 5, tzinfo=timezone.utc)
    assert plan(digest, last) == datetime(2025, 9, 29, 8, 0, tzinfo=timezone.utc)


def test_cron_job_already_ran_waits_for_next():
    digest = Job(id="digest", run="digest", cron="0 8 * * mon", misfire_grace="1d")
    last = datetime(2025, 9, 22, 8, 0, 3, tzinfo=timezone.utc)
    assert plan(digest, last) == datetime(2025, 9, 29, 8, 0, tzinfo=timezone.utc)


def test_cron_job_never_run_waits_for_first_fire():
    sites = Job(id="sites", run="crawl-sites", cron="0 */3 * * *")
    assert plan(sites, None) == datetime(2025, 9, 22, 12, 0, tzinfo=timezone.utc)
