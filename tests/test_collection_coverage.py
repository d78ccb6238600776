"""A week in which nothing was collected is no quiet week: the digest (through the outbox and a
real SMTP receiver) and `vigil totals` say which sources failed or were stale, since when, and
how many reports were read; a quiet week with working sources stays "none recorded". Real
collection from the fixture server into a real store."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import yaml
from click.testing import CliRunner

from collect_helpers import run
from receivers import SMTPReceiver
from vigil.alerting import send_digest
from vigil.cli import cli
from vigil.config import AlertsFile
from vigil.store import open_store


def _next_monday() -> datetime:
    today = datetime.now(timezone.utc).replace(hour=9, minute=0, second=0, microsecond=0)
    return today + timedelta(days=7 - today.weekday())


def _digest(data, smtp) -> str:
    cfg = AlertsFile.model_validate({"digest_channels": ["mail"], "channels": {"mail": {
        "type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none",
        "from": "vigil@example.org", "to": ["staff@example.org"]}}})
    db = open_store(data)
    try:
        report = send_digest(db, cfg, _next_monday())  # the digest of this week, the one collected in
    finally:
        db.close()
    assert report.summary() == "1 notice queued, 1 sent, 0 failed, 0 waiting"
    return smtp.messages[-1].get_body(("plain",)).get_content()


def _totals(config, data) -> str:
    (config / "alerts.yaml").write_text(yaml.safe_dump({"timezone": "UTC"}))
    (config / "schedules.yaml").write_text("jobs: []\n")
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(data), "totals", "--weeks", "2"])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_week_every_source_failed_reads_as_nothing_collected(mockserver, sources_config, tmp_path):
    data = tmp_path / "data"
    config = sources_config([
        {"id": "down", "type": "feed", "url": f"{mockserver.url}/status/503"},
        {"id": "gone", "type": "feed", "url": f"{mockserver.url}/status/404"},
    ])
    for _ in range(2):
        run(config, data, force=True)
    with SMTPReceiver() as smtp:
        text = _digest(data, smtp)
    assert "No executions were recorded" not in text
    assert "Nothing was collected that week: no source could be read" in text
    assert "down: failing since its first fetch (2 failed fetches; HTTP 503 Service Unavailable); 0 reports read" in text
    assert "gone: failing since its first fetch" in text
    assert "Reports read that week, on any subject: 0 (down 0, gone 0)" in text

    out = _totals(config, data)
    assert "No executions recorded in the 2 weeks" in out
    this_week = [line for line in out.splitlines() if "nothing was collected (0 reports read)" in line]
    assert len(this_week) == 1 and "down failing since its first fetch" in this_week[0]


def test_a_quiet_week_with_working_sources_stays_none_recorded(mockserver, sources_config, tmp_path):
    data = tmp_path / "data"
    config = sources_config([{"id": "rss", "type": "feed", "url": f"{mockserver.ns('quietweek')}/feeds/rss.xml"}])
    report = run(config, data, force=True)
    read = report.get("rss").new_documents
    assert read > 0 and report.errors == 0
    with SMTPReceiver() as smtp:
        text = _digest(data, smtp)  # nothing extracted: no execution claim
    assert "No executions were recorded that week." in text
    assert "failing" not in text and "Nothing was collected" not in text
    assert f"Reports read that week, on any subject: {read} (rss {read})" in text
    out = _totals(config, data)  # last week was before the first collection, and says so
    assert "failed" not in out and "stale" not in out and "before the first collection (unknown, not quiet)" in out and "problems" not in out


def test_some_sources_failing_are_named_beside_the_quiet_week(mockserver, sources_config, tmp_path):
    data = tmp_path / "data"
    config = sources_config([
        {"id": "rss", "type": "feed", "url": f"{mockserver.ns('partial')}/feeds/rss.xml"},
        {"id": "down", "type": "feed", "url": f"{mockserver.url}/status/503"},
    ])
    run(config, data, force=True)
    with SMTPReceiver() as smtp:
        text = _digest(data, smtp)
    assert "No executions were recorded that week by the sources that worked; collection failed or was " \
           "stale for down (see Collection)." in text
    assert "collection failed or was stale" in _totals(config, data)


def test_staff_are_alerted_once_a_day_when_every_source_is_failing(mockserver, sources_config, tmp_path):
    from vigil.alerting import evaluate_and_deliver
    from vigil.config import SourcesFile
    from vigil.config_files import load_file

    data = tmp_path / "data"
    config = sources_config([{"id": "down", "type": "feed", "url": f"{mockserver.url}/status/503"}])
    sources = load_file(config / "sources.yaml", SourcesFile).sources
    with SMTPReceiver() as smtp:
        cfg = AlertsFile.model_validate({"digest_channels": ["mail"], "channels": {"mail": {
            "type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none",
            "from": "vigil@example.org", "to": ["staff@example.org"]}}})
        db = open_store(data)
        try:
            run(config, data, force=True)
            assert not evaluate_and_deliver(db, cfg, sources=sources).notices  # one failed run is no stop yet
            for _ in range(2):
                run(config, data, force=True)
            first = evaluate_and_deliver(db, cfg, sources=sources)
            again = evaluate_and_deliver(db, cfg, sources=sources)
        finally:
            db.close()
    assert [n.new for n in first.notices] == [True] and [n.new for n in again.notices] == [False]
    [message] = smtp.messages
    assert message["Subject"] == "[Vigil] Collection has stopped: all 1 source failing or stale"
    body = message.get_body(("plain",)).get_content()
    assert "down: failed 3 runs in a row since its first run: " in body and "HTTP 503" in body


def test_a_long_error_is_shortened_at_a_word_not_inside_an_errno():
    """A cut at a fixed width left "[Errno 11)" of "[Errno 111] Connection refused": another error."""
    from vigil.coverage import _problem

    error = ("HTTPConnectionPool(host='127.0.0.1', port=42955): Max retries exceeded with url: /feeds/ihr.xml "
             "(Caused by NewConnectionError('Failed to establish a new connection: [Errno 111] Connection refused'))")
    activity = {"failed": 3, "last_failed": "2025-09-22T08:00:00+00:00", "last_ok": None, "last_error": error}
    state, problem = _problem(activity, datetime(2025, 9, 22, tzinfo=timezone.utc), None)
    assert state == "failing" and problem.endswith(" …)")
    assert "[Errno 11" not in problem or "[Errno 111]" in problem
