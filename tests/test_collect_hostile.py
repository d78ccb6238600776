"""Bad input never stops a run: every hostile endpoint of the fixture server, one run."""

from __future__ import annotations

import logging

from collect_helpers import rows, run


# feed source id -> (feed path, what its error must say)
HOSTILE_FEEDS = {
    "not-found": ("/status/404", "HTTP 404"),
    "unavailable": ("/status/503", "HTTP 503"),
    "stall": ("/stall", "timed out after 1 s"),
    "drip": ("/drip", "server stalled"),
    "drop": ("/drop", "RemoteDisconnected"),
    "truncated": ("/truncated", "truncated body: received 199 of 10000 bytes"),
    "chunked": ("/truncated-chunked", "truncated body: received 195 bytes, then the server closed the connection before"),
    "huge": ("/huge", "over the size limit of 1000000 bytes"),
    "bomb": ("/gzip-bomb", "decompression bomb"),
    "loop": ("/redirect-loop/a", "redirect loop"),
    "ftp": ("/redirect/ftp", "non-http(s) URL"),
    "pdf": ("/pdf", "not a feed"),
    "html": ("/t/hostile/not-a-feed", "not a feed"),
    "laughs": ("/t/hostile/feeds/billion-laughs.xml", "declares XML entities"),
    "malformed": ("/t/hostile/feeds/malformed.xml", "malformed feed"),
}


def test_each_hostile_feed_fails_alone_with_a_fetch_row_and_a_log_line(mockserver, sources_config, tmp_path, caplog):
    sources = [{"id": sid, "type": "feed", "url": mockserver.url + path} for sid, (path, _) in HOSTILE_FEEDS.items()]
    sources.append({"id": "good", "type": "feed", "url": f"{mockserver.ns('hostile')}/feeds/rss.xml"})
    config = sources_config(sources)
    data = tmp_path / "data"
    with caplog.at_level(logging.WARNING, logger="vigil.collect"):
        report = run(config, data)

    assert report.get("good").new_documents == 6 and report.get("good").errors == 0
    assert report.get("malformed").new_documents == 2  # what parses is kept
    sources_rows = {s["id"]: s for s in rows(data, "select * from sources")}
    for sid, (path, message) in HOSTILE_FEEDS.items():
        assert report.get(sid).errors == 1, sid
        feed_rows = rows(data, "select * from fetches where source_id = ? and kind = 'feed'", [sid])
        assert message in feed_rows[-1]["error"], (sid, feed_rows[-1]["error"])
        assert sources_rows[sid]["consecutive_failures"] == 1
        assert message in sources_rows[sid]["last_error"] and path.split("/")[-1] in sources_rows[sid]["last_error"]
        assert any(r.message.startswith(f"{sid}: ") and message in r.message for r in caplog.records), sid
    assert sources_rows["good"]["consecutive_failures"] == 0
    # a response that came, even cut short, is archived; a stall or a dropped connection has nothing to archive
    archived = {r["source_id"] for r in rows(data, "select source_id from fetches where warc_file is not null")}
    assert {"huge", "bomb", "truncated", "not-found", "laughs"} <= archived
    assert not {"stall", "drop"} & archived


def test_hostile_article_pages_fail_alone_and_odd_charsets_are_read(mockserver, sources_config, tmp_path):
    config = sources_config([{"id": "hostile", "type": "feed", "url": f"{mockserver.ns('articles')}/feeds/hostile.xml"}])
    data = tmp_path / "data"
    report = run(config, data).get("hostile")

    documents = {d["url"].rsplit("/", 1)[-1]: d for d in rows(data, "select * from documents")}
    assert set(documents) == {"2", "wrong-charset", "latin1-declared-utf8"}
    assert "اعدام" in documents["wrong-charset"]["text"]
    assert "Exécutions à Téhéran" in documents["latin1-declared-utf8"]["title"]
    errors = {r["url"].rsplit("/", 1)[-1]: r["error"] for r in rows(data, "select * from fetches where error is not null")}
    assert errors["404"] == "HTTP 404 Not Found" and errors["pdf"].startswith("not an HTML page")
    assert "empty" in errors["empty"] and "decompression bomb" in errors["gzip-bomb"]
    assert report.errors == 12
    # permanent failures are remembered and not tried again; transient ones (503, stall, drop...) are
    first = len(rows(data, "select id from fetches"))
    again = run(config, data, force=True).get("hostile")
    second = rows(data, "select url from fetches where kind = 'article' order by id")[first - 1:]
    retried = {r["url"].rsplit("/", 1)[-1] for r in second}
    assert retried == {"503", "stall", "drip", "drop", "truncated"}
    assert again.errors == 5
