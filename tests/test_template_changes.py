"""A source's template as it is learned and as it changes: earlier documents follow it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from vigil.cli import cli

from collect_helpers import rows, run

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import stream  # noqa: E402

pytestmark = pytest.mark.slow


def configure(root: Path, source: dict) -> Path:
    config = root / "config"
    config.mkdir(exist_ok=True)
    body = {"user_agent": "VigilTest/1.0", "timeout": 5.0, "allow_private_addresses": True,
            "sources": [{"name": source["id"], "org": "rights-group", **source}]}
    (config / "sources.yaml").write_text(yaml.safe_dump(body), encoding="utf-8")
    (config / "alerts.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    return config


def invoke(root: Path, *args: str):
    result = CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), *args])
    assert result.exit_code == 0, result.output
    return result


def leaks(root: Path, pool=stream.SIDEBAR_POOL) -> list[str]:
    return [d["url"] for d in rows(root / "data", "select url, text from documents") if any(h in d["text"] for h in pool)]


def phantom_claims(root: Path) -> int:
    """Claims read from a sidebar headline: every headline names a place no report of the stream does."""
    places = ("Karaj", "Qezelhesar", "Ghezel Hesar", "Kerman", "Qarchak", "Yazd", "Arak", "Sanandaj")
    return sum(1 for c in rows(root / "data", "select evidence from claims") if any(p in c["evidence"] for p in places))


def test_a_sources_first_pages_are_read_again_once_its_template_is_known(mockserver, tmp_path):
    site = {"id": "oldtown", "type": "site", "start_urls": [f"{mockserver.ns('learning')}/stream/oldtown/index"],
            "article_links": "h2.entry-title a", "next_page": "a.next"}
    configure(tmp_path, {**site, "max_pages": 3})
    first = run(tmp_path / "config", tmp_path / "data", force=True).get("oldtown")
    assert first.new_documents == 2
    # a listing page and two articles are too few to tell the template from the reports
    assert len(leaks(tmp_path)) == 2
    invoke(tmp_path, "extract")
    assert phantom_claims(tmp_path) > 0

    configure(tmp_path, {**site, "max_pages": 80})
    second = run(tmp_path / "config", tmp_path / "data", force=True).get("oldtown")
    assert second.new_documents >= 4 and second.refreshed == 2
    assert leaks(tmp_path) == []
    queued = rows(tmp_path / "data", "select count(*) n from documents where extractor_version is null")[0]["n"]
    assert queued == second.new_documents + 2  # the new documents and the two read again
    invoke(tmp_path, "extract")
    assert phantom_claims(tmp_path) == 0
    rerun = invoke(tmp_path, "extract", "rerun")
    assert "0 claims added, 0 removed, 0 changed" in rerun.output and "0 document texts read differently" in rerun.output


def test_a_redesign_half_way_is_learned_from_the_new_pages(mockserver, tmp_path):
    feed = {"id": "ledger", "type": "feed", "url": f"{mockserver.ns('redesign')}/stream/ledger/feed/"}
    configure(tmp_path, {**feed, "url": feed["url"] + "?upto=6"})
    assert run(tmp_path / "config", tmp_path / "data", force=True).get("ledger").new_documents == 6
    # the five newest reports come in the new theme: a table layout with another sidebar
    configure(tmp_path, {**feed, "url": feed["url"] + "?redesign=6"})
    assert run(tmp_path / "config", tmp_path / "data", force=True).get("ledger").new_documents == 5
    methods = {d["text_method"] for d in rows(tmp_path / "data", "select text_method from documents")}
    assert methods == {"trafilatura"}
    assert leaks(tmp_path) == [] and leaks(tmp_path, stream.REDESIGN_POOL) == []
    for report in stream.ledger():
        stored = rows(tmp_path / "data", "select text from documents where title = ?", [report.title])
        assert stored and all(p in stored[0]["text"] for p in report.paragraphs), report.slug
    invoke(tmp_path, "extract")
    assert phantom_claims(tmp_path) == 0
