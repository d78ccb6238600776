"""robots.txt as RFC 9309 reads it, in real site crawls: a server error or no answer closes
the host until it answers, a 4xx opens it, and a block is an error the source reports."""

from __future__ import annotations

import pytest

from collect_helpers import rows, run

pytestmark = pytest.mark.slow


def crawl(server, sources_config, tmp_path, ns: str):
    start = f"{server.ns(ns)}/news/"
    config = sources_config([{"id": ns, "type": "site", "start_urls": [start], "article_links": "h2.entry-title a",
                              "max_pages": 3}])
    data = tmp_path / "data"
    return run(config, data, kinds=("site",)).get(ns), data


@pytest.mark.parametrize("mode", ["503", "drop"])
def test_an_unreachable_robots_txt_closes_the_host_and_fails_the_source(robots_server, sources_config, tmp_path, mode):
    server = robots_server(mode)
    report, data = crawl(server, sources_config, tmp_path, "closed")
    assert report.new_documents == 0 and report.errors >= 1
    assert "robots.txt unreachable" in report.last_error and "RFC 9309" in report.last_error
    assert {f["kind"] for f in rows(data, "select kind from fetches")} <= {"robots"}
    assert server.requests("/t/") == []  # nothing but robots.txt was asked for
    assert len(server.requests("/robots.txt")) >= 2  # retried within the crawl
    [source] = rows(data, "select consecutive_failures, last_error from sources")
    assert source["consecutive_failures"] == 1 and "robots.txt" in source["last_error"]


def test_a_robots_txt_answering_404_allows_the_crawl(robots_server, sources_config, tmp_path):
    server = robots_server("404")
    report, data = crawl(server, sources_config, tmp_path, "open")
    assert (report.errors, report.new_documents) == (0, 2)


def test_a_robots_txt_starting_with_a_bom_is_obeyed_and_the_block_is_a_source_error(
    robots_server, sources_config, tmp_path
):
    server = robots_server("bom")
    report, data = crawl(server, sources_config, tmp_path, "bom")
    assert report.new_documents == 0
    assert server.requests("/t/bom/news") == []
    assert report.last_error.endswith("blocked by robots.txt for this User-Agent")
    [source] = rows(data, "select consecutive_failures, last_error from sources")
    assert source["consecutive_failures"] == 1


def test_a_site_whose_every_article_link_is_forbidden_fails_and_one_forbidden_link_does_not(
    mockserver, sources_config, tmp_path
):
    start = f"{mockserver.ns('forbidden')}/news/"
    config = sources_config([
        {"id": "forbidden", "type": "site", "start_urls": [start], "article_pattern": "/private/", "max_pages": 3},
        {"id": "mostly", "type": "site", "start_urls": [start.replace("forbidden", "mostly")],
         "article_links": "h2.entry-title a", "max_pages": 3},
    ])
    report = run(config, tmp_path / "data", kinds=("site",))
    forbidden, mostly = report.get("forbidden"), report.get("mostly")
    assert forbidden.new_documents == 0 and forbidden.last_error.endswith("blocked by robots.txt: all 1 article links")
    assert (mostly.new_documents, mostly.errors) == (2, 0)  # its one /private/ link is only counted
