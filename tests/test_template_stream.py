"""Template removal end to end: three sources of the six-week stream (tests/mockserver/stream.py),
collected from the fixture server, stored without their sidebars, and counted right."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from vigil.alerting import compute_totals
from vigil.cli import cli
from vigil.config import WeekSettings
from vigil.store import open_store

from collect_helpers import rows, run

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import stream  # noqa: E402

pytestmark = pytest.mark.slow


def stream_sources(base: str) -> list[dict]:
    site = {"type": "site", "article_links": "h2.entry-title a", "next_page": "a.next", "max_pages": 80}
    return [
        {"id": "oldtown", "start_urls": [f"{base}/oldtown/index"], **site},
        {"id": "desk", "start_urls": [f"{base}/desk/index"], **site},
        {"id": "ledger", "type": "feed", "url": f"{base}/ledger/feed/"},
    ]


@pytest.fixture(scope="module")
def collected(mockserver, tmp_path_factory):
    root = tmp_path_factory.mktemp("stream")
    base = f"{mockserver.ns('stream')}/stream"
    config = root / "config"
    config.mkdir()
    body = {"user_agent": "VigilTest/1.0 (+http://example.org/vigil)", "timeout": 5.0, "max_bytes": 1_000_000,
            "allow_private_addresses": True,
            "sources": [{"name": s["id"], "org": "rights-group", "lang": "en", **s} for s in stream_sources(base)]}
    (config / "sources.yaml").write_text(yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
    (config / "alerts.yaml").write_text("timezone: UTC\nweek_starts: monday\n", encoding="utf-8")
    report = run(config, root / "data")
    assert report.errors == 0, [s.last_error for s in report.sources]
    assert invoke(root, "extract").exit_code == 0
    return root


def invoke(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), *args])


def test_every_article_is_stored_whole_without_the_sidebar_and_with_its_date(collected):
    for source, (layout, reports) in stream.SOURCES.items():
        base = rows(collected / "data", "select url from sources where id = ?", [source])[0]["url"]
        base = base.rsplit(f"/{source}/", 1)[0]
        stored = {d["url"]: d for d in rows(collected / "data", "select * from documents where source_id = ?", [source])}
        expected = reports()
        assert len(stored) == len(expected), source
        for report in expected:
            document = stored.get(stream.article_url(base, source, report))
            assert document is not None, f"{source}: {report.slug} not stored"
            for paragraph in report.paragraphs:
                assert paragraph in document["text"], f"{source} ({layout}): {report.slug} lost {paragraph!r}"
            for headline in stream.SIDEBAR_POOL:
                assert headline not in document["text"], f"{source} ({layout}): {report.slug} kept {headline!r}"
            # the feed entry's date, else the page's publication metadata, else the date in the text;
            # never the later "modified" date the ledger and desk pages carry
            assert document["published"][:10] == report.published.isoformat(), (source, report.slug)
            assert document["date_from"] == {"ledger": "feed", "desk": "page-metadata", "oldtown": "text"}[source]


def test_weekly_totals_are_within_five_percent_of_the_truth(collected):
    result = invoke(collected, "totals", "--format", "json", "--weeks", str(stream.WEEKS), "--as-of",
                    max(stream.truth()).isoformat())
    assert result.exit_code == 0, result.output
    weeks = {date.fromisoformat(w["week_start"]): w for w in json.loads(result.output) if w["country"] == "IR"}
    db = open_store(collected / "data")
    totals = compute_totals(db, WeekSettings())
    incident_sums = {t.week_start: t.incident_sum for t in totals.all_weeks() if t.country == "IR"}
    for monday, true_total in stream.truth().items():
        week = weeks[monday]
        assert abs(week["total"] - true_total) <= 0.05 * true_total, (monday, week, true_total)
        # no phantom incidents either: the deduplicated reports never add up to more than the truth
        assert incident_sums[monday] <= true_total * 1.05, (monday, incident_sums[monday], true_total)


def test_a_rerun_with_the_same_extractor_changes_nothing(collected):
    result = invoke(collected, "extract", "rerun")
    assert result.exit_code == 0, result.output
    assert "0 claims added, 0 removed, 0 changed, 0 failed; 0 weekly totals moved; 0 document texts read" in result.output


def test_a_rerun_over_a_store_collected_before_templates_learns_them_from_the_archive(collected):
    """A database from before template learning: the sidebar in the stored text, phantom claims
    counted, no line hashes. The re-run learns the template from the archived pages and
    removes the phantoms. (Mutates the module's store: keep this test last.)"""
    headline = stream.SIDEBAR_POOL[0]
    db = open_store(collected / "data")
    with db.conn:
        db.execute("delete from page_blocks")
        db.execute("update documents set page_url = null, template_digest = null, extractor_version = null, "
                   "text = text || char(10) || ? where source_id = 'oldtown'", [headline])
    db.close()
    assert invoke(collected, "extract").exit_code == 0
    before = rows(collected / "data", "select count(*) n from claims where evidence like ?", [f"%{headline}%"])[0]["n"]
    assert before > 0

    result = invoke(collected, "extract", "rerun", "--source", "oldtown")
    assert result.exit_code == 0, result.output
    assert rows(collected / "data", "select count(*) n from claims where evidence like ?", [f"%{headline}%"])[0]["n"] == 0
    assert "Weekly totals that moved:" in result.output
    assert rows(collected / "data", "select count(*) n from documents where source_id = 'oldtown' and text like ?",
                [f"%{headline}%"])[0]["n"] == 0
