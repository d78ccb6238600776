"""A dead or frozen `vigil run` is unhealthy within two minutes, through its heartbeat; a killed one at once."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from conftest import wait_for
from test_status import write_config
from vigil.config_files import load_config
from vigil.health import assess
from vigil.heartbeat import BEAT_SECONDS, HEARTBEAT_FILE
from vigil.store import open_store_readonly

JOBS = [{"id": "alerts", "run": "alerts", "every": "1h"}]


def status(config: Path, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data", str(data),
                           "status"], capture_output=True, text=True, timeout=60)


def beat_at(data: Path) -> datetime | None:
    try:
        value = json.loads((data / HEARTBEAT_FILE).read_text())["beat_at"]
    except (FileNotFoundError, ValueError):
        return None
    return datetime.fromisoformat(value) if value else None


def problems_at(config: Path, data: Path, when: datetime) -> list[str]:
    # read-only, as `vigil status` opens it: a service frozen inside a write must not stop the check
    # (open_store's migration check waits for the write lock and fails with "database is locked")
    db = open_store_readonly(data)
    try:
        return assess(db, load_config(config), data, now=when).problems
    finally:
        db.close()


@pytest.mark.slow
def test_a_killed_service_is_unhealthy_within_two_minutes(tmp_path, vigil_service):
    config, data = write_config(tmp_path / "config", JOBS, []), tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: beat_at(data), 30, "the first heartbeat", service)
    wait_for(lambda: "job alerts done" in service.log(), 60, "the alerts job", service)
    assert "CVE-2024-6923" in service.log() or sys.version_info >= (3, 11, 10)  # start-up warns on 3.11.7
    healthy = status(config, data)
    assert healthy.returncode == 0, healthy.stdout
    lines = healthy.stdout.splitlines()
    assert lines[0] == f"Running: pid {service.proc.pid} (it holds this data directory's lock)"
    assert any(line.startswith("Service: on ") and ", last heartbeat " in line for line in lines), lines
    assert len(re.findall(rf"\bpid {service.proc.pid}\b", healthy.stdout)) == 1  # said once, not per source of it

    os.kill(service.proc.pid, signal.SIGKILL)
    service.proc.wait(timeout=10)
    after = status(config, data)  # the lock went with the process; the heartbeat names the dead one
    assert after.stdout.splitlines()[0] == "Running: no `vigil run` holds this data directory"
    assert f"Service: pid {service.proc.pid} on " in after.stdout
    # no lock held and no such process on this host: dead at once, not only when the heartbeat goes stale
    assert after.returncode == 1 and "died without stopping" in after.stdout
    last = beat_at(data)
    for when in (last + timedelta(seconds=5), last + timedelta(seconds=2 * 60)):
        (problem,) = problems_at(config, data, when)
        assert problem.startswith(f"service: `vigil run` (pid {service.proc.pid}) died without stopping; last heartbeat ")


@pytest.mark.slow
def test_a_frozen_service_is_unhealthy_and_recovers_when_it_runs_again(tmp_path, vigil_service):
    config, data = write_config(tmp_path / "config", JOBS, []), tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: beat_at(data), 30, "the first heartbeat", service)
    # the job's first run must be over, or a loaded machine adds "job never ran" to the problems
    wait_for(lambda: "job alerts done" in service.log(), 60, "the alerts job", service)
    os.kill(service.proc.pid, signal.SIGSTOP)
    try:
        frozen_at = beat_at(data)
        time.sleep(BEAT_SECONDS + 3)  # a whole beat period: a frozen process writes nothing
        assert beat_at(data) == frozen_at
        # the service holds the store open, so none of its closes was the last: a last close
        # checkpoints and deletes the WAL under an exclusive lock, which a process frozen at that
        # moment keeps, and then even this read-only check is "database is locked" (red CI, stop 34)
        assert (data / "vigil.db-wal").exists()
        (problem,) = problems_at(config, data, frozen_at + timedelta(seconds=2 * 60))
        assert problem.startswith(f"service: no heartbeat from `vigil run` (pid {service.proc.pid} on ")
        assert problem.endswith("frozen or dead")
    finally:
        os.kill(service.proc.pid, signal.SIGCONT)
    wait_for(lambda: beat_at(data) > frozen_at, 3 * BEAT_SECONDS, "a heartbeat after the freeze", service)
    assert problems_at(config, data, datetime.now(timezone.utc)) == []
    # the scheduled beats leave no line at the default log level (APScheduler writes two a
    # beat otherwise: ~11,500 a day); the jobs' own lines stay
    assert "Heartbeat.beat" not in service.log() and "job alerts done" in service.log()


@pytest.mark.slow
def test_a_cleanly_stopped_service_says_so(tmp_path, vigil_service):
    config, data = write_config(tmp_path / "config", JOBS, []), tmp_path / "data"
    service = vigil_service(config, data)
    wait_for(lambda: beat_at(data), 30, "the first heartbeat", service)
    assert service.stop()[0] == 0
    assert json.loads((data / HEARTBEAT_FILE).read_text())["stopped_at"]
    assert not (data / "vigil.db-wal").exists()  # its last close checkpointed the WAL into the database
    assert not any(p.startswith("service:") for p in
                   problems_at(config, data, datetime.now(timezone.utc) + timedelta(minutes=5)))
