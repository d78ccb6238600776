"""The outbox: claim by conditional UPDATE, retry transient errors with backoff, honour
Retry-After, recover rows whose sender died, and lose nothing nor send twice on a restart."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from alerts import outbox
from alerts.channels import CHANNELS
from alerts.notification import Notification
from claimstore import write_alerts_yaml
from receivers import SMTPReceiver, WebhookReceiver
from vigil.alerting import flush_outbox
from vigil.config import ALERTS_FILE, AlertsFile
from vigil.config_files import load_file
from vigil.store import open_store

T0 = datetime(2025, 9, 21, 12, tzinfo=timezone.utc)


def alerts_config(smtp_port: int = 9, webhook: str = "http://127.0.0.1:9/hook") -> dict:
    return {"channels": {
        "mail": {"type": "email", "host": "127.0.0.1", "port": smtp_port, "security": "none", "timeout": 5,
                 "from": "vigil@example.org", "to": ["staff@example.org"]},
        "chat": {"type": "slack", "webhook_url": webhook, "timeout": 5},
    }}


def add(db, cfg: AlertsFile, channel: str, key: str, now: datetime = T0) -> int:
    notification = Notification(kind="alert", title=f"notice {key}", dedup_key=key)
    config = cfg.channels[channel]
    with db.conn:
        outbox.enqueue(db.conn, dedup_key=key, channel=channel, kind="alert", subject=notification.title,
                       payload=CHANNELS[config.type].payload(notification, config, channel), now=now)
    return db.execute("select id from outbox where dedup_key = ? and channel = ?", [key, channel]).fetchone()[0]


def row(db, row_id) -> dict:
    return db["outbox"].get(row_id)


@pytest.fixture
def db(tmp_path):
    db = open_store(tmp_path / "data")
    yield db
    db.close()


def test_backoff_first_retry_within_a_minute_growing_to_an_hour():
    delays = [outbox.backoff(n).total_seconds() for n in range(1, 10)]
    assert delays[0] <= 60
    assert delays == sorted(delays) and max(delays) == 3600


def test_enqueue_is_idempotent_per_dedup_key_and_channel(db):
    cfg = AlertsFile.model_validate(alerts_config())
    first = add(db, cfg, "chat", "k")
    assert add(db, cfg, "chat", "k") == first
    assert db["outbox"].count == 1


def test_only_one_of_two_connections_claims_a_row(db, tmp_path):
    cfg = AlertsFile.model_validate(alerts_config())
    row_id = add(db, cfg, "chat", "k")
    other = open_store(tmp_path / "data")
    try:
        assert outbox.claim(db.conn, row_id, T0) == 1
        assert outbox.claim(other.conn, row_id, T0) is None
        assert row(db, row_id)["status"] == "sending"
    finally:
        other.close()


def test_slack_429_then_500_then_200_is_delivered_once_honouring_retry_after(db):
    with WebhookReceiver() as hook:
        cfg = AlertsFile.model_validate(alerts_config(webhook=hook.url))
        hook.script = [(429, {"Retry-After": "7"}, "rate_limited"), (500, {}, "oops")]
        row_id = add(db, cfg, "chat", "k")

        report = flush_outbox(db, cfg, T0)
        assert [(d.outcome, d.attempts) for d in report.deliveries] == [("retry", 1)]
        assert row(db, row_id)["next_attempt_at"] == outbox.iso(T0 + timedelta(seconds=7))
        assert flush_outbox(db, cfg, T0 + timedelta(seconds=6)).deliveries == []  # not before Retry-After

        report = flush_outbox(db, cfg, T0 + timedelta(seconds=7))
        assert report.deliveries[0].outcome == "retry" and "HTTP 500" in report.deliveries[0].error
        assert row(db, row_id)["next_attempt_at"] == outbox.iso(T0 + timedelta(seconds=7) + outbox.backoff(2))

        report = flush_outbox(db, cfg, T0 + timedelta(minutes=5))
        assert [d.outcome for d in report.deliveries] == ["sent"] and report.pending == []
        assert flush_outbox(db, cfg, T0 + timedelta(hours=5)).deliveries == []
    assert len(hook.delivered) == 1 and [r["status"] for r in hook.requests] == [429, 500, 200]
    final = row(db, row_id)
    assert (final["status"], final["attempts"], final["last_error"]) == ("sent", 3, None)


def test_smtp_down_then_up_delivers_exactly_once_and_skips_the_channel_meanwhile(db):
    smtp = SMTPReceiver().start()
    port = smtp.port
    smtp.stop()  # the mail server is down
    cfg = AlertsFile.model_validate(alerts_config(smtp_port=port))
    first, second = add(db, cfg, "mail", "a"), add(db, cfg, "mail", "b")
    report = flush_outbox(db, cfg, T0)
    assert [(d.id, d.outcome) for d in report.deliveries] == [(first, "retry")]  # b not tried: channel down
    assert row(db, second)["attempts"] == 0
    assert [p["id"] for p in report.pending] == [first, second]
    with SMTPReceiver() as smtp:
        smtp.port = port
        smtp.stop()
        smtp.start()  # back up, on the same port
        report = flush_outbox(db, cfg, T0 + timedelta(seconds=30))
        assert [d.outcome for d in report.deliveries] == ["sent", "sent"]
        flush_outbox(db, cfg, T0 + timedelta(hours=1))
    assert sorted(m["Subject"] for m in smtp.messages) == ["[Vigil] notice a", "[Vigil] notice b"]


def test_smtp_4xx_is_retried_and_5xx_fails_for_good(db):
    with SMTPReceiver() as smtp:
        cfg = AlertsFile.model_validate(alerts_config(smtp_port=smtp.port))
        deferred = add(db, cfg, "mail", "deferred")
        smtp.replies = ["451 4.7.1 Greylisted"]
        assert flush_outbox(db, cfg, T0).deliveries[0].outcome == "retry"
        assert flush_outbox(db, cfg, T0 + timedelta(minutes=1)).deliveries[0].outcome == "sent"
        rejected = add(db, cfg, "mail", "rejected")
        smtp.replies = ["550 5.1.1 No such user"]
        report = flush_outbox(db, cfg, T0 + timedelta(minutes=2))
        assert [(d.outcome, d.error) for d in report.deliveries] == [
            ("failed", f"SMTP 127.0.0.1:{smtp.port}: 550 5.1.1 No such user")]
        assert flush_outbox(db, cfg, T0 + timedelta(days=1)).deliveries == []
    assert [m["Subject"] for m in smtp.messages] == ["[Vigil] notice deferred"]
    assert row(db, deferred)["status"] == "sent" and row(db, rejected)["status"] == "failed"


def test_transient_errors_give_up_after_max_attempts(db):
    cfg = AlertsFile.model_validate(alerts_config())  # port 9: nobody listens
    row_id = add(db, cfg, "mail", "k")
    db.execute("update outbox set attempts = ? where id = ?", [outbox.MAX_ATTEMPTS - 1, row_id])
    db.conn.commit()
    (delivery,) = flush_outbox(db, cfg, T0).deliveries
    assert delivery.outcome == "failed" and delivery.error.startswith(f"gave up after {outbox.MAX_ATTEMPTS} attempts")


def test_row_of_a_dead_sender_is_recovered_after_the_lease_only(db):
    with WebhookReceiver() as hook:
        cfg = AlertsFile.model_validate(alerts_config(webhook=hook.url))
        row_id = add(db, cfg, "chat", "k")
        assert outbox.claim(db.conn, row_id, T0) == 1  # ...and the process dies here
        report = flush_outbox(db, cfg, T0 + timedelta(minutes=1))
        assert report.deliveries == [] and report.pending[0]["status"] == "sending"
        report = flush_outbox(db, cfg, T0 + outbox.LEASE)
        assert [(d.outcome, d.attempts) for d in report.deliveries] == [("sent", 2)]
    assert len(hook.delivered) == 1


def test_a_sender_whose_lease_was_taken_over_does_not_overwrite_the_outcome(db):
    cfg = AlertsFile.model_validate(alerts_config())
    row_id = add(db, cfg, "chat", "k")
    assert outbox.claim(db.conn, row_id, T0) == 1
    assert outbox.claim(db.conn, row_id, T0 + outbox.LEASE) == 2  # a second sender takes over
    outbox._finish(db.conn, row_id, 2, status="sent", sent_at=outbox.iso(T0))
    outbox.record_failure(db.conn, row_id, 1, outbox.TransientError("late"), T0)  # the first one reports late
    assert row(db, row_id)["status"] == "sent"


FLUSHER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vigil.alerting import flush_outbox
    from vigil.config import AlertsFile
    from vigil.config_files import load_file
    from vigil.store import open_store
    db = open_store(sys.argv[1])
    flush_outbox(db, load_file(Path(sys.argv[2]) / "alerts.yaml", AlertsFile))
    """
)


def test_restart_in_the_middle_of_delivery_loses_nothing_and_sends_nothing_twice(tmp_path, db):
    """A separate process is killed (SIGKILL) while the mail server holds the second of three
    messages; a new process with its own connection finishes the job once the lease is over."""
    with SMTPReceiver() as smtp:
        config_dir = write_alerts_yaml(tmp_path / "config", alerts_config(smtp_port=smtp.port))
        cfg = load_file(config_dir / ALERTS_FILE, AlertsFile)
        now = datetime.now(timezone.utc)
        ids = [add(db, cfg, "mail", key, now) for key in ("one", "two", "three")]
        smtp.hold("notice two")
        sender = subprocess.Popen([sys.executable, "-c", FLUSHER, str(tmp_path / "data"), str(config_dir)])
        try:
            assert smtp.held.wait(60), "the sender never reached the second message"
        finally:
            os.kill(sender.pid, signal.SIGKILL)
            sender.wait()
        smtp.release()  # the server drops the half-delivered message: it never counted
        assert [row(db, i)["status"] for i in ids] == ["sent", "sending", "pending"]

        restarted = open_store(tmp_path / "data")
        try:
            early = flush_outbox(restarted, cfg, datetime.now(timezone.utc))
            assert [d.id for d in early.deliveries] == [ids[2]]  # the claimed row waits for its lease
            report = flush_outbox(restarted, cfg, datetime.now(timezone.utc) + outbox.LEASE + timedelta(seconds=1))
            assert [d.id for d in report.deliveries] == [ids[1]] and report.pending == []
        finally:
            restarted.close()
    subjects = sorted(m["Subject"] for m in smtp.messages)
    assert subjects == ["[Vigil] notice one", "[Vigil] notice three", "[Vigil] notice two"]
    assert len({m["Message-ID"] for m in smtp.messages}) == 3


def test_crash_after_the_server_accepted_repeats_with_the_same_message_id(db):
    """The documented at-least-once window: sent, but the process died before recording it."""
    with SMTPReceiver() as smtp:
        cfg = AlertsFile.model_validate(alerts_config(smtp_port=smtp.port))
        row_id = add(db, cfg, "mail", "k")
        attempts = outbox.claim(db.conn, row_id, T0)
        record = row(db, row_id)
        CHANNELS["email"].send(json.loads(record["payload"]), cfg.channels["mail"], "k")
        # ...crash: the outcome is never written. After the lease the row is sent again:
        assert attempts == 1
        flush_outbox(db, cfg, T0 + outbox.LEASE)
    first, again = smtp.messages
    assert first["Message-ID"] == again["Message-ID"] and first["X-Vigil-Notice"] == again["X-Vigil-Notice"] == "k"
