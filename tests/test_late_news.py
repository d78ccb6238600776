"""Late news: a report collected weeks after its week ended still moves that week's alert,
once, and says it is late; `--as-of DATE --dry-run` replays what was due on a past day."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from click.testing import CliRunner

from claimstore import ClaimStore, write_alerts_yaml
from receivers import WebhookReceiver
from vigil.alerting import evaluate_and_deliver
from vigil.cli import cli
from vigil.config import AlertsFile
from vigil.config_files import load_file


@pytest.fixture
def hook():
    with WebhookReceiver() as receiver:
        yield receiver


def _config(tmp_path, hook, **extra):
    return write_alerts_yaml(tmp_path / "config", {
        "digest_channels": ["chat"],
        "channels": {"chat": {"type": "slack", "webhook_url": hook.url, "timeout": 5}},
        "rules": [{"id": "surge", "type": "weekly_total", "threshold": 50, "channels": ["chat"]}],
        **extra,
    })


def _collected(store: ClaimStore, claim_id: int, when: str) -> None:
    """Mark the claim's document as collected at `when` (what the collector records)."""
    (document_id,) = store.db.execute("select document_id from claims where id = ?", [claim_id]).fetchone()
    store.db["documents"].update(document_id, {"fetched_at": when})


def _week_38(store: ClaimStore) -> int:
    """2025-W38 (15-21 September) as known on time: 40 executions, collected as published."""
    in_time = store.report("2025-09-19", 40, "2025-09-17", source="ihr", location="Ghezel Hesar Prison",
                           evidence="Forty prisoners were hanged in Ghezel Hesar Prison on Wednesday.")
    _collected(store, in_time, "2025-09-19T08:00:00+00:00")
    late = store.report("2025-09-19", 24, "2025-09-18", source="hrana", location="Adelabad Prison, Shiraz",
                        evidence="Twenty-four prisoners were hanged in Adelabad Prison on Thursday.")
    _collected(store, late, "2025-10-02T09:30:00+00:00")  # the feed was fixed after an outage
    return late


def _run(config, tmp_path, *args):
    return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), *args])


def test_a_week_older_than_last_week_alerts_once_when_a_late_report_pushes_it_over(tmp_path, hook):
    config = _config(tmp_path, hook)
    store = ClaimStore(tmp_path / "data")
    _week_38(store)
    alerts = load_file(config / "alerts.yaml", AlertsFile)
    before = evaluate_and_deliver(store.db, alerts, now=datetime(2025, 10, 1, 12, tzinfo=timezone.utc))
    assert before.notices == []  # on 1 October only the 40 were known
    after = evaluate_and_deliver(store.db, alerts, now=datetime(2025, 10, 2, 12, tzinfo=timezone.utc))
    assert [(n.key, n.kind) for n in after.notices] == [("2025-W38:IR", "firing")]
    assert after.notices[0].subject == "Late news: IR: 64 executions in week 2025-W38 (at or above 50)"
    (message,) = hook.delivered
    assert "it reached 64 with reports collected on 2 October 2025" in str(message)
    again = evaluate_and_deliver(store.db, alerts, now=datetime(2025, 10, 3, 12, tzinfo=timezone.utc))
    assert again.notices == [] and len(hook.delivered) == 1
    store.db.close()


def test_beyond_the_lookback_a_late_report_is_not_evaluated(tmp_path, hook):
    config = _config(tmp_path, hook, lookback=1)
    store = ClaimStore(tmp_path / "data")
    _week_38(store)
    alerts = load_file(config / "alerts.yaml", AlertsFile)
    report = evaluate_and_deliver(store.db, alerts, now=datetime(2025, 10, 2, 12, tzinfo=timezone.utc))
    assert report.notices == []
    store.db.close()


def test_alerts_as_of_a_past_day_replays_the_notice_and_its_body_and_changes_nothing(tmp_path, hook):
    config = _config(tmp_path, hook)
    store = ClaimStore(tmp_path / "data")
    _week_38(store)
    store.db.close()
    day_before = _run(config, tmp_path, "alerts", "--as-of", "2025-10-01", "--dry-run")
    assert day_before.exit_code == 0, day_before.output
    assert "0 notices would be queued" in day_before.output
    replayed = _run(config, tmp_path, "alerts", "--as-of", "2025-10-02", "--dry-run")
    assert replayed.exit_code == 0, replayed.output
    assert "Late news: IR: 64 executions in week 2025-W38 (at or above 50)" in replayed.output
    assert "Late news: week 2025-W38 is over; it reached 64 with reports collected on 2 October 2025." in replayed.output
    assert "confirmed: 0" in replayed.output and "reported: 64" in replayed.output
    # a replay of the day after: already told the day before, nothing new
    assert "0 notices would be queued" in _run(config, tmp_path, "alerts", "--as-of", "2025-10-03", "--dry-run").output
    assert hook.delivered == []
    store = ClaimStore(tmp_path / "data")
    assert store.db.execute("select count(*) from alerts").fetchone()[0] == 0
    store.db.close()


def test_as_of_without_dry_run_is_a_usage_error(tmp_path, hook):
    config = _config(tmp_path, hook)
    result = _run(config, tmp_path, "alerts", "--as-of", "2025-10-02")
    assert result.exit_code == 2
    assert "--as-of replays a past day: give --dry-run too" in result.output


def test_digest_as_of_replays_the_digest_of_the_week_before_from_what_was_known(tmp_path, hook):
    config = _config(tmp_path, hook)
    store = ClaimStore(tmp_path / "data")
    _week_38(store)
    store.db.close()
    on_time = _run(config, tmp_path, "digest", "--as-of", "2025-09-22", "--dry-run")
    assert on_time.exit_code == 0, on_time.output
    assert "Vigil weekly digest: week 2025-W38" in on_time.output
    assert "IR: 40 executions (40 reported, 0 confirmed, 1 incident," in on_time.output
    later = _run(config, tmp_path, "digest", "--as-of", "2025-10-06", "--dry-run")
    assert "Vigil weekly digest: week 2025-W40" in later.output
    assert hook.delivered == []
