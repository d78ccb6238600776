"""Operators can put notices that failed for good back in the queue once a channel is fixed."""

from __future__ import annotations

import socket
from pathlib import Path

from datetime import datetime, timezone

from click.testing import CliRunner

from alerts import outbox
from alerts.channels.errors import PermanentError

from vigil.cli import cli
from vigil.demo.receivers import LocalSlack
from vigil.store import open_store


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_alerts(config: Path, webhook: str) -> None:
    config.mkdir(exist_ok=True)
    (config / "alerts.yaml").write_text(f"channels:\n  chat: {{type: slack, webhook_url: '{webhook}', timeout: 5}}\n")


def test_retry_failed_delivers_after_the_channel_is_fixed_and_leaves_a_failed_test_message_alone(tmp_path: Path):
    config, data = tmp_path / "config", tmp_path / "data"
    args = ["--config", str(config), "--data", str(data)]
    write_alerts(config, f"http://127.0.0.1:{closed_port()}/hook")
    db = open_store(data)  # the service's data directory (`alerts test` makes none)
    # a real notice the broken channel refused for good
    now = datetime.now(timezone.utc)
    with db.conn:
        outbox.enqueue(db.conn, dedup_key="surge:IR:2025-W38", channel="chat", kind="alert",
                       subject="IR: 70 executions in week 2025-W38", payload={"text": "IR: 70 executions"}, now=now)
    (row,) = [r["id"] for r in db.query("select id from outbox")]
    outbox.record_failure(db.conn, row, outbox.claim(db.conn, row, now), PermanentError("HTTP 404"), now)
    db.close()
    broken = CliRunner().invoke(cli, [*args, "alerts", "test", "chat"])
    assert broken.exit_code == 1 and "test message not delivered" in broken.output
    db = open_store(data)
    assert [(r["kind"], r["status"]) for r in db.query("select kind, status from outbox order by id")] == [
        ("alert", "failed"), ("test", "failed")]
    db.close()

    with LocalSlack() as slack:
        write_alerts(config, slack.url)
        fixed = CliRunner().invoke(cli, [*args, "alerts", "retry"])
        assert fixed.exit_code == 0, fixed.output
        assert "Requeued 1 failed notice." in fixed.output
        # the real notice only: a test message was for its moment, never sent late among real alerts
        assert [p["text"] for p in slack.payloads] == ["IR: 70 executions"]
        again = CliRunner().invoke(cli, [*args, "alerts", "retry"])
        assert "Requeued 0 failed notices." in again.output
        assert len(slack.payloads) == 1  # delivered once, not again
    db = open_store(data)
    assert [(r["kind"], r["status"]) for r in db.query("select kind, status from outbox order by id")] == [
        ("alert", "sent"), ("test", "failed")]


def test_collect_fails_at_once_when_the_archive_cannot_be_written(tmp_path: Path):
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    (config / "sources.yaml").write_text(
        "sources:\n  - {id: s, name: S, org: news, type: feed, url: 'http://127.0.0.1:9/feed.xml'}\n")
    data.mkdir()
    (data / "archive").write_text("not a directory")
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(data), "collect"])
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {data / 'archive'}: the WARC archive cannot be written")
