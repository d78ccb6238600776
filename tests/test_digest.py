"""The weekly digest: last week's totals, change, top sources, notable incidents, chart; once a week."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from click.testing import CliRunner

from alerts.digest import build_digest
from alerts.totals import Totals
from alerts.weeks import WeekScheme
from claimstore import ClaimStore, sample_week, write_alerts_yaml
from receivers import SMTPReceiver, WebhookReceiver
from vigil.alerting import load_records, send_digest
from vigil.cli import cli
from vigil.config import AlertsFile

WEDNESDAY_W39 = datetime(2025, 9, 24, 8, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    store = ClaimStore(tmp_path / "data")
    sample_week(store)
    store.report("2025-09-14", 20, "2025-09-07", "2025-09-13", kind="aggregate", source="hrana")  # W37
    yield store
    store.db.close()


def test_digest_content(store):
    digest = build_digest(Totals(load_records(store.db), WeekScheme()), date(2025, 9, 15))
    assert digest.title == "Vigil weekly digest: week 2025-W38 (2025-09-15 to 2025-09-21)"
    assert digest.dedup_key == "digest:2025-W38"
    sections = {s.heading: s.items for s in digest.sections}
    assert [i.text for i in sections["Totals by country"]] == [
        "IR: 64 executions (3 reported, 2 confirmed, 2 incidents, bound 64, 3 sources); +44 on the week before (+220%)"]
    assert [i.text for i in sections["Top sources"]] == ["hrana: 2 reports", "ihr: 2 reports", "news: 1 report"]
    notable = sections["Notable incidents"]
    assert notable[0].url == "https://ihr.example.org/report/1"
    assert notable[0].text.startswith("IR 2025-09-16: 2 executed (Hossein Nasirian, Hassan Ali Shakib; confirmed)")
    assert notable[0].note.startswith("3 reports; ihr, 2025-09-16:")
    assert [v for _, v in digest.chart["IR"]][-2:] == [20, 64] and len(digest.chart["IR"]) == 12


def test_digest_is_sent_with_chart_once_per_week(store):
    with SMTPReceiver() as smtp, WebhookReceiver() as hook:
        cfg = AlertsFile.model_validate({
            "digest_channels": ["mail", "chat"],
            "channels": {
                "mail": {"type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none",
                         "from": "vigil@example.org", "to": ["staff@example.org"]},
                "chat": {"type": "slack", "webhook_url": hook.url},
            },
        })
        report = send_digest(store.db, cfg, WEDNESDAY_W39)
        assert report.summary() == "2 notices queued, 2 sent, 0 failed, 0 waiting"
        again = send_digest(store.db, cfg, datetime(2025, 9, 28, 23, tzinfo=timezone.utc))
        assert again.summary() == "0 notices queued, 0 sent, 0 failed, 0 waiting"
        next_week = send_digest(store.db, cfg, datetime(2025, 9, 29, 8, tzinfo=timezone.utc))
        assert [n.key for n in next_week.notices] == ["2025-W39", "2025-W39"]
    first = smtp.messages[0]
    assert first["Subject"] == "[Vigil] Vigil weekly digest: week 2025-W38 (2025-09-15 to 2025-09-21)"
    text = first.get_body(("plain",)).get_content()
    assert "Notable incidents" in text and "https://ihr.example.org/report/1" in text
    assert any(p.get_content_type() == "image/png" for p in first.walk())
    blocks = hook.delivered[0]["blocks"]
    assert blocks[0]["text"]["text"] == "Vigil weekly digest: week 2025-W38 (2025-09-15 to 2025-09-21)"
    assert len(smtp.messages) == 2 and len(hook.delivered) == 2


def test_digest_command(tmp_path):
    with SMTPReceiver() as smtp:
        config = write_alerts_yaml(tmp_path / "config", {
            "digest_channels": ["mail"],
            "channels": {"mail": {"type": "email", "host": "127.0.0.1", "port": smtp.port, "security": "none",
                                  "from": "vigil@example.org", "to": ["staff@example.org"]}},
        })
        args = ["-q", "--config", str(config), "--data", str(tmp_path / "data"), "--init", "digest"]
        first = CliRunner().invoke(cli, args)
        assert first.exit_code == 0, first.output
        assert first.stdout.splitlines()[-1] == "1 notice queued, 1 sent, 0 failed, 0 waiting"
        second = CliRunner().invoke(cli, args)
        assert second.stdout.splitlines()[0].endswith("was already queued; nothing new to send.")
    assert len(smtp.messages) == 1
    assert "No executions were recorded that week." in smtp.messages[0].get_body(("plain",)).get_content()


def test_digest_without_channels_is_a_usage_error(tmp_path):
    config = write_alerts_yaml(tmp_path / "config")
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), "digest"])
    assert result.exit_code == 2
    assert result.stderr == "error: alerts.yaml: digest_channels: no channel configured for the digest\n"
