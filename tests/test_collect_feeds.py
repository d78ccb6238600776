"""Feed collection end to end: the fixture server, a real SQLite file, real WARC files."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from crawler.archive import read_response
from vigil.cli import cli
from vigil.collect import collect
from vigil.context import AppContext
from vigil.errors import UsageError

from collect_helpers import rows, run


def test_rss_atom_rdf_become_documents_with_archive_and_fetches(mockserver, sources_config, tmp_path):
    base = mockserver.ns("formats")
    config = sources_config(
        [
            {"id": "rss", "type": "feed", "url": f"{base}/feeds/rss.xml"},
            {"id": "atom", "type": "feed", "url": f"{base}/feeds/atom.xml"},
            {"id": "rdf", "type": "feed", "url": f"{base}/feeds/rdf.xml"},
        ]
    )
    data = tmp_path / "data"
    report = run(config, data)

    assert {s.source_id: s.new_documents for s in report.sources} == {"rss": 6, "atom": 4, "rdf": 4}
    assert report.errors == 0
    documents = rows(data, "select * from documents order by id")
    assert len(documents) == 14
    for doc in documents:
        assert "utm_" not in doc["url"] and "fbclid" not in doc["url"] and "#" not in doc["url"]
        assert doc["text"].startswith(doc["title"])
        assert "Subscribe to our newsletter" not in doc["text"] and "Copyright" not in doc["text"]
        url, headers, body = read_response(data / "archive" / doc["warc_file"], doc["warc_offset"])
        assert headers.get("Content-Type").startswith("text/html")
        assert doc["title"].encode() in body
        assert url.split("?")[0] == doc["url"]
    by_url = {d["url"]: d for d in documents}
    assert by_url[f"{base}/articles/3"]["published"] == "2025-09-02T05:00:00+00:00"  # from the feed entry
    assert by_url[f"{base}/articles/3"]["lang"] == "en"
    # every exchange has a fetches row pointing into the archive
    fetches = rows(data, "select * from fetches")
    assert len(fetches) == 3 + 14
    assert all(f["status"] == 200 and f["error"] is None and f["warc_file"] for f in fetches)
    assert {f["kind"] for f in fetches} == {"feed", "article"}
    # the User-Agent from sources.yaml went out with every request
    sent = mockserver.requests("/t/formats/")
    assert {r["user_agent"] for r in sent} == {"VigilTest/1.0 (+http://example.org/vigil)"}
    sources = rows(data, "select * from sources order by id")
    assert [(s["id"], s["consecutive_failures"], s["last_success_at"] is not None) for s in sources] == [
        ("atom", 0, True), ("rdf", 0, True), ("rss", 0, True)
    ]


def test_unchanged_feeds_answer_304_and_nothing_is_fetched_again(mockserver, sources_config, tmp_path):
    base = mockserver.ns("unchanged")
    config = sources_config(
        [
            {"id": "rss", "type": "feed", "url": f"{base}/feeds/rss.xml"},
            {"id": "atom", "type": "feed", "url": f"{base}/feeds/atom.xml"},
        ]
    )
    data = tmp_path / "data"
    run(config, data)
    before = len(mockserver.requests("/t/unchanged/"))
    second = run(config, data, force=True)

    assert all(s.not_modified and s.new_documents == 0 and s.fetched == 1 for s in second.sources)
    sent = mockserver.requests("/t/unchanged/")[before:]
    assert sorted(r["path"] for r in sent) == ["/t/unchanged/feeds/atom.xml", "/t/unchanged/feeds/rss.xml"]
    assert {r["if_none_match"] for r in sent} == {'"v1"'}
    assert len(rows(data, "select id from documents")) == 10
    assert [f["status"] for f in rows(data, "select status from fetches where kind = 'feed' order by id")][-2:] == [304, 304]


def test_a_feed_that_never_answers_304_adds_nothing_twice(mockserver, sources_config, tmp_path):
    base = mockserver.ns("repeat")
    config = sources_config([{"id": "repeat", "type": "feed", "url": f"{base}/feeds/repeat.xml"}])
    data = tmp_path / "data"
    assert run(config, data).get("repeat").new_documents == 3
    second = run(config, data, force=True).get("repeat")
    assert (second.new_documents, second.fetched, second.not_modified) == (0, 1, False)
    assert not [r for r in mockserver.requests("/t/repeat/articles/")[3:]]


def test_duplicates_by_guid_canonical_url_and_rel_canonical(mockserver, sources_config, tmp_path):
    base = mockserver.ns("dups")
    config = sources_config([{"id": "dups", "type": "feed", "url": f"{base}/feeds/duplicates.xml"}])
    data = tmp_path / "data"
    report = run(config, data).get("dups")
    urls = [d["url"] for d in rows(data, "select url from documents order by url")]
    assert urls == [f"{base}/articles/40", f"{base}/articles/41"]
    assert report.new_documents == 2
    # the alias page was fetched, but its rel=canonical named an article already stored
    assert any(r["path"] == "/t/dups/articles/alias/41" for r in mockserver.requests("/t/dups/"))
    entries = rows(data, "select guid, url from feed_entries order by guid")
    assert any(e["guid"].endswith("alias-41") for e in entries)
    assert {e["url"] for e in entries} == set(urls)


def test_entries_are_stored_in_date_order(mockserver, sources_config, tmp_path):
    config = sources_config([{"id": "rss", "type": "feed", "url": f"{mockserver.ns('order')}/feeds/rss.xml"}])
    data = tmp_path / "data"
    run(config, data)
    published = [d["published"] for d in rows(data, "select published from documents order by id")]
    assert published == sorted(published) and len(published) == 6


def test_country_filter_keeps_reports_mentioning_the_country(mockserver, sources_config, tmp_path):
    base = mockserver.ns("world")
    config = sources_config([{"id": "world", "type": "feed", "url": f"{base}/feeds/world.xml", "country_filter": "Iran"}])
    data = tmp_path / "data"
    assert run(config, data).get("world").new_documents == 3
    assert all("Iran" in d["text"] for d in rows(data, "select text from documents"))
    assert len(rows(data, "select * from feed_entries where source_id = 'world'")) == 6
    fetched = len(mockserver.requests("/t/world/articles/"))
    run(config, data, force=True)
    assert len(mockserver.requests("/t/world/articles/")) == fetched  # filtered pages are not fetched again


def test_min_interval_skips_a_recently_fetched_source(mockserver, sources_config, tmp_path):
    config = sources_config([{"id": "rss", "type": "feed", "url": f"{mockserver.ns('interval')}/feeds/rss.xml"}])
    data = tmp_path / "data"
    run(config, data)
    again = run(config, data).get("rss")
    assert again.skipped and "min_interval" in again.skipped and again.fetched == 0


def test_redirected_feed_is_followed_and_each_hop_recorded(mockserver, sources_config, tmp_path):
    base = mockserver.ns("moved")
    config = sources_config([{"id": "moved", "type": "feed", "url": f"{base}/feeds/redirected.xml"}])
    data = tmp_path / "data"
    assert run(config, data).get("moved").new_documents == 4
    hops = rows(data, "select url, status from fetches where kind = 'feed' order by id")
    assert [h["status"] for h in hops] == [301, 200]


def test_unknown_source_id_is_a_usage_error(sources_config, tmp_path):
    config = sources_config([{"id": "rss", "type": "feed", "url": "http://127.0.0.1:9/feed"}])
    with pytest.raises(UsageError, match="'nope'"):
        run(config, tmp_path / "data", source_ids=["nope"])


def test_cli_prints_a_line_per_source_and_maps_usage_errors(mockserver, sources_config, tmp_path):
    config = sources_config([{"id": "rss", "type": "feed", "url": f"{mockserver.ns('cli')}/feeds/rss.xml"}])
    runner = CliRunner()
    args = ["--config", str(config), "--data", str(tmp_path / "data"), "collect"]

    result = runner.invoke(cli, args + ["--source", "rss", "--feeds-only"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split()[:4] == ["rss", "feed", "fetched", "7"]
    assert "1 source collected (0 skipped): 7 fetches, 6 new documents, 0 errors" in result.output

    result = runner.invoke(cli, args + ["--source", "nope"])
    assert result.exit_code == 2
    assert "no source with id 'nope'" in result.output

    result = runner.invoke(cli, args + ["--feeds-only", "--sites-only"])
    assert result.exit_code == 2
    assert "--feeds-only and --sites-only exclude each other" in result.output


def test_the_scheduler_entry_point_takes_an_app_context(mockserver, sources_config, tmp_path):
    config = sources_config(
        [
            {"id": "rss", "type": "feed", "url": f"{mockserver.ns('app')}/feeds/rss.xml"},
            {"id": "site", "type": "site", "start_urls": [f"{mockserver.ns('app')}/news/"], "article_links": "h2 a"},
        ]
    )
    app = AppContext(config_dir=config, data_dir=tmp_path / "data")
    try:
        report = collect(app, kinds=("feed",))
        assert [s.source_id for s in report.sources] == ["rss"]
        assert report.summary() == "1 source collected (0 skipped): 7 fetches, 6 new documents, 0 errors"
        assert collect(app, kinds=("feed",)).summary().startswith("0 sources collected (1 skipped)")
    finally:
        app.close()
