"""`vigil status` lists the article pages that fail run after run (never archived): source, URL,
runs in a row, since when, last error; from the third failing run, the most recent twenty.

They are listed, not problems: the exit status stays what the jobs, sources and outbox make it
(a source still linking a page its site never serves is working; vigil.ingest.finish_sources).
"""

from __future__ import annotations

import json
import re

import yaml
from click.testing import CliRunner

from collect_helpers import rows, run
from vigil.cli import cli
from vigil.health import FAILING_PAGE_RUNS, FAILING_PAGES_SHOWN
from vigil.store import open_store, write_lock
from vigil.store import sources as store_sources

HEADING = f"Pages failing {FAILING_PAGE_RUNS} runs in a row or more (not archived):"


def with_schedules(config):
    (config / "schedules.yaml").write_text(yaml.safe_dump({"timezone": "UTC", "jobs": []}), encoding="utf-8")
    return config


def status(config, data, *args):
    return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(data), "status", *args])


def test_a_page_failing_three_runs_is_listed_until_it_is_archived(mockserver, sources_config, tmp_path):
    base = mockserver.ns("pages-status")
    url = f"{base}/cut-short/80"
    config = with_schedules(sources_config([{"id": "cut", "type": "feed", "url": f"{base}/feeds/cut-short.xml"}]))
    data = tmp_path / "data"
    first_run = None
    for attempt in range(1, FAILING_PAGE_RUNS + 1):
        run(config, data, force=True)
        first_run = first_run or rows(data, "select last_fetch_at from sources")[0]["last_fetch_at"]
        if attempt < FAILING_PAGE_RUNS:  # a failing run or two is no streak yet
            assert f"{HEADING} none" in status(config, data).output

    result = status(config, data)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    at = lines.index(f"{HEADING} 1")
    assert lines[at + 1].split() == ["cut", url]
    streak = re.fullmatch(r" +3 runs in a row since (\S+ \S+) UTC: truncated body: received \d+ of \d+ bytes, "
                          r"then the server closed the connection", lines[at + 2])
    assert streak and streak.group(1) == first_run[:16].replace("T", " ")
    report = json.loads(status(config, data, "--format", "json").output)
    assert report["failing_pages_total"] == 1 and report["healthy"] is True
    [page] = report["failing_pages"]
    assert (page["source_id"], page["url"], page["runs"], page["since"]) == ("cut", url, 3, first_run)
    assert page["last_error"].startswith("truncated body: received ")

    mockserver.publish("pages-status", 2)
    run(config, data, force=True)
    assert f"{HEADING} none" in status(config, data).output
    assert rows(data, "select * from page_failures") == []


def test_the_list_is_capped_and_keeps_only_pages_still_tried(sources_config, tmp_path):
    """Twenty-five pages of one source failing three runs: the twenty most recent are listed and
    the rest counted; once the feed no longer carries them, only the pages tried again stay."""
    config = with_schedules(sources_config([{"id": "wire", "type": "feed", "url": "http://127.0.0.1:9/feed.xml"},
                                            {"id": "off", "type": "feed", "url": "http://127.0.0.1:9/off.xml",
                                             "enabled": False}]))
    data = tmp_path / "data"
    db = open_store(data)
    urls = [f"http://127.0.0.1:9/report/{n}" for n in range(25)]

    def collection(now: str, source_id: str, failing: list[str]) -> None:
        with write_lock(db):
            for url in failing:
                store_sources.insert_fetch(db, {"source_id": source_id, "url": url, "kind": "article",
                                                "fetched_at": now, "status": 503, "error": "HTTP 503 Service Unavailable"})
            store_sources.record_run(db, source_id, now, None)
            store_sources.record_page_runs(db, source_id, now, failing)

    try:
        with write_lock(db):
            for source_id in ("wire", "off"):
                db["sources"].insert({"id": source_id, "type": "feed", "enabled": int(source_id == "wire")})
        for day in (1, 2, 3):
            collection(f"2026-11-0{day}T10:00:00+00:00", "wire", urls)
            collection(f"2026-11-0{day}T10:00:00+00:00", "off", urls[:1])  # a disabled source is not shown
        db.conn.commit()
        result = status(config, data)
        assert f"{HEADING} 25" in result.output
        assert result.output.count("3 runs in a row since 2026-11-01 10:00 UTC: HTTP 503") == FAILING_PAGES_SHOWN
        assert f"... and 5 more (the {FAILING_PAGES_SHOWN} that failed most recently are shown)" in result.output
        report = json.loads(status(config, data, "--format", "json").output)
        assert (len(report["failing_pages"]), report["failing_pages_total"]) == (FAILING_PAGES_SHOWN, 25)
        assert {p["source_id"] for p in report["failing_pages"]} == {"wire"}

        collection("2026-11-04T10:00:00+00:00", "wire", urls[:2])  # the others are gone from the feed
        db.conn.commit()
        report = json.loads(status(config, data, "--format", "json").output)
        assert [(p["url"], p["runs"]) for p in report["failing_pages"]] == [(urls[0], 4), (urls[1], 4)]
    finally:
        db.close()
