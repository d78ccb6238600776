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

    def __init__(self, host: str = "127.0.0.1"):
        self.proc = subprocess.Popen(
            [sys.executable, str(MOCKSERVER), host], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        self.url = self.proc.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.proc.kill()
            raise RuntimeError(f"the mock server did not start (said {self.url!r})")
        self.port = int(self.url.rsplit(":", 1)[1])

    def ns(self, name: str) -> str:
        """Base URL of a namespace: each test's paths are its own in the request log."""
        return f"{self.url}/t/{name}"

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
    """Write a sources.yaml (short timeouts, 1 MB limit) into tmp_path/config; returns the directory."""

    def write(sources: list[dict], **settings) -> Path:
        directory = tmp_path / "config"
        directory.mkdir(exist_ok=True)
        body = {"user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": 1.0, "max_bytes": 1_000_000}
        body.update(settings)
        body["sources"] = [{"name": s["id"], "org": "rights-group", "lang": "en", **s} for s in sources]
        (directory / "sources.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        return directory

    return write
