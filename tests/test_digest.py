"""The weekly digest: last week's totals, change, top sources, notable incidents, chart; once a week."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
import yaml
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
    assert [i.text for i in sections["Sources behind the figures"]] == ["hrana: 2 reports", "ihr: 2 reports",
                                                                        "news: 1 report"]
    notable = sections["Notable incidents"]
    assert notable[0].url == "https://ihr.example.org/report/1"
    assert notable[0].text.startswith("IR 2025-09-16: 2 executed (Hossein Nasirian, Hassan Ali Shakib; confirmed)")
    assert notable[0].note.startswith("3 reports; ihr, 2025-09-16:")
    assert [v for _, v in digest.chart["IR"]][-2:] == [20, 64] and len(digest.chart["IR"]) == 12


def test_a_figure_told_later_of_a_week_before_the_first_collection_is_no_failed_collection(store):
    """Reports published after a week can still place a figure in it (a weekly statement); if
    Vigil was not collecting yet, the week was not watched: no 'Collection failed that week'."""
    from vigil.coverage import Coverage, SourceWeek

    unwatched = Coverage(date(2025, 9, 15), (SourceWeek("ihr", 0, "first fetched on 2025-09-22, after that week",
                                                        "not yet"),), date(2025, 9, 22))
    digest = build_digest(Totals(load_records(store.db), WeekScheme()), date(2025, 9, 15), coverage=unwatched)
    assert digest.summary == ("Vigil was not collecting yet that week (its first fetch was on 2025-09-22): the "
                              "figures below come from reports published after it and may be low.")
    assert [i.text for s in digest.sections if s.heading == "Collection" for i in s.items] == [
        "ihr: first fetched on 2025-09-22, after that week"]


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


def rejected_bound_store(tmp_path, rejected_at: str):
    """Week 2025-W38 in a real store file, with IHR's bound of 64 rejected at `rejected_at`
    (a past time: the review is written with it, as `record_review` writes one now)."""
    from vigil.reviews import claim_keys
    from vigil.store import reviews as store_reviews

    store = ClaimStore(tmp_path / "data")
    weekly = sample_week(store)["weekly"]
    store_reviews.append_review(store.db, claim_keys(store.db, [weekly])[weekly], action="reject",
                                reason="covers another week", corrections={}, original={}, reviewer="amina",
                                created_at=rejected_at)
    store.db.close()
    return write_alerts_yaml(tmp_path / "config", {
        "digest_channels": ["mail"],
        "channels": {"mail": {"type": "email", "host": "127.0.0.1", "port": 9, "security": "none",
                              "from": "vigil@example.org", "to": ["staff@example.org"]}},
        "rules": [{"id": "surge", "type": "weekly_total", "threshold": 50, "channels": ["mail"]}],
    })


def test_a_replay_counts_the_reviews_made_by_its_day_and_says_so(tmp_path):
    config = rejected_bound_store(tmp_path, "2025-09-24T09:00:00+00:00")

    def vigil(*args):
        result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    before = vigil("digest", "--dry-run", "--as-of", "2025-09-22")  # the rejection was not made yet
    assert before.splitlines()[0] == "Replay as known on 2025-09-22: reports collected and reviews made by then."
    assert "IR: 64 (+64)" in before and "bound 64" in before
    after = vigil("digest", "--dry-run", "--as-of", "2025-09-25")
    assert after.splitlines()[0] == "Replay as known on 2025-09-25: reports collected and reviews made by then."
    assert "IR: 3 (+3)" in after and "bound 64" not in after and "2025-W38 3" in after
    # totals --as-of only picks the weeks: it counts today's reviews, and says so
    totals = vigil("totals", "--as-of", "2025-09-21", "--weeks", "1")
    assert totals.splitlines()[0].endswith("with the reports and reviews stored now (not a replay of that day):")
    assert vigil("totals", "--as-of", "2025-09-21", "--weeks", "1", "--format", "json").count('"total": 3') == 1


def test_an_alerts_replay_counts_a_rejection_made_late_that_day(tmp_path):
    config = rejected_bound_store(tmp_path, "2025-09-21T20:00:00+00:00")
    args = ["-q", "--config", str(config), "--data", str(tmp_path / "data"), "alerts", "--dry-run", "--as-of"]
    same_day = CliRunner().invoke(cli, [*args, "2025-09-21"])
    assert same_day.exit_code == 0, same_day.output
    assert same_day.stdout.splitlines()[0] == ("Replay as known on 2025-09-21: reports collected and reviews "
                                               "made by then.")
    assert "surge" not in same_day.stdout  # 3, below the threshold of 50: the bound was rejected that evening


def test_an_alerts_replay_before_a_rejection_still_fires(tmp_path):
    config = rejected_bound_store(tmp_path, "2025-09-22T06:00:00+00:00")
    result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"),
                                      "alerts", "--dry-run", "--as-of", "2025-09-21"])
    assert result.exit_code == 0, result.output
    assert "surge" in result.stdout and "64" in result.stdout


def _demo_vigil(root, *args: str) -> subprocess.CompletedProcess:
    environ = {name: value for name, value in os.environ.items() if not name.startswith("VIGIL_")}
    return subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(root / "config"),
                           "--data", str(root / "data"), *args], capture_output=True, text=True, timeout=300, env=environ)


def test_the_digest_of_a_week_before_the_first_collection_says_it_was_not_watched(demo_data, tmp_path):
    """A kept demo (reports of 2025, fetched today) sent last week's digest saying "no source could be
    read", above sources "not collected yet (first fetched <today>)" and "0 reports read": a failure
    that never happened, of a week outside the data. It says the week was not watched, and where the data are."""
    shutil.copytree(demo_data / "config", tmp_path / "config")
    shutil.copytree(demo_data / "data", tmp_path / "data")
    path = tmp_path / "config" / "alerts.yaml"
    with SMTPReceiver() as smtp, WebhookReceiver() as hook:
        alerts = yaml.safe_load(path.read_text())
        alerts["channels"]["demo-email"]["port"] = smtp.port
        alerts["channels"]["demo-slack"]["webhook_url"] = hook.url
        path.write_text(yaml.safe_dump(alerts))
        run = _demo_vigil(tmp_path, "digest")
        assert run.returncode == 0, run.stdout + run.stderr
    today = datetime.now(timezone.utc).date()
    monday = today - timedelta(days=today.weekday() + 7)
    week = f"{monday:%G-W%V} ({monday.isoformat()} to {(monday + timedelta(days=6)).isoformat()})"
    (message,) = smtp.messages
    assert message["Subject"] == f"[Vigil] Vigil weekly digest: week {week}"
    text = message.get_body(("plain",)).get_content()
    summary = re.search(r"Vigil was not collecting yet that week \(its first fetch was on \d{4}-\d\d-\d\d\), so "
                        r"nothing is known of it: no figure, and not a quiet week\. The latest week with reported "
                        r"executions is 2025-W40 \(2025-09-29 to 2025-10-05\)\.", text)
    assert summary, text
    assert re.search(r"^- ihr: first fetched on \d{4}-\d\d-\d\d, after that week\r?$", text, re.M), text
    for wrong in ("could be read", "not collected yet", "reports read", "Reports read"):
        assert wrong not in text
    (slack,) = hook.delivered
    assert summary.group(0) in str(slack["blocks"])

    replay = _demo_vigil(tmp_path, "digest", "--dry-run", "--as-of", "2025-10-06")  # the digest the demo sends
    assert replay.returncode == 0, replay.stderr
    lines = replay.stdout.splitlines()
    assert "Executions recorded that week, deduplicated across sources." in lines
    assert lines[lines.index("Sources behind the figures") + 1:][:2] == ["- hrana: 1 report", "- ihr: 1 report"]
    assert "- Reports read that week, on any subject: 4 (hrana 2, ihr 2)" in lines
    # the sample reports start on 28 August (2025-W35): the weeks before were not watched, not quiet
    assert "Weekly totals, IR: 2025-W35 8, 2025-W36 5, 2025-W37 2, 2025-W38 64, 2025-W39 1, 2025-W40 1" in lines


def test_a_report_telling_an_incident_twice_is_one_report_behind_the_figures(tmp_path):
    """Its headline and its body are two claims of one incident, but one report of its source:
    "ihr: 2 reports" from one article made the staff look for a second that does not exist."""
    store = ClaimStore(tmp_path / "data")
    try:
        article = store.document("2025-09-17", "Two men hanged in Qezelhesar", "ihr")
        for evidence in ("Two men hanged in Qezelhesar", "Two men were hanged in Qezelhesar Prison on Tuesday."):
            store.claim(article, 2, "2025-09-16", location="Qezelhesar", evidence=evidence)
        store.report("2025-09-18", 2, "2025-09-16", source="hrana", location="Qezelhesar",
                     evidence="Two prisoners were executed in Qezelhesar on Tuesday.")
        digest = build_digest(Totals(load_records(store.db), WeekScheme()), date(2025, 9, 15))
    finally:
        store.db.close()
    sections = {s.heading: s.items for s in digest.sections}
    assert [i.text for i in sections["Sources behind the figures"]] == ["hrana: 1 report", "ihr: 1 report"]
    (notable,) = sections["Notable incidents"]
    assert notable.text.startswith("IR 2025-09-16: 2 executed") and notable.note.startswith("2 reports; ")


def test_an_alert_chart_leaves_out_empty_weeks_before_the_first_collection(store):
    """A new install's first alert must not draw ten weeks of 0 before Vigil was reading: those
    weeks are unknown, not quiet. A week before the first collection that holds a figure (told
    by a later report) is kept, as the digest keeps it."""
    from vigil.alerting import evaluate_rules
    from vigil.store.sources import insert_fetch

    insert_fetch(store.db, {"source_id": "ihr", "url": "https://ihr.example.org/feed", "kind": "feed",
                            "fetched_at": "2025-09-15T06:00:00+00:00", "status": 200})
    surge = AlertsFile.model_validate({"channels": {"chat": {"type": "slack", "webhook_url": "http://127.0.0.1:9/hook"}},
                                       "rules": [{"id": "surge", "type": "weekly_total", "threshold": 50,
                                                  "channels": ["chat"]}]})
    (notice,) = evaluate_rules(store.db, surge, datetime(2025, 9, 21, 12, tzinfo=timezone.utc), dry_run=True)
    assert "Weekly totals, IR: 2025-W37 20, 2025-W38 64\n" in notice.body
