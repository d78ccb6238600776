"""`vigil status`: healthy after a real `vigil run`; exit 1 with one clear line per problem."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import job_runs, wait_for
from vigil.cli import cli
from vigil.demo.site import serve_site
from vigil.store import open_store

WEEKLY_DIGEST = {"id": "digest", "run": "digest", "cron": "0 8 * * mon"}


def write_config(directory: Path, jobs: list[dict], sources: list[dict]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    files = {
        "sources.yaml": {"user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": 5,
                         "allow_private_addresses": True,
                         "sources": [{"name": s["id"], "org": "rights-group", "min_interval": "1s", **s}
                                     for s in sources]},
        "schedules.yaml": {"timezone": "UTC", "jobs": jobs},
        "alerts.yaml": {"timezone": "UTC", "channels": {
            "mail": {"type": "email", "host": "127.0.0.1", "port": 9, "security": "none", "from": "v@example.org",
                     "to": ["staff@example.org"]}}},
    }
    for name, body in files.items():
        (directory / name).write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    return directory


def status(config: Path, data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data", str(data),
                           "status", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.slow
def test_status_is_healthy_after_the_service_ran(tmp_path, vigil_service):
    """Every interval job ran and is ok; the weekly digest is not yet due, which is no problem."""
    with serve_site() as site:
        jobs = [{"id": "feeds", "run": "collect-feeds", "every": "1s"},
                {"id": "extract", "run": "extract", "every": "1s"}, WEEKLY_DIGEST]
        sources = [{"id": "ihr", "type": "feed", "url": f"{site.base_url}/ihr/feed.xml"},
                   {"id": "hrana", "type": "feed", "url": f"{site.base_url}/hrana/atom.xml"}]
        config = write_config(tmp_path / "config", jobs, sources)
        data = tmp_path / "data"
        service = vigil_service(config, data)
        # the documents are extracted by whichever comes first: the extract timer or the feeds
        # job's own follow-up ("extract: N documents, M claims" in its summary)
        productive = re.compile(r"(?:^|extract: )[1-9]\d* documents?, ")
        wait_for(lambda: {r["job_id"] for r in job_runs(data) if r["outcome"] == "ok"} == {"feeds", "extract"}
                 and [r for r in job_runs(data) if productive.search(r["summary"] or "")],
                 30, "feeds and a productive extraction", service)
        code, _ = service.stop()  # so that no run is half-way when status reads the last ones
        text = status(config, data)
        as_json = status(config, data, "--format", "json")
    assert code == 0
    assert text.returncode == 0, text.stdout + text.stderr
    lines = text.stdout.splitlines()
    assert lines[0] == "Running: no `vigil run` holds this data directory"
    assert lines[1] == "Jobs:"
    assert any(line.split()[:1] == ["feeds"] and " ok " in line for line in lines), lines
    assert "  digest       never run" in lines
    assert "Sources failing: none" in lines
    assert "Pages failing 3 runs in a row or more (not archived): none" in lines
    assert "Outbox: 0 waiting, 0 failed" in lines
    assert lines[-1] == "Healthy."

    report = json.loads(as_json.stdout)
    assert as_json.returncode == 0
    assert set(report) == {"healthy", "service_pid", "jobs", "failing_sources", "failing_pages", "failing_pages_total",
                           "stale_sources", "warned_sources", "outbox", "sizes", "service", "demo_without_service", "problems"}
    assert report["service_pid"] is None
    assert report["healthy"] is True and report["problems"] == []
    jobs_by_id = {j["job_id"]: j for j in report["jobs"]}
    assert set(jobs_by_id) == {"feeds", "extract", "digest"}
    assert set(jobs_by_id["feeds"]) == {"job_id", "last_started", "outcome", "duration_ms", "error", "overdue"}
    assert jobs_by_id["feeds"]["outcome"] == "ok" and jobs_by_id["feeds"]["overdue"] is False
    assert datetime.fromisoformat(jobs_by_id["feeds"]["last_started"]).tzinfo is not None
    assert isinstance(jobs_by_id["feeds"]["duration_ms"], int)
    assert jobs_by_id["digest"]["last_started"] is None and jobs_by_id["digest"]["outcome"] is None
    assert report["outbox"] == {"pending": 0, "oldest_pending": None, "failed": 0}
    sizes = report["sizes"]
    assert sizes["documents"] == 19 and sizes["claims"] > 0  # the two demo feeds: 9 + 10 articles
    assert sizes["database_bytes"] > 0 and sizes["archive_bytes"] > 0


@pytest.mark.slow
def test_a_scheduled_collection_whose_every_source_failed_is_an_error_at_once(tmp_path, vigil_service):
    """`vigil collect` exits 1 when every source failed; the scheduled job is an error for the
    same reason, so status shows it after the first run, not after three failures of each source."""
    jobs = [{"id": "feeds", "run": "collect-feeds", "every": "1h"}]
    sources = [{"id": "down", "type": "feed", "url": "http://127.0.0.1:9/feed.xml"},   # nobody listens on port 9
               {"id": "gone", "type": "feed", "url": "http://127.0.0.1:9/other.xml"}]
    config = write_config(tmp_path / "config", jobs, sources)
    data = tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: [r for r in job_runs(data) if r["outcome"] not in (None, "running")], 30,
             "the first feeds run", service)
    code, _ = service.stop()
    assert code == 0
    [run] = job_runs(data)
    assert (run["outcome"], run["error"]) == ("error", "CollectionFailed: every source failed (down, gone)")
    result = status(config, data)
    assert result.returncode == 1
    assert "job feeds: last run error: CollectionFailed: every source failed (down, gone)" in result.stdout
    assert "Sources failing: none" in result.stdout   # one failure each: not yet a failing source


# --- unhealthy stores, one problem at a time -------------------------------------------------------

JOBS = [
    {"id": "feeds", "run": "collect-feeds", "every": "15m"},
    {"id": "alerts", "run": "alerts", "every": "10m"},
    WEEKLY_DIGEST,
]
SOURCES = [{"id": "down", "type": "feed", "url": "http://127.0.0.1:9/feed.xml"},
           {"id": "fine", "type": "feed", "url": "http://127.0.0.1:9/other.xml"}]


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A store whose service has been running for a week, every job recently ok."""

    def __init__(self, tmp_path: Path):
        self.config = write_config(tmp_path / "config", JOBS, SOURCES)
        self.data = tmp_path / "data"
        self.db = open_store(self.data)
        self.now = datetime.now(timezone.utc)
        self.run("feeds", timedelta(days=7))
        self.run("feeds", timedelta(minutes=5))
        self.run("alerts", timedelta(minutes=3))
        self.run("digest", timedelta(days=1))
        for source in SOURCES:
            self.db["sources"].insert({"id": source["id"], "name": source["id"], "org": "news", "type": "feed",
                                       "consecutive_failures": 0})

    def run(self, job_id: str, ago: timedelta, outcome: str = "ok", error: str | None = None) -> None:
        started = self.now - ago
        self.db["job_runs"].insert({"job_id": job_id, "started_at": iso(started), "outcome": outcome, "error": error,
                                    "finished_at": iso(started + timedelta(seconds=2)), "duration_ms": 2000})

    def notice(self, status: str, ago: timedelta, kind: str = "alert") -> None:
        self.db["outbox"].insert({"dedup_key": f"k{self.db['outbox'].count}", "channel": "mail", "kind": kind,
                                  "subject": "s", "payload": "{}", "status": status, "attempts": 3,
                                  "created_at": iso(self.now - ago), "last_error": "451 try later"})

    def status(self, *args: str):
        self.db.conn.commit()
        return CliRunner().invoke(cli, ["-q", "--config", str(self.config), "--data", str(self.data), "status", *args])


@pytest.fixture
def store(tmp_path):
    made = Store(tmp_path)
    yield made
    made.db.close()


def problems(result) -> list[str]:
    lines = result.output.splitlines()
    return [line[4:] for line in lines[lines.index("Unhealthy:") + 1:]] if "Unhealthy:" in lines else []


def test_seeded_store_is_healthy(store):
    result = store.status()
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "Healthy."


def test_a_job_whose_last_run_failed(store):
    store.run("alerts", timedelta(minutes=1), "error", "RuntimeError: boom")
    result = store.status()
    assert result.exit_code == 1
    assert problems(result) == ["job alerts: last run error: RuntimeError: boom"]


def test_a_job_abandoned_at_shutdown(store):
    store.run("feeds", timedelta(minutes=1), "abandoned", "abandoned at shutdown after 25s")
    result = store.status()
    assert result.exit_code == 1
    assert problems(result) == ["job feeds: last run abandoned: abandoned at shutdown after 25s"]


def test_an_overdue_interval_job(store):
    store.db.execute("delete from job_runs where job_id = 'alerts'")
    store.run("alerts", timedelta(minutes=45))  # every 10m: two runs and the 10m grace missed
    result = store.status()
    assert result.exit_code == 1
    [problem] = problems(result)
    assert problem.startswith("job alerts: overdue, last started ") and "is `vigil run` running?" in problem
    assert "OVERDUE" in result.output


def test_an_interval_job_one_run_late_is_not_overdue(store):
    store.db.execute("delete from job_runs where job_id = 'alerts'")
    store.run("alerts", timedelta(minutes=25))
    assert store.status().exit_code == 0


def test_an_overdue_weekly_digest(store):
    store.db.execute("delete from job_runs where job_id = 'digest'")
    store.run("digest", timedelta(days=16))  # two Mondays 08:00 and the grace have passed
    result = store.status()
    assert result.exit_code == 1
    [problem] = problems(result)
    assert problem.startswith("job digest: overdue")


def test_a_cron_job_that_never_ran_though_due(store):
    store.db.execute("delete from job_runs where job_id = 'digest'")  # the service has run for a week
    result = store.status()
    assert result.exit_code == 1
    [problem] = problems(result)
    assert problem.startswith("job digest: has never run, though it was due at ")


def test_a_cron_job_not_yet_due_on_a_new_install(store):
    store.db.execute("delete from job_runs")
    store.run("feeds", timedelta(minutes=1))
    store.run("alerts", timedelta(minutes=1))
    result = store.status()
    assert result.exit_code == 0, result.output
    assert "  digest       never run" in result.output.splitlines()


def test_no_job_ever_ran(store):
    store.db.execute("delete from job_runs")
    result = store.status()
    assert result.exit_code == 1
    assert problems(result) == [f"job {j['id']}: has never run (is `vigil run` running?)" for j in JOBS]


@pytest.mark.parametrize("failures, healthy", [(2, True), (3, False)])
def test_a_source_failing_run_after_run(store, failures, healthy):
    store.db.execute("update sources set consecutive_failures = ?, last_error = ? where id = 'down'",
                     [failures, "http://127.0.0.1:9/feed.xml: HTTP 503 Service Unavailable"])
    result = store.status()
    assert result.exit_code == (0 if healthy else 1), result.output
    if not healthy:
        assert problems(result) == [
            "source down: failed 3 runs in a row: http://127.0.0.1:9/feed.xml: HTTP 503 Service Unavailable"]
        assert "Sources failing: 1" in result.output


def test_a_notice_failed_for_good(store):
    store.notice("failed", timedelta(minutes=5))
    result = store.status()
    assert result.exit_code == 1
    assert problems(result) == ["outbox: 1 notification failed permanently (`vigil alerts retry` sends them again once the channel is fixed)"]


def test_a_notice_waiting_over_an_hour(store):
    store.notice("pending", timedelta(minutes=10))
    assert store.status().exit_code == 0  # retrying for ten minutes is no problem yet
    store.notice("pending", timedelta(hours=2))
    result = store.status()
    assert result.exit_code == 1
    [problem] = problems(result)
    assert problem.startswith("outbox: 2 notifications waiting, the oldest since ")
    assert "Outbox: 2 waiting, 0 failed" in result.output


def test_a_failed_test_message_is_not_a_problem(store):
    store.notice("failed", timedelta(minutes=5), kind="test")  # `vigil alerts --test` when the server was down
    assert store.status().exit_code == 0


def test_json_lists_the_problems(store):
    store.run("alerts", timedelta(minutes=1), "error", "RuntimeError: boom")
    store.notice("failed", timedelta(minutes=5))
    result = store.status("--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["healthy"] is False
    assert report["problems"] == ["job alerts: last run error: RuntimeError: boom",
                                  "outbox: 1 notification failed permanently (`vigil alerts retry` sends them again once the channel is fixed)"]
    assert report["outbox"]["failed"] == 1
    [alerts] = [j for j in report["jobs"] if j["job_id"] == "alerts"]
    assert alerts["outcome"] == "error" and alerts["error"] == "RuntimeError: boom"
