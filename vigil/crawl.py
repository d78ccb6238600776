"""Site sources: one Scrapy crawl in a child process (crawler.sitecrawl), its records stored
as they arrive, so a child that dies mid-crawl still leaves what it fetched."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

import sqlite_utils

from crawler.canonical import canonical_url
from crawler.egress import EgressPolicy
from crawler.dates import in_zone
from crawler.sitecrawl import CrawlError, run_crawl
from vigil.config import Source, SourcesFile
from vigil.ingest import SourceReport, finish_sources, insert_fetch, mentions_country, store_document
from vigil.store import ARCHIVE_DIR, write_lock

log = logging.getLogger(__name__)

BATCH = 50  # records stored per transaction
CRAWL_TIMEOUT = 3600.0  # seconds a site crawl (the child process) may take
# Scrapy tuning passed to the child (see crawler.sitecrawl.settings): AutoThrottle starts
# at 1 s between requests to a site and adapts to its latency; retries wait 1 s, then 2 s.
CRAWL_TUNING = {"start_delay": 1.0, "max_delay": 30.0, "per_domain": 2, "retry_times": 2, "retry_backoff": 1.0}


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
        "sites": [_site_spec(db, s) for s in sources],
    }
    fetch_ids: dict[tuple, int] = {}
    batch: list[dict] = []
    try:
        for record in run_crawl(spec, timeout=CRAWL_TIMEOUT):
            batch.append(record)
            if len(batch) >= BATCH:
                _store_site_records(db, by_id, reports, batch, fetch_ids)
                batch = []
    except CrawlError as exc:
        log.error("site crawl (%s): %s", ", ".join(by_id), exc)
        for report in reports.values():
            report.error(str(exc))
    finally:
        _store_site_records(db, by_id, reports, batch, fetch_ids)
    finish_sources(db, reports.values())
    return [reports[s.id] for s in sources]


def _site_spec(db, source: Source) -> dict:
    known = [r[0] for r in db.execute("select url from documents where source_id = ?", [source.id])]
    fields = ("id", "start_urls", "article_links", "article_xpath", "article_pattern", "next_page", "max_pages")
    return {**{f: getattr(source, f) for f in fields}, "allowed_domains": source.hosts, "known_urls": known}


def _published(record: dict, source: Source) -> str | None:
    """The page's publication time on the source's clock when it has a time zone and the page
    gives an instant; otherwise the date as the page writes it (see crawler.article)."""
    moment = None
    if source.zone is not None and record.get("published_at"):
        moment = in_zone(datetime.fromisoformat(record["published_at"]), source.zone)
    return moment.isoformat() if moment is not None else record.get("published")


def _store_site_records(db, by_id, reports, records: list[dict], fetch_ids: dict) -> None:
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
                    report.error(f"{record['url']}: {record['error']}")
                    log.warning("%s: %s: %s", source.id, record["url"], record["error"])
            elif kind == "error":
                report.error(f"{record['url']}: {record['error']}")
                log.warning("%s: %s: %s", source.id, record["url"], record["error"])
            elif kind == "article":
                url = canonical_url(record.get("canonical") or record["url"])
                text = f"{record['title']}\n{record['text']}"
                if source.country_filter and not mentions_country(text, source.country_filter):
                    continue
                fetch_id = fetch_ids.get((record["warc_file"], record["warc_offset"]))
                row = {**record, "url": url, "source_id": source.id, "lang": record.get("lang") or source.lang,
                       "published": _published(record, source)}
                if store_document(db, {**row, "fetch_id": fetch_id}):
                    report.new_documents += 1
            elif kind == "stats":
                counters = {k: v for k, v in record["stats"].items() if k.startswith("vigil/")}
                log.info("%s: crawl stats %s", source.id, counters)
