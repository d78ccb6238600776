"""Feeds as real servers send them: byte order marks, redirects in front of 304s, validators
stuck in the future, xml:base, declared entities, plain bodies labelled gzip, Tehran time.
Each case was reported publicly against a feed reader; here against the fixture server."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from vigil.cli import cli
from vigil.conditional import MAX_NOT_MODIFIED, feed_job
from vigil.config import SourcesFile
from vigil.config_files import load_file
from vigil.extraction import extract_new_documents
from vigil.store import open_store

from collect_helpers import rows, run

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import pages  # noqa: E402


def feed(mockserver, ns: str, path: str, **extra) -> dict:
    return {"id": ns, "type": "feed", "url": f"{mockserver.ns(ns)}{path}", "min_interval": "1s", **extra}


def test_a_feed_starting_with_a_byte_order_mark_is_read(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "bom", "/feeds/bom.xml")])
    report = run(config, tmp_path / "data")
    assert (report.errors, report.new_documents) == (0, 1)
    assert [d["title"] for d in rows(tmp_path / "data", "select title from documents")] == [
        "Report 70: prisoners executed in Iran"
    ]


def test_a_redirect_in_front_of_a_304_is_not_modified_then_the_new_item_is_fetched(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "moving", "/feeds/moving")])
    data = tmp_path / "data"
    assert run(config, data).new_documents == 1
    second = run(config, data, force=True).get("moving")
    assert (second.not_modified, second.errors, second.new_documents) == (True, 0, 0)
    statuses = [r["status"] for r in rows(data, "select status from fetches where kind = 'feed' order by id")]
    assert statuses == [301, 200, 301, 304]
    mockserver.publish("moving", 2)
    third = run(config, data, force=True).get("moving")
    assert (third.not_modified, third.errors, third.new_documents) == (False, 0, 1)
    assert rows(data, "select count(*) as n from documents")[0]["n"] == 2


def test_validators_stuck_in_the_future_never_hide_a_new_report(mockserver, sources_config, tmp_path):
    """Last-Modified and ETag say 2041: the next collect after the feed changes stores the new report."""
    config = sources_config([feed(mockserver, "stuck", "/feeds/stuck.xml")])
    data = tmp_path / "data"
    assert run(config, data).new_documents == 1
    mockserver.publish("stuck", 2)
    report = run(config, data, force=True).get("stuck")
    assert (report.not_modified, report.errors, report.new_documents) == (False, 0, 1)
    polls = [r for r in mockserver.requests("/t/stuck/feeds/")]
    assert len(polls) == 2 and polls[1]["if_none_match"] is None and polls[1]["if_modified_since"] is None
    assert rows(data, "select count(*) as n from documents")[0]["n"] == 2


def test_a_feed_answering_304_run_after_run_is_polled_without_validators_now_and_then(
    mockserver, sources_config, tmp_path
):
    config = sources_config([feed(mockserver, "often", "/feeds/rss.xml")])
    data = tmp_path / "data"
    assert run(config, data).new_documents == 6
    for _ in range(MAX_NOT_MODIFIED):
        assert run(config, data, force=True).get("often").not_modified
    unconditional = run(config, data, force=True).get("often")
    assert (unconditional.not_modified, unconditional.new_documents, unconditional.errors) == (False, 0, 0)
    polls = mockserver.requests("/t/often/feeds/")
    assert [p["if_none_match"] is None for p in polls] == [True] + [False] * MAX_NOT_MODIFIED + [True]
    assert len(mockserver.requests("/t/often/articles/")) == 6  # the unchanged entries were not fetched again
    assert run(config, data, force=True).get("often").not_modified  # and conditional again after the 200

    db = open_store(data)
    try:
        source = load_file(config / "sources.yaml", SourcesFile).sources[0]
        assert feed_job(db, source).etag is not None
        tomorrow = datetime.now(timezone.utc) + timedelta(days=1, minutes=1)
        assert (feed_job(db, source, now=tomorrow).etag, feed_job(db, source, now=tomorrow).last_modified) == (None, None)
    finally:
        db.close()


def test_an_atom_entry_link_is_resolved_against_its_own_xml_base(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "based", "/feeds/xml-base.atom")])
    report = run(config, tmp_path / "data")
    assert (report.errors, report.new_documents) == (0, 1)
    urls = [d["url"] for d in rows(tmp_path / "data", "select url from documents")]
    assert urls == [f"{mockserver.ns('based')}/reports/2025/09/17/report-73.html"]
    assert [r["path"] for r in mockserver.requests("/t/based/report-73")] == []


def test_a_feed_declaring_nbsp_in_its_doctype_is_read(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "nbsp", "/feeds/nbsp.xml")])
    report = run(config, tmp_path / "data")
    assert (report.errors, report.new_documents) == (0, 1)
    assert rows(tmp_path / "data", "select error from fetches where kind = 'feed'") == [{"error": None}]


def test_a_plain_body_labelled_gzip_is_read_with_a_warning(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "mislabel", "/feeds/gzip-label.xml")])
    report = run(config, tmp_path / "data")
    assert (report.errors, report.new_documents) == (0, 1)
    [fetch] = rows(tmp_path / "data", "select status, error, warning from fetches where kind = 'feed'")
    assert fetch["status"] == 200 and fetch["error"] is None
    assert "not gzip-compressed; read as identity" in fetch["warning"]


def test_tehran_dates_are_read_in_tehran_and_today_is_the_tehran_day(mockserver, sources_config, tmp_path):
    """02:30 on Monday in Tehran is Sunday in UTC: the report's "today" is Monday, in week 38."""
    config = sources_config([feed(mockserver, "tehran", "/feeds/tehran.xml", timezone="Asia/Tehran")])
    data = tmp_path / "data"
    report = run(config, data)
    assert (report.errors, report.new_documents) == (0, 5)
    published = {d["url"].rsplit("/", 1)[1]: d["published"] for d in rows(data, "select url, published from documents")}
    assert published == {
        "80": "2025-09-15T02:30:00+03:30",  # +0330
        "81": "2025-09-15T02:30:00+03:30",  # IRST
        "82": "2025-09-15T02:30:00+03:30",  # no zone: the source's
        "83": pages.article_date(83).astimezone(ZoneInfo("Asia/Tehran")).isoformat(),  # year 1 is out of range:
        # the page's own time instead (it gives one in UTC), on the Tehran clock
        "84": "2025-09-15T03:00:00+03:30",  # AST: Arabia Standard Time, UTC+3
    }
    db = open_store(data)
    try:
        extract_new_documents(db)
    finally:
        db.close()
    claims = rows(data, "select c.period_start from claims c join documents d on d.id = c.document_id "
                        "where d.url like '%/dawn/80'")
    assert claims and {c["period_start"] for c in claims} == {"2025-09-15"}


def test_a_zone_set_after_collection_still_decides_the_reference_day(mockserver, sources_config, tmp_path):
    """Stored in UTC before the source had `timezone:`; extraction reads it on the Tehran calendar."""
    data = tmp_path / "data"
    run(sources_config([feed(mockserver, "latezone", "/feeds/utc-dawn.xml")]), data)
    assert rows(data, "select published from documents") == [{"published": "2025-09-14T23:00:00+00:00"}]
    run(sources_config([feed(mockserver, "latezone", "/feeds/utc-dawn.xml", timezone="Asia/Tehran")]), data, force=True)
    db = open_store(data)
    try:
        extract_new_documents(db)
    finally:
        db.close()
    assert {c["period_start"] for c in rows(data, "select period_start from claims")} == {"2025-09-15"}


def test_a_source_silent_for_longer_than_expected_shows_as_stale(mockserver, sources_config, tmp_path):
    config = sources_config([feed(mockserver, "quiet", "/feeds/atom.xml", expected_update_period="3d"),
                             feed(mockserver, "lively", "/feeds/rdf.xml")])
    data = tmp_path / "data"
    run(config, data)
    db = open_store(data)
    try:
        long_ago = (datetime.now(timezone.utc) - timedelta(days=4)).isoformat(timespec="seconds")
        with db.conn:
            db.execute("update feed_entries set first_seen_at = ? where source_id = 'quiet'", [long_ago])
            db.execute("update documents set fetched_at = ? where source_id = 'quiet'", [long_ago])
            db.execute("update fetches set fetched_at = ? where source_id = 'quiet'", [long_ago])
    finally:
        db.close()
    (config / "schedules.yaml").write_text("timezone: UTC\njobs: []\n", encoding="utf-8")
    (config / "alerts.yaml").write_text("timezone: UTC\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(data), "status"])
    assert result.exit_code == 1, (result.output, result.exception)
    lines = result.output.splitlines()
    assert "Sources stale: 1" in lines and not [line for line in lines if "lively" in line], result.output
    assert "  - source quiet: stale: no new report for 4 days (expected_update_period 3d); is its feed or page stuck?" in lines


@pytest.mark.slow
def test_site_pages_dated_in_utc_are_stored_on_the_source_clock(mockserver, sources_config, tmp_path):
    start = f"{mockserver.ns('sitezone')}/news/"
    config = sources_config([{"id": "sitezone", "type": "site", "start_urls": [start], "max_pages": 3,
                              "article_links": "h2.entry-title a", "timezone": "Asia/Tehran"}])
    data = tmp_path / "data"
    assert run(config, data, kinds=("site",)).get("sitezone").new_documents == 2
    tehran = ZoneInfo("Asia/Tehran")
    for doc in rows(data, "select url, published from documents"):
        n = int(doc["url"].rsplit("-", 1)[1])
        assert doc["published"] == pages.article_date(n).astimezone(tehran).isoformat()
