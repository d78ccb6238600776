"""A site source's selectors: `vigil check` parses them, a selector the crawl cannot use is an
error of the source, and a listing page that yields no article link is a warning (run summary,
`vigil status`), not a quiet healthy crawl."""

from __future__ import annotations

import os

import pytest
from click.testing import CliRunner

from crawler.sitecrawl import run_crawl
from vigil.cli import cli

from collect_helpers import run
from test_check import REAL_ALERTS, check


def _check(tmp_path, **fields):
    source = {"id": "hengaw", "name": "Hengaw", "org": "rights-group", "type": "site",
              "start_urls": ["https://hengaw.test/news/"], **fields}
    return check(tmp_path, REAL_ALERTS, sources={"user_agent": "Vigil (+https://ngo.test/vigil)", "sources": [source]})


@pytest.mark.parametrize("field, value, said", [
    ("article_links", "h2..entry-title a[", "not a CSS selector"),
    ("next_page", "a[rel=next", "not a CSS selector"),
    ("text_selector", "div..body", "not a CSS selector"),
    ("article_xpath", "//h2[@class='x'", "not an XPath expression"),
])
def test_check_names_the_source_field_and_fix_of_a_broken_selector(tmp_path, field, value, said):
    extra = {} if field in ("article_links", "article_xpath") else {"article_links": "h2 a"}
    result = _check(tmp_path, **extra, **{field: value})
    assert result.exit_code == 2, result.output
    message = result.stderr
    assert f"sources[0] (hengaw).{field}: " in message and said in message
    assert "e.g." in message  # the message shows what a valid one looks like


def test_check_accepts_scrapy_pseudo_elements_in_link_selectors(tmp_path):
    result = _check(tmp_path, article_links="h2.entry-title a::attr(href)", next_page="li.next > a")
    assert result.exit_code == 0, result.output


def _spec(mockserver, tmp_path, **how) -> dict:
    return {"user_agent": "Vigil-test", "timeout": 10, "max_bytes": 1_000_000,
            "archive_dir": str(tmp_path / "archive"), "allow_private_addresses": ["127.0.0.0/8"],
            "sites": [{"id": "broken", "start_urls": [f"{mockserver.ns('sel')}/news/"], "max_pages": 5,
                       "allowed_domains": ["127.0.0.1"], "known_urls": [], **how}]}


@pytest.mark.slow
def test_a_selector_the_crawl_cannot_read_is_an_error_of_the_source(mockserver, tmp_path):
    # a spec written by hand (or an older sources.yaml) reaches the crawl unchecked
    records = list(run_crawl(_spec(mockserver, tmp_path, article_xpath="//h2[@")))
    errors = [r for r in records if r["type"] == "error"]
    assert errors and errors[0]["source_id"] == "broken"
    assert "reading the page" in errors[0]["error"] and "/news/" in errors[0]["url"]


def _site(mockserver, selector: str) -> dict:
    return {"id": "quiet", "type": "site", "start_urls": [f"{mockserver.ns('quiet')}/news/"],
            "article_links": selector, "max_pages": 3}


@pytest.mark.slow
def test_a_listing_page_without_article_links_is_a_warning_in_the_run_and_in_status(
        mockserver, sources_config, tmp_path):
    data = tmp_path / "data"
    config = sources_config([_site(mockserver, "h3.no-such-class a")])
    report = run(config, data, kinds=("site",))
    quiet = report.get("quiet")
    assert quiet.errors == 0 and quiet.new_documents == 0
    assert len(quiet.warnings) == 1 and "no article links" in quiet.warnings[0]
    assert "h3.no-such-class a" in quiet.line() and report.summary().endswith(", 1 warning")

    (config / "schedules.yaml").write_text("jobs: []\n")
    environ = {name: None for name in os.environ if name.startswith("VIGIL_")}
    status = CliRunner(env=environ).invoke(cli, ["--config", str(config), "--data", str(data), "status"])
    assert "Sources with a warning: 1" in status.output
    assert "quiet" in status.output and "yields no article links" in status.output

    # the selector fixed, the next run finds articles and the warning is gone
    config = sources_config([_site(mockserver, "h2.entry-title a")])
    again = run(config, data, kinds=("site",), force=True).get("quiet")
    assert again.new_documents > 0 and not again.warnings
    status = CliRunner(env=environ).invoke(cli, ["--config", str(config), "--data", str(data), "status"])
    assert "Sources with a warning" not in status.output
