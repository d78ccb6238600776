"""Site crawls: a real Scrapy crawl in a child process against the fixture server."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from crawler.archive import read_response
from crawler.spider import SourceSpider

from collect_helpers import rows, run

pytestmark = pytest.mark.slow




def site(mockserver, ns: str, **extra) -> dict:
    # links to `localhost` are another host for the crawler: allowed_domains is 127.0.0.1 only
    start = f"{mockserver.ns(ns)}/news/?other=localhost:{mockserver.port}"
    return {"id": ns, "type": "site", "start_urls": [start], "article_links": "h2.entry-title a",
            "next_page": "a.next", "max_pages": 40, **extra}


def test_site_crawl_follows_pagination_archives_and_stores_articles(mockserver, sources_config, tmp_path, capfd):
    config = sources_config([site(mockserver, "crawl")])
    data = tmp_path / "data"
    report = run(config, data, kinds=("site",)).get("crawl")
    # the child's log (its stderr, warnings up) names no console into the crawl, not even one declined
    child_log = capfd.readouterr().err
    assert "RemoteControl" not in child_log and "Telnet" not in child_log

    assert (report.new_documents, report.errors) == (12, 0), report.last_error
    documents = rows(data, "select * from documents order by url")
    base = mockserver.ns("crawl")
    assert {d["url"] for d in documents} == {f"{base}/news/2025/09/report-{n}" for n in range(100, 112)}
    for doc in documents:
        assert doc["title"].startswith("Report ") and "Iran" in doc["text"] or "Chile" in doc["text"]
        assert doc["published"] and doc["fetch_id"]
        url, headers, body = read_response(data / "archive" / doc["warc_file"], doc["warc_offset"])
        assert url.startswith(doc["url"]) and b"<article>" in body and "html" in headers["content-type"]
    fetches = rows(data, "select kind, url, status, error, warc_file from fetches")
    assert sorted({f["kind"] for f in fetches}) == ["article", "listing", "robots"]
    assert all(f["warc_file"].startswith("sites-") and f["error"] is None for f in fetches)
    # robots.txt forbids /private/, mailto/javascript/ftp are not http, localhost is another host
    sent = mockserver.requests("/t/crawl/")
    paths = {r["path"] for r in sent}
    assert not any("private" in p or "report-999" in p for p in paths)
    assert {r["host"] for r in sent} == {f"127.0.0.1:{mockserver.port}"}
    assert {r["user_agent"] for r in sent} == {"VigilTest/1.0 (+http://example.org/vigil)"}
    # every WARC file holds request and response records, with payload digests
    types = []
    for warc in (data / "archive").glob("sites-*.warc.gz"):
        with open(warc, "rb") as fh:
            for record in ArchiveIterator(fh):
                types.append(record.rec_type)
                if record.rec_type == "response":
                    assert record.rec_headers.get_header("WARC-Payload-Digest").startswith("sha1:")
    assert types.count("response") == types.count("request") == len(fetches)

    # a second crawl requests the listing pages again, but no known article
    before = len(mockserver.requests("/t/crawl/news/2025/"))
    again = run(config, data, kinds=("site",), force=True).get("crawl")
    assert (again.new_documents, again.errors) == (0, 0)
    assert len(mockserver.requests("/t/crawl/news/2025/")) == before
    assert again.fetched == 4  # robots.txt and three listing pages


def test_page_budget_and_hostile_start_urls_fail_alone(mockserver, sources_config, tmp_path):
    url = mockserver.url
    config = sources_config(
        [
            site(mockserver, "budget", max_pages=3),
            {"id": "hostile", "type": "site", "article_pattern": "/news/", "max_pages": 10,
             "start_urls": [f"{url}/status/404", f"{url}/gzip-bomb", f"{url}/stall", f"{url}/huge",
                            f"{url}/redirect-loop/a", f"{url}/drop"]},
        ]
    )
    data = tmp_path / "data"
    report = run(config, data, kinds=("site",))

    budget = report.get("budget")
    assert budget.errors == 0 and budget.new_documents == 2  # one listing page and two articles
    hostile = report.get("hostile")
    # one error per failing URL, however many times Scrapy tried it (drop and stall: three times)
    assert hostile.errors >= 5 and hostile.new_documents == 0
    errors = {r["url"]: r["error"] for r in rows(data, "select url, error from fetches where source_id = 'hostile'") if r["error"]}
    assert errors[f"{url}/status/404"] == "HTTP 404"
    assert "decompression bomb" in errors[f"{url}/gzip-bomb"]
    assert "DownloadTimeoutError" in errors[f"{url}/stall"]
    assert any(u.endswith("/huge") for u in errors) and any(u.endswith("/drop") for u in errors)
    stalls = rows(data, "select fetched_at from fetches where url = ?", [f"{url}/stall"])
    assert len(stalls) == 3  # tried, then retried twice with backoff
    source = rows(data, "select * from sources where id = 'hostile'")[0]
    assert source["consecutive_failures"] == 1 and source["last_error"]


def test_a_start_page_that_is_not_html_is_one_error_and_its_body_stays_out_of_the_log(
        mockserver, sources_config, tmp_path, capfd):
    # Scrapy's own message for a dropped item carries the whole item: a 300 KB JSON file given as a
    # start page once put its every byte in the journal (a new user's try-out)
    config = sources_config([{"id": "binary", "type": "site", "article_pattern": "/news/",
                              "start_urls": [f"{mockserver.url}/pdf"]}])
    data = tmp_path / "data"
    report = run(config, data, kinds=("site",)).get("binary")
    child_log = capfd.readouterr().err
    assert report.errors == 1 and report.new_documents == 0
    (source,) = rows(data, "select last_error from sources where id = 'binary'")
    assert source["last_error"].endswith("/pdf: not an HTML page (Content-Type application/pdf)")
    assert "%PDF" not in child_log and "'body'" not in child_log and "Dropped:" not in child_log


def listing(html: str) -> HtmlResponse:
    return HtmlResponse("http://127.0.0.1/news/", body=html.encode(), encoding="utf-8")


@pytest.mark.parametrize(
    "how",
    [
        {"article_links": "h2 a"},
        {"article_links": "h2"},  # the selector may name the element around the link
        {"article_xpath": "//h2/a/@href"},
        {"article_xpath": "//h2/a"},
        {"article_pattern": r"/news/\d{4}/\d{2}/[^/]+$"},
    ],
)
def test_article_links_by_css_xpath_or_pattern(how):
    html = (
        '<h2><a href="/news/2025/09/one?utm_source=x">1</a></h2><h2><a href="mailto:x@y.org">m</a></h2>'
        '<h2><a href="https://127.0.0.1/news/2025/09/two">2</a></h2><p><a href="/about">about</a></p>'
    )
    spider = SourceSpider.from_crawler(get_crawler(SourceSpider), site={"id": "s", "start_urls": [], **how})
    urls = spider.article_urls(listing(html))
    assert urls == ["http://127.0.0.1/news/2025/09/one?utm_source=x", "https://127.0.0.1/news/2025/09/two"]


PARENT_THAT_DIES = """
import json, os, sys, threading, time
from crawler.sitecrawl import run_crawl
spec = json.loads(sys.argv[1])
threading.Thread(target=lambda: list(run_crawl(spec)), daemon=True).start()
time.sleep(3)
children = []
for task in os.listdir(f"/proc/{os.getpid()}/task"):
    with open(f"/proc/{os.getpid()}/task/{task}/children") as handle:
        children += handle.read().split()
print(" ".join(children), flush=True)
os._exit(0)  # as a service abandoning an overrunning crawl does
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as handle:
            return "\nState:\tZ" not in handle.read()
    except FileNotFoundError:
        return False


def test_crawl_child_stops_when_its_parent_dies(mockserver, tmp_path):
    """A parent that exits without waiting must not leave a crawl running on its own."""
    import json
    import subprocess
    import sys
    import time

    spec = {"user_agent": "Vigil-test", "timeout": 120, "max_bytes": 1_000_000,
            "archive_dir": str(tmp_path / "archive"), "allow_private_addresses": ["127.0.0.0/8"],
            "sites": [{"id": "stall", "start_urls": [f"{mockserver.url}/stall"], "article_pattern": "/never/",
                       "max_pages": 1, "allowed_domains": ["127.0.0.1"], "known_urls": []}]}
    parent = subprocess.run([sys.executable, "-c", PARENT_THAT_DIES, json.dumps(spec)],
                            capture_output=True, text=True, timeout=60)
    children = [int(pid) for pid in parent.stdout.split()]
    assert children, f"the crawl child did not start: {parent.stderr[-2000:]}"
    deadline = time.monotonic() + 15
    while any(_running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_running(pid) for pid in children), "the crawl outlived its parent"
