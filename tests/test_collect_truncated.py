"""A body cut short of its Content-Length: one message per page and run, naming the page and the
bytes received and expected; the page is tried again next run, and nothing of it is kept as a report.

The fixture server's /cut-short/80 answers 200 with the whole page's Content-Length, sends the
page up to its closing </article> (every paragraph of the report) and hangs up, until the
namespace is published at version 2; then it sends the whole page.
"""

from __future__ import annotations

import logging
import re

import pytest
from warcio.archiveiterator import ArchiveIterator

from collect_helpers import rows, run

MESSAGE = re.compile(r"truncated body: received (\d+) of (\d+) bytes, then the server closed the connection")


def lines_about(text: str, url: str) -> list[str]:
    return [line for line in text.splitlines() if url in line]


def assert_no_document_from(data, url: str) -> None:
    assert rows(data, "select id from documents where url = ? or page_url = ?", [url, url]) == []
    assert rows(data, "select id from claims") == [] or all(
        "/cut-short/" not in r["url"] for r in rows(data, "select d.url from claims c join documents d on d.id = c.document_id"))


def test_a_feed_article_cut_short_is_one_message_per_run_retried_and_never_stored(mockserver, sources_config,
                                                                                   tmp_path, caplog):
    base = mockserver.ns("cut-feed")
    url = f"{base}/cut-short/80"
    config = sources_config([{"id": "cut", "type": "feed", "url": f"{base}/feeds/cut-short.xml"}])
    data = tmp_path / "data"
    for attempt in (1, 2):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            report = run(config, data, force=True).get("cut")
        said = lines_about(caplog.text, url)
        assert len(said) == 1, said
        received, expected = map(int, MESSAGE.search(said[0]).groups())
        assert 0 < received < expected
        assert report.errors == 1 and report.last_error == f"{url}: {MESSAGE.search(said[0]).group(0)}"
        assert_no_document_from(data, url)
    # asked for once per run: a cut-short body is not a permanent failure
    assert [r["path"] for r in mockserver.requests("/t/cut-feed/cut-short/")] == ["/t/cut-feed/cut-short/80"] * 2
    fetches = rows(data, "select * from fetches where url = ? order by id", [url])
    assert [(f["status"], f["bytes"]) for f in fetches] == [(200, received)] * 2
    assert all(MESSAGE.fullmatch(f["error"]) for f in fetches)
    # the exchange stays in the WARC archive as what was said, marked cut short; no document points at it
    with open(data / "archive" / fetches[0]["warc_file"], "rb") as fh:
        fh.seek(fetches[0]["warc_offset"])
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Truncated") == "disconnect"

    mockserver.publish("cut-feed", 2)
    report = run(config, data, force=True).get("cut")
    assert report.errors == 0 and report.new_documents == 1
    document = rows(data, "select * from documents where url = ?", [url])[0]
    assert "executions recorded this month" in document["text"] and "Copyright" not in document["text"]


@pytest.mark.slow
def test_a_site_page_cut_short_is_one_error_and_one_line_however_often_scrapy_retried(mockserver, sources_config,
                                                                                        tmp_path, caplog, capfd):
    base = mockserver.ns("cut-site")
    url = f"{base}/cut-short/80"
    config = sources_config([{"id": "cutsite", "type": "site", "start_urls": [f"{base}/cut-short/"],
                              "article_pattern": r"/(cut-short|articles)/\d+$", "max_pages": 10}])
    data = tmp_path / "data"
    with caplog.at_level(logging.WARNING):
        report = run(config, data, kinds=("site",)).get("cutsite")
    said = lines_about(caplog.text, url)
    assert len(said) == 1 and said[0].endswith("(3 attempts)"), said
    received, expected = map(int, MESSAGE.search(said[0]).groups())
    assert 0 < received < expected
    assert (report.errors, report.new_documents) == (1, 1)
    assert report.failed_articles == {url: 3}
    # the child adds no line of its own about the page: neither Scrapy's advice nor its "gave up"
    child = capfd.readouterr().err
    assert "DOWNLOAD_FAIL_ON_DATALOSS" not in child and "Gave up retrying" not in child
    fetches = rows(data, "select * from fetches where url = ?", [url])
    assert len(fetches) == 3 and all(MESSAGE.fullmatch(f["error"]) for f in fetches)
    assert {(f["bytes"], f["warc_file"]) for f in fetches} == {(received, None)}
    assert_no_document_from(data, url)

    # not a known page: the next crawl asks for it again, and keeps it once it comes whole
    mockserver.publish("cut-site", 2)
    report = run(config, data, kinds=("site",), force=True).get("cutsite")
    assert (report.errors, report.new_documents) == (0, 1)
    assert "executions recorded this month" in rows(data, "select text from documents where url = ?", [url])[0]["text"]


@pytest.mark.slow
def test_the_site_crawl_words_a_cut_short_listing_page_as_the_feed_fetcher_does(mockserver, sources_config, tmp_path):
    """Content-Length not reached, or a chunked body without its last chunk: the same words as
    tests/test_collect_hostile.py's feeds get from the feed fetcher."""
    pages = {"/truncated": "truncated body: received 199 of 10000 bytes, then the server closed the connection",
             "/truncated-chunked": "truncated body: received 195 bytes, then the server closed the connection "
                                   "before its end"}
    config = sources_config([{"id": "cutlisting", "type": "site", "article_pattern": "/news/", "max_pages": 5,
                              "start_urls": [mockserver.url + path for path in pages]}])
    data = tmp_path / "data"
    report = run(config, data, kinds=("site",)).get("cutlisting")
    assert report.errors == 2
    errors = {(r["url"], r["error"]) for r in rows(data, "select url, error from fetches where kind = 'listing'")}
    assert errors == {(mockserver.url + path, message) for path, message in pages.items()}
