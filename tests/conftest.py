"""Shared pytest fixtures. Append new fixtures; do not change others' fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
import yaml

# --- collection: the fixture web server (tests/mockserver) -------------------------------

MOCKSERVER = Path(__file__).parent / "mockserver" / "server.py"


class MockServer:
    """The fixture site in a subprocess on 127.0.0.1, port 0; `url` is its base URL."""

    def __init__(self, host: str = "127.0.0.1", robots: str = "default"):
        self.proc = subprocess.Popen(
            [sys.executable, str(MOCKSERVER), host, robots], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise RuntimeError(f"the mock server did not start (said {self.url!r})")
        self.port = int(self.url.rsplit(":", 1)[1])

    def ns(self, name: str) -> str:
        """Base URL of a namespace: each test's paths are its own in the request log."""
        return f"{self.url}/t/{name}"

    def publish(self, name: str, version: int) -> None:
        """Switch namespace `name`'s changing feeds to `version` (see tests/mockserver/server.py)."""
        with urllib.request.urlopen(f"{self.url}/__version__?ns={name}&v={version}", timeout=10) as response:
            response.read()

    def requests(self, prefix: str) -> list[dict]:
        with urllib.request.urlopen(f"{self.url}/__requests__?prefix={prefix}", timeout=10) as response:
            return json.load(response)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


@pytest.fixture(scope="session")
def mockserver():
    server = MockServer()
    yield server
    server.stop()


@pytest.fixture
def sources_config(tmp_path):
    """Write a sources.yaml (short timeouts, 1 MB limit) into tmp_path/config; returns the directory.

    The mock server is on 127.0.0.1, which the egress policy refuses unless allowed, so
    `allow_private_addresses` is true unless a test passes it."""

    def write(sources: list[dict], **settings) -> Path:
        directory = tmp_path / "config"
        directory.mkdir(exist_ok=True)
        body = {"user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": 1.0, "max_bytes": 1_000_000,
                "allow_private_addresses": True,
                # every test source is on the one host 127.0.0.1: AutoThrottle's 1 s start would only slow the tests
                # (tests/test_politeness.py runs the shipped values)
                "politeness": {"autothrottle": False, "per_domain": 4}}
        body.update(settings)
        body["sources"] = [{"name": s["id"], "org": "rights-group", "lang": "en", **s} for s in sources]
        (directory / "sources.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        return directory

    return write


# --- the service: `vigil run` as a real subprocess (test_service.py, test_status.py) ---------


class VigilService:
    """`python -m vigil.cli --config C --data D run` in its own session, its log in a file.

    `stop()` sends SIGTERM to the service process alone (not its Scrapy children) and
    returns (exit status, seconds it took); `kill()` is the teardown that never fails.
    """

    def __init__(self, config_dir: Path, data_dir: Path, log_path: Path):
        self.log_path = log_path
        self._log = open(log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "vigil.cli", "--config", str(config_dir), "--data", str(data_dir), "run"],
            stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
        )

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def stop(self, sig=None, timeout: float = 40.0) -> tuple[int | None, float]:
        import signal
        import time

        started = time.monotonic()
        self.proc.send_signal(sig or signal.SIGTERM)
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            code = None
        return code, time.monotonic() - started

    def kill(self) -> None:
        import os
        import signal

        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # the group holds any crawl child too
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        self._log.close()


@pytest.fixture
def vigil_service(tmp_path):
    """Start `vigil run` processes (`start(config_dir, data_dir)`); all are killed at teardown."""
    started: list[VigilService] = []

    def start(config_dir: Path, data_dir: Path) -> VigilService:
        service = VigilService(config_dir, data_dir, tmp_path / f"service-{len(started) + 1}.log")
        started.append(service)
        return service

    yield start
    for service in started:
        service.kill()


def wait_for(predicate, timeout: float, what: str, service: "VigilService | None" = None, interval: float = 0.1):
    """Poll `predicate` until it returns something truthy (returned) or fail after `timeout` s."""
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if service is not None and not service.alive():
            pytest.fail(f"the service exited ({service.proc.returncode}) while waiting for {what}:\n{service.log()[-4000:]}")
        if time.monotonic() > deadline:
            tail = f"\n--- service log ---\n{service.log()[-4000:]}" if service is not None else ""
            pytest.fail(f"timed out after {timeout:g}s waiting for {what}{tail}")
        time.sleep(interval)


def job_runs(data_dir: Path) -> list[dict]:
    """The service's job_runs rows, oldest first (read with a plain connection: no migrations)."""
    import sqlite3

    path = data_dir / "vigil.db"
    if not path.exists():
        return []
    conn = sqlite3.connect(path, timeout=10)
    try:
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute("select * from job_runs order by id")]
        except sqlite3.OperationalError:  # not created yet
            return []
    finally:
        conn.close()


@pytest.fixture
def robots_server():
    """Start a fixture server with another robots.txt (`robots_server("503")`); stopped at teardown."""
    started: list[MockServer] = []

    def start(robots: str) -> MockServer:
        started.append(MockServer(robots=robots))
        return started[-1]

    yield start
    for server in started:
        server.stop()


# --- the web view (test_web*.py): the demo's data, collected once per session -----------------


@pytest.fixture(scope="session")
def demo_data(tmp_path_factory) -> Path:
    """`vigil demo`'s configuration and data (collected, extracted, alerted); copy it before changing it."""
    from vigil.demo.walkthrough import run_demo

    work = tmp_path_factory.mktemp("web-demo")
    run_demo(work, say=lambda line: None)
    return work


# --- the demo site's feeds collected into a real store (test_store_faults, test_extraction_store,
# test_archive_damage) --------------------------------------------------------------------------


@pytest.fixture(scope="session")
def collected_store(tmp_path_factory):
    """Factory: `collected_store(extract=False)` returns a new directory holding `config/` (the
    demo's files pointing at the demo site; SMTP and Slack at closed local ports) and `data/` (the
    site's feeds collected into a real store and WARC archive; extracted if `extract`).

    The site is served and collected once per session; each call copies that store, so a test
    may change its copy freely."""
    import shutil

    from click.testing import CliRunner

    from vigil.cli import cli
    from vigil.collect import collect_sources
    from vigil.demo.site import serve_site
    from vigil.demo.walkthrough import write_config
    from vigil.store import open_store

    pristine: list[Path] = []

    def collect() -> Path:
        root = tmp_path_factory.mktemp("collected-site")
        with serve_site() as site:
            config = write_config(root / "config", {"BASE": site.base_url, "SMTP_PORT": "9",
                                                    "SLACK_URL": "http://127.0.0.1:9/hook"})
            db = open_store(root / "data")
            collect_sources(db, config.sources, root / "data", kinds=("feed",), force=True)
            db.close()
        return root

    def copy(extract: bool = False) -> Path:
        if not pristine:
            pristine.append(collect())
        root = tmp_path_factory.mktemp("store")
        for part in ("config", "data"):
            shutil.copytree(pristine[0] / part, root / part)
        if extract:
            result = CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), "extract"])
            assert result.exit_code == 0, result.output
        return root

    return copy
