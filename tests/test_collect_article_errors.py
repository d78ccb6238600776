"""A dead article link is the article's error, not the source's: a feed or site whose own pages
answer, with one article that answers 500 on every run, never shows as a failing source (the
article's failures are still logged, counted and kept in `fetches`)."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import yaml
from click.testing import CliRunner

from vigil.cli import cli

GOOD = "Three men were executed in Tabriz Central Prison in Iran on drug-related charges, Hengaw said."


class Site:
    """A feed and a listing page, each linking one good article and one that always answers 500."""

    def __init__(self):
        published = format_datetime(datetime.now(timezone.utc) - timedelta(hours=2))

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                base = f"http://127.0.0.1:{self.server.server_port}"
                if self.path == "/robots.txt":
                    return self.send(404, "none", "text/plain")
                if self.path == "/feed.xml":
                    items = "".join(f"<item><title>{slug}</title><link>{base}/{slug}</link><guid>{base}/{slug}</guid>"
                                    f"<pubDate>{published}</pubDate></item>" for slug in ("good", "broken"))
                    return self.send(200, f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                                          f"<link>{base}/</link>{items}</channel></rss>", "application/rss+xml")
                if self.path == "/news/":
                    links = "".join(f'<h2><a href="{base}/{slug}">{slug}</a></h2>' for slug in ("good", "broken"))
                    return self.send(200, f"<html><body>{links}</body></html>")
                if self.path == "/good":
                    return self.send(200, f"<html><head><title>Executions in Tabriz</title></head><body><article>"
                                          f"<h1>Executions in Tabriz</h1><p>{GOOD}</p></article></body></html>")
                return self.send(500, "<html><body>Internal Server Error</body></html>")

            def send(self, status, body, content_type="text/html; charset=utf-8"):
                data = body.encode()
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def site():
    running = Site()
    yield running
    running.server.shutdown()
    running.server.server_close()


@pytest.mark.parametrize("source", [
    {"id": "monitor", "type": "feed", "url": "{base}/feed.xml"},
    {"id": "hengaw", "type": "site", "start_urls": ["{base}/news/"], "article_links": "h2 a", "max_pages": 5},
])
def test_a_dead_article_link_is_not_a_failing_source(tmp_path, site, source):
    source = {k: (v.replace("{base}", site.url) if isinstance(v, str) else [u.replace("{base}", site.url) for u in v]
                  if isinstance(v, list) else v) for k, v in source.items()}
    config = tmp_path / "config"
    config.mkdir()
    (config / "sources.yaml").write_text(yaml.safe_dump({
        "user_agent": "VigilTest/1.0", "timeout": 5, "allow_private_addresses": [str("127.0.0.0/8")],
        "sources": [{"name": source["id"], "org": "rights-group", "lang": "en", "min_interval": "1s", **source}],
    }))
    (config / "schedules.yaml").write_text("jobs: []\n")
    (config / "alerts.yaml").write_text("timezone: UTC\n")
    data = tmp_path / "data"
    args = ["--config", str(config), "--data", str(data)]
    for _ in range(3):  # the good article is known after the first run; the broken one fails every run
        result = CliRunner().invoke(cli, [*args, "collect", "--force"])
        assert result.exit_code == 0, result.output
    db = sqlite3.connect(data / "vigil.db")
    assert db.execute("select count(*) from documents").fetchone() == (1,)
    assert db.execute("select consecutive_failures from sources").fetchone() == (0,)
    failed = db.execute("select count(*) from fetches where url like '%/broken' and status = 500").fetchone()[0]
    assert failed >= 3, "each run tried the broken article again and kept its answer"
    db.close()
    status = CliRunner().invoke(cli, [*args, "status"])
    assert "Sources failing: none" in status.output, status.output


def test_a_page_scrapy_retried_is_one_log_line_with_its_attempts(tmp_path, site):
    """Scrapy tries a 500 three times: one line says so, not three identical lines; each attempt
    keeps its fetches row."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "sources.yaml").write_text(yaml.safe_dump({
        "user_agent": "VigilTest/1.0", "timeout": 5, "allow_private_addresses": ["127.0.0.0/8"],
        "sources": [{"id": "hengaw", "name": "Hengaw", "org": "rights-group", "lang": "en", "type": "site",
                     "start_urls": [f"{site.url}/news/"], "article_links": "h2 a", "max_pages": 5}],
    }))
    (config / "schedules.yaml").write_text("jobs: []\n")
    (config / "alerts.yaml").write_text("timezone: UTC\n")
    data = tmp_path / "data"
    result = CliRunner().invoke(cli, ["--config", str(config), "--data", str(data), "collect"])
    assert result.exit_code == 0, result.output
    lines = [line.partition(" vigil.crawl: ")[2] for line in result.output.splitlines()
             if " vigil.crawl: " in line and "/broken" in line]
    assert lines == [f"hengaw: {site.url}/broken: HTTP 500 (3 attempts)"], result.output
    db = sqlite3.connect(data / "vigil.db")
    assert db.execute("select count(*) from fetches where url like '%/broken'").fetchone() == (3,)
    db.close()
