"""Site sources: one Scrapy crawl in a child process (crawler.sitecrawl), its fetches stored
as they arrive, so a child that dies mid-crawl still leaves what it fetched.

The crawl's pages (listing and article) are kept until it ends and then handed, per source,
to vigil.documents, which learns the site's template from all of them before it reads any
article: the first crawl of a site is as clean as the later ones. So that reading does not
wait for the crawl's end, each article is read ahead as it arrives, in a worker process,
under the template known so far (`ReadAhead`); at the end, a page whose lines the final
template cuts the same way keeps that reading, and only the others are read again.
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path

import sqlite_utils

from crawler.egress import EgressPolicy
from crawler.page import Page
from crawler.sitecrawl import CrawlError, run_crawl
from vigil.config import Source, SourcesFile
from vigil import readpool, templates
from vigil.documents import ingest_pages, read_ahead
from vigil.ingest import SourceReport, finish_sources
from vigil.store import ARCHIVE_DIR, write_lock
from vigil.store.documents import known_urls
from vigil.store.sources import insert_fetch

log = logging.getLogger(__name__)

BATCH = 50  # records stored per transaction
CRAWL_TIMEOUT = 3600.0  # seconds a site crawl (the child process) may take
# Scrapy tuning passed to the child (see crawler.sitecrawl.settings): retries wait 1 s, then 2 s.
# How hard each site is pressed is its politeness (sources.yaml), in its site spec.
CRAWL_TUNING = {"retry_times": 2, "retry_backoff": 1.0}


def crawl_sites(db: sqlite_utils.Database, config: SourcesFile, data_dir: Path, sources: list[Source]) -> list[SourceReport]:
    """Crawl the site sources in one Scrapy child process; store its records as they come."""
    by_id = {s.id: s for s in sources}
    reports = {s.id: SourceReport(s.id, "site") for s in sources}
    spec = {
        "user_agent": config.user_agent,
        "timeout": config.timeout,
        "max_bytes": config.max_bytes,
        "archive_dir": str(Path(data_dir) / ARCHIVE_DIR),
        "allow_private_addresses": EgressPolicy.from_setting(config.allow_private_addresses).to_setting(),
        **CRAWL_TUNING,
        # The child logs as much as the parent's "scrapy" logger lets through (see vigil.cli).
        "log_level": logging.getLevelName(logging.getLogger("scrapy").getEffectiveLevel()),
        "sites": [_site_spec(db, s, config) for s in sources],
    }
    fetch_ids: dict[tuple, int] = {}
    pages: dict[str, list[Page]] = {s.id: [] for s in sources}
    archive_dir = Path(data_dir) / ARCHIVE_DIR
    readers = readpool.readers("sites", config.readers.count("sites"))
    ahead = {s.id: ReadAhead(s, templates.template_of(db, s.id), archive_dir, readers) for s in sources}
    batch: list[dict] = []
    failures: dict[tuple[str, str], list] = {}
    try:
        for record in run_crawl(spec, timeout=CRAWL_TIMEOUT):
            batch.append(record)
            if record.get("type") == "page" and record.get("source_id") in ahead:
                ahead[record["source_id"]].page(record)
            if len(batch) >= BATCH:
                _store_site_records(db, by_id, reports, batch, fetch_ids, pages, failures)
                batch = []
    except CrawlError as exc:
        log.error("site crawl (%s): %s", ", ".join(by_id), exc)
        for report in reports.values():
            report.error(str(exc))
    finally:
        _store_site_records(db, by_id, reports, batch, fetch_ids, pages, failures)
        _log_failures(failures)
        for source in sources:
            found = [(p, fetch_ids.get((p.warc.file, p.warc.offset)) if p.warc else None) for p in pages[source.id]]
            ingest_pages(db, source, found, archive_dir, reports[source.id], readers, ahead[source.id].futures)
    finish_sources(db, reports.values())
    return [reports[s.id] for s in sources]


class ReadAhead:
    """One source's articles read as they arrive, under the template its pages show so far:
    the stored template and the lines found on MIN_PAGES of this crawl's pages."""

    def __init__(self, source: Source, stored: frozenset[str], archive_dir: Path, readers: readpool.ReaderPool):
        self.source, self.archive_dir, self.readers = source, archive_dir, readers
        self.template = set(stored)
        self.counts: Counter = Counter()
        self.futures: dict[tuple, readpool.Reading] = {}  # (WARC file, offset) -> the page's reading
        self.waiting: list[Page] = []  # articles not sent to a reader yet

    def page(self, record: dict) -> None:
        try:
            page = Page.from_record(record)
        except (KeyError, TypeError, ValueError):
            return  # reported when the record is stored
        if page.block_hashes is None:
            return
        self.counts.update(page.block_hashes)
        self.template.update(k for k in page.block_hashes if self.counts[k] >= templates.MIN_PAGES)
        if page.kind != "article" or page.warc is None:
            return
        self.waiting.append(page)
        if len(self.waiting) + len(self.futures) < readpool.PROCESS_BATCH:
            return  # a crawl this small is read at its end, in this process, without starting readers
        for page in self.waiting:
            future = read_ahead(self.readers, self.source, page, frozenset(self.template), self.archive_dir)
            if future is not None:
                self.futures[(page.warc.file, page.warc.offset)] = future
        self.waiting = []


def _site_spec(db, source: Source, config: SourcesFile) -> dict:
    known = known_urls(db, source.id)
    fields = ("id", "start_urls", "article_links", "article_xpath", "article_pattern", "next_page", "max_pages")
    return {**{f: getattr(source, f) for f in fields}, "allowed_domains": source.hosts, "known_urls": known,
            "politeness": config.politeness_of(source).to_dict()}


def _log_failures(failures: dict[tuple[str, str], list]) -> None:
    """One line per URL that failed in the crawl, however many times Scrapy retried it: three
    identical lines for one dead page read as three problems. Every attempt keeps its fetches row."""
    for (source_id, url), (attempts, error) in failures.items():
        log.warning("%s: %s: %s%s", source_id, url, error, f" ({attempts} attempts)" if attempts > 1 else "")


def _store_site_records(db, by_id, reports, records: list[dict], fetch_ids: dict, pages: dict,
                        failures: dict[tuple[str, str], list]) -> None:
    """Store a batch of the crawl's records; failing URLs go to `failures` ((source, url) ->
    [attempts, last error]) for `_log_failures`."""
    with write_lock(db):
        for record in records:
            source, report = by_id.get(record.get("source_id")), reports.get(record.get("source_id"))
            kind = record["type"]
            if source is None:
                log.error("site crawl: %s", record.get("error") or record)
            elif kind == "fetch":
                fetch_ids[(record["warc_file"], record["warc_offset"])] = insert_fetch(db, record)
                report.fetched += 1
                if record.get("error"):
                    report.error(f"{record['url']}: {record['error']}", url=record["url"],
                                 article=record.get("kind") == "article")
                    failed = failures.setdefault((source.id, record["url"]), [0, ""])
                    failed[0], failed[1] = failed[0] + 1, record["error"]
            elif kind == "error":
                report.error(f"{record['url']}: {record['error']}")
                log.warning("%s: %s: %s", source.id, record["url"], record["error"])
            elif kind == "page":
                try:
                    pages[source.id].append(Page.from_record(record))
                except (KeyError, TypeError, ValueError) as exc:
                    report.error(f"{record.get('url')}: unreadable page record: {exc!r}")
            elif kind == "stats":
                counters = {k: v for k, v in record["stats"].items() if k.startswith("vigil/")}
                log.info("%s: crawl stats %s", source.id, counters)
