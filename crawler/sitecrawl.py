"""Site crawls in a child process: `run_crawl(spec)` in the parent, `main()` in the child.

Scrapy's Twisted reactor cannot be restarted, and the scheduler calls collection again
and again in one long-lived process, so every crawl gets a fresh interpreter
(`python -m crawler.sitecrawl -`, the spec on stdin; see scrapy/scrapy#5167). The child writes its
own WARC files (prefix `sites`) and reports on its stdout as JSON lines (crawler.records);
its logs go to stderr, which the parent passes through.

The spec is plain JSON, so this package needs nothing from the application:
`{"user_agent", "timeout", "max_bytes", "archive_dir", "sites": [{"id", "start_urls",
"article_links" | "article_xpath" | "article_pattern", "next_page", "max_pages",
"allowed_domains", "known_urls", "politeness"}], "allow_private_addresses": [networks]}` plus
optional tuning keys (see `settings`); a site's `politeness` (crawler.throttle.Politeness's
fields) becomes its crawler's own settings.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Iterator

from crawler.records import read_records
from crawler.throttle import Politeness

log = logging.getLogger(__name__)


class CrawlError(Exception):
    """The child process failed as a whole (it could not start, crashed or ran out of time)."""


def settings(spec: dict) -> dict:
    """Scrapy settings for a crawl: polite, bounded, and robust to bad servers."""
    return {
        "USER_AGENT": spec["user_agent"],
        "ROBOTSTXT_OBEY": True,
        **Politeness().scrapy_settings(),  # each site's own replace these (site_settings)
        "CONCURRENT_REQUESTS": 16,
        # Twisted's own reactor, not asyncio's: under asyncio, Scrapy 2.19's downloader queues a slot's
        # requests as tasks that count against CONCURRENT_REQUESTS_PER_DOMAIN only once they run, so
        # all the requests waiting for a host go out at once (tests/test_politeness.py sees it)
        "TWISTED_REACTOR": None,
        # The callbacks return nothing, so Scrapy's check for a generator that returns a value,
        # which re-reads the callback's source on every response (its cache is keyed on bound
        # methods, made anew each time), only costs time (scrapy/scrapy#6731).
        "WARN_ON_GENERATOR_RETURN_VALUE": False,
        # Scrapy runs each response's output through CONCURRENT_ITEMS cooperative tasks (100 by
        # default: 44,000 Twisted tasks for a crawl of 440 pages); the pipeline is synchronous,
        # so more than one item at a time gains nothing
        "CONCURRENT_ITEMS": 1,
        "DOWNLOAD_TIMEOUT": spec["timeout"],
        "DOWNLOAD_MAXSIZE": spec["max_bytes"],
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": spec.get("retry_times", 2),
        "RETRY_BACKOFF_BASE": spec.get("retry_backoff", 1.0),
        # the parent logs each URL that failed once, with its attempts (vigil.crawl._log_failures)
        "RETRY_GIVE_UP_LOG_LEVEL": "DEBUG",
        "REDIRECT_MAX_TIMES": 5,
        "COOKIES_ENABLED": False,
        # No console into the running crawl: the telnet one, and Scrapy 2.19's remote control,
        # an HTTP endpoint that runs Python sent to it (it only warns under Twisted's reactor,
        # but would listen under asyncio's); a service reading hostile pages needs neither
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        # every connection, redirects and robots.txt included, through the egress policy
        "TWISTED_DNS_RESOLVER": "crawler.resolver.EgressResolver",
        "VIGIL_ALLOW_PRIVATE": spec.get("allow_private_addresses", []),
        "STATS_DUMP": False,  # the parent logs the vigil/ counters instead
        "LOG_LEVEL": spec.get("log_level", "INFO"),
        "LOG_FORMATTER": "crawler.logfilter.QuietDrops",   # a dropped page: one line, never its body
        "DOWNLOADER_MIDDLEWARES": {
            "crawler.middlewares.HttpOnlyMiddleware": 50,
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            "crawler.robots.RobotsPolicyMiddleware": 100,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "crawler.middlewares.BackoffRetryMiddleware": 550,
            "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
            "crawler.middlewares.ArchiveMiddleware": 950,
        },
        "ITEM_PIPELINES": {"crawler.pipelines.PagePipeline": 300},
    }


def site_settings(site: dict) -> dict:
    """The Scrapy settings one site's crawler takes over the crawl's: its politeness."""
    return Politeness.from_dict(site.get("politeness")).scrapy_settings()


def _exit_with_parent() -> None:
    """Watch stdin, which the parent holds open: at EOF the parent has gone, so stop.

    A parent that exits without waiting (a service abandoning an overrunning job) would
    otherwise leave the crawl running with nobody to read its records.
    """
    for _ in sys.stdin:
        pass
    log.error("the parent process has gone; stopping the crawl")
    os._exit(3)


def main(argv: list[str] | None = None) -> int:
    """The child: crawl every site of the spec, then report each spider's stats.

    `SPEC.json` names a file (for running a crawl by hand); `-` reads the spec from the first
    line of stdin and then exits when stdin closes (how `run_crawl` starts it).
    """
    from scrapy.crawler import CrawlerProcess

    from crawler import logfilter
    from crawler.archive import WarcArchive
    from crawler.records import Output
    from crawler.spider import SourceSpider

    argv = sys.argv[1:] if argv is None else argv
    if argv[0] == "-":
        spec = json.loads(sys.stdin.readline())
        threading.Thread(target=_exit_with_parent, name="exit-with-parent", daemon=True).start()
    else:
        spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    # Records own the real stdout; anything else printed goes to stderr with the logs.
    output = Output(os.dup(sys.stdout.fileno()))
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    archive = WarcArchive(spec["archive_dir"], prefix="sites")
    process = CrawlerProcess({**settings(spec), "VIGIL_ARCHIVE": archive, "VIGIL_OUTPUT": output})
    crawlers = []
    for site in spec["sites"]:
        # a spider class per site carries the site's politeness as its own settings (custom_settings)
        spider_class = type(SourceSpider.__name__, (SourceSpider,), {"custom_settings": site_settings(site)})
        crawler = process.create_crawler(spider_class)
        crawlers.append((site["id"], crawler))
        process.crawl(crawler, site=site, known_urls=site.get("known_urls", ()))
    logfilter.install()  # on the root handler each crawler (re)installs as it starts, so after them
    process.start()
    for source_id, crawler in crawlers:
        stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, (int, float, str))}
        output.emit("stats", source_id=source_id, stats=stats)
    archive.close()
    output.close()
    return 0


def run_crawl(spec: dict, timeout: float = 3600.0) -> Iterator[dict]:
    """Run a crawl in a child process and yield its records as they arrive.

    Raises CrawlError after the last record if the child exited badly or overran `timeout`
    (it is then killed); records already yielded stand.
    """
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler.sitecrawl", "-"],
            stdout=subprocess.PIPE,
            stdin=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
        )
        # The spec goes in on stdin, which stays open: the child stops when it closes.
        child.stdin.write(json.dumps(spec) + "\n")
        child.stdin.flush()
    except OSError as exc:
        raise CrawlError(f"cannot start the crawl process: {exc}") from exc
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    try:
        yield from read_records(child.stdout)
        returncode = child.wait()
    finally:
        timer.cancel()
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdin.close()
    if returncode != 0:
        why = f"killed after {timeout:g} s" if returncode < 0 else f"exit status {returncode}"
        raise CrawlError(f"the crawl process failed ({why}); see its log above")

if __name__ == "__main__":
    sys.exit(main())
