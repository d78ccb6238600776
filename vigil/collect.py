"""Collection: sources.yaml -> crawler -> SQLite, for `vigil collect` and the scheduler.

`collect()` runs the due sources and returns a `CollectReport`. Per run:

1. Source rows are brought in line with sources.yaml; sources fetched more recently than
   their `min_interval` are skipped (unless `force`).
2. Feeds are fetched in parallel with a conditional GET (the ETag/Last-Modified of the
   last 200, unless the source's last run had errors, so failed articles get another
   chance); a 304 ends the source's run with nothing new.
3. New entries (GUID not in `feed_entries`, canonical URL not in `documents`) have their
   pages fetched and their text extracted; the page's rel=canonical decides the stored URL.
4. Sites are crawled by Scrapy in a child process (crawler.sitecrawl); its fetch and
   article records are stored as they arrive.
5. Each exchange is a `fetches` row; each source's `consecutive_failures`/`last_error`
   say whether its last run had any error.

`country_filter` (worldwide sources): a report is kept only when its title or text
mentions the country's name at the start of a word, case-insensitively ("Iran" keeps
"Iran" and "Iranian"). Entries dropped by the filter are remembered in `feed_entries`,
so their pages are not fetched again.

WARC references in `documents` and `fetches` are file names in `<data>/archive/`:
`crawler.archive.read_response(data_dir / "archive" / warc_file, warc_offset)` reads a page back.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

import sqlite_utils

from crawler.archive import WarcArchive
from crawler.canonical import canonical_url
from crawler.fetchpool import ArticleJob, ArticleOutcome, FeedJob, FetchPool
from crawler.http import Exchange, Fetcher, FetchResult
from crawler.sitecrawl import CrawlError, run_crawl
from vigil.config import Source, SourcesFile
from vigil.errors import UsageError
from vigil.store import utcnow, write_lock

log = logging.getLogger(__name__)

KINDS = ("feed", "site")
ARCHIVE_DIR = "archive"
WORKERS = 16  # threads fetching feeds and articles
PER_HOST = 4  # concurrent requests to one host
BATCH = 50  # articles stored per transaction
CRAWL_TIMEOUT = 3600.0  # seconds a site crawl (the child process) may take
# Scrapy tuning passed to the child (see crawler.sitecrawl.settings): AutoThrottle starts
# at 1 s between requests to a site and adapts to its latency; retries wait 1 s, then 2 s.
CRAWL_TUNING = {"start_delay": 1.0, "max_delay": 30.0, "per_domain": 2, "retry_times": 2, "retry_backoff": 1.0}


@dataclass
class SourceReport:
    source_id: str
    kind: str
    fetched: int = 0  # HTTP exchanges
    new_documents: int = 0
    errors: int = 0
    not_modified: bool = False
    skipped: str | None = None  # why the source was not fetched this time
    last_error: str | None = None

    def error(self, message: str) -> None:
        self.errors += 1
        self.last_error = message

    def line(self) -> str:
        if self.skipped:
            return f"{self.source_id:<22} skipped: {self.skipped}"
        state = " (not modified)" if self.not_modified else ""
        tail = f"  last error: {self.last_error}" if self.last_error else ""
        return (
            f"{self.source_id:<22} {self.kind:<4} fetched {self.fetched:>4}  new {self.new_documents:>4}  "
            f"errors {self.errors:>3}{state}{tail}"
        )


@dataclass
class CollectReport:
    sources: list[SourceReport] = field(default_factory=list)

    @property
    def new_documents(self) -> int:
        return sum(s.new_documents for s in self.sources)

    @property
    def fetched(self) -> int:
        return sum(s.fetched for s in self.sources)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.sources)

    def get(self, source_id: str) -> SourceReport | None:
        return next((s for s in self.sources if s.source_id == source_id), None)

    def summary(self) -> str:
        ran = [s for s in self.sources if not s.skipped]
        return (
            f"{len(ran)} sources collected ({len(self.sources) - len(ran)} skipped): {self.fetched} fetches, "
            f"{self.new_documents} new documents, {self.errors} errors"
        )


def collect(
    app,
    *,
    source_ids: Iterable[str] | None = None,
    kinds: Iterable[str] = KINDS,
    force: bool = False,
) -> CollectReport:
    """Collect the due sources of `app` (an AppContext); see `collect_sources`."""
    return collect_sources(app.db, app.sources(), Path(app.data_dir), source_ids=source_ids, kinds=kinds, force=force)


def collect_sources(
    db: sqlite_utils.Database,
    config: SourcesFile,
    data_dir: Path,
    *,
    source_ids: Iterable[str] | None = None,
    kinds: Iterable[str] = KINDS,
    force: bool = False,
) -> CollectReport:
    """Fetch the selected sources into `db`, archiving under `data_dir/archive`.

    `source_ids` names sources explicitly (disabled ones included); otherwise every enabled
    source of the given kinds runs. Raises UsageError for an unknown id.
    """
    sources = select_sources(config, source_ids, kinds)
    sync_sources(db, config.sources)
    report = CollectReport()
    due: list[Source] = []
    for source in sources:
        reason = None if force else not_due_reason(db, source)
        if reason:
            report.sources.append(SourceReport(source.id, source.type, skipped=reason))
        else:
            due.append(source)
    feeds = [s for s in due if s.type == "feed"]
    sites = [s for s in due if s.type == "site"]
    if feeds:
        report.sources.extend(collect_feeds(db, config, data_dir, feeds))
    if sites:
        report.sources.extend(crawl_sites(db, config, data_dir, sites))
    return report


def select_sources(config: SourcesFile, source_ids: Iterable[str] | None, kinds: Iterable[str]) -> list[Source]:
    kinds = tuple(kinds)
    for kind in kinds:
        if kind not in KINDS:
            raise UsageError(f"unknown source type {kind!r} (expected feed or site)")
    if source_ids:
        chosen = []
        for source_id in dict.fromkeys(source_ids):
            source = config.get(source_id)
            if source is None:
                known = ", ".join(s.id for s in config.sources) or "none"
                raise UsageError(f"sources.yaml: no source with id {source_id!r} (known: {known})")
            chosen.append(source)
        return [s for s in chosen if s.type in kinds]
    return [s for s in config.enabled() if s.type in kinds]


def sync_sources(db: sqlite_utils.Database, sources: list[Source]) -> None:
    """Insert or update one `sources` row per configured source, keeping its run history."""
    with write_lock(db):
        for s in sources:
            db.execute(
                "insert into sources (id, name, org, type, url, enabled, consecutive_failures) "
                "values (?, ?, ?, ?, ?, ?, 0) on conflict(id) do update set name = excluded.name, "
                "org = excluded.org, type = excluded.type, url = excluded.url, enabled = excluded.enabled",
                [s.id, s.name, s.org, s.type, s.url or (s.start_urls[0] if s.start_urls else None), int(s.enabled)],
            )


def not_due_reason(db: sqlite_utils.Database, source: Source) -> str | None:
    """Why `source` must not be fetched now (its min_interval has not passed), or None."""
    row = db.execute("select last_fetch_at from sources where id = ?", [source.id]).fetchone()
    if not row or not row[0]:
        return None
    last = datetime.fromisoformat(row[0])
    wait = last + timedelta(seconds=source.min_interval_seconds) - datetime.now(timezone.utc)
    if wait.total_seconds() > 0:
        return f"fetched at {row[0]}, min_interval {source.min_interval} not over (use --force)"
    return None


def mentions_country(text: str, country: str) -> bool:
    """The relevance filter for worldwide sources: the name at the start of a word."""
    return re.search(r"(?<!\w)" + re.escape(country.strip()), text, re.IGNORECASE) is not None


# --- feeds ------------------------------------------------------------------------------


def collect_feeds(db: sqlite_utils.Database, config: SourcesFile, data_dir: Path, sources: list[Source]) -> list[SourceReport]:
    by_id = {s.id: s for s in sources}
    reports = {s.id: SourceReport(s.id, "feed") for s in sources}
    archive = WarcArchive(Path(data_dir) / ARCHIVE_DIR, prefix="feeds")
    fetcher = Fetcher(
        archive, user_agent=config.user_agent, timeout=config.timeout, max_bytes=config.max_bytes, per_host=PER_HOST
    )
    pool = FetchPool(fetcher, workers=WORKERS)
    try:
        jobs = [_feed_job(db, s) for s in sources]
        article_jobs: list[ArticleJob] = []
        seen_urls: set[str] = set()
        for outcome in pool.feeds(jobs):
            source, report = by_id[outcome.job.source_id], reports[outcome.job.source_id]
            error = outcome.error
            if outcome.feed is not None and outcome.feed.problem:
                error = f"malformed feed ({outcome.feed.problem}); kept {len(outcome.feed.entries)} entries"
            with write_lock(db):
                _store_exchanges(db, source.id, "feed", outcome.result, report, error)
            if error:
                report.error(f"{outcome.result.final_url}: {error}")
                log.warning("%s: %s: %s", source.id, outcome.result.final_url, error)
            if outcome.result.not_modified:
                report.not_modified = True
            if outcome.feed is not None:
                article_jobs.extend(_new_entries(db, source, outcome.feed.entries, seen_urls))
        _store_articles(db, by_id, reports, pool.articles(article_jobs))
    finally:
        fetcher.close()
        archive.close()
    finish_sources(db, reports.values())
    return [reports[s.id] for s in sources]


def _feed_job(db: sqlite_utils.Database, source: Source) -> FeedJob:
    """Conditional only when the last run was clean, so entries that failed get another try."""
    row = db.execute(
        "select s.consecutive_failures, f.etag, f.last_modified from sources s left join fetches f on f.id = "
        "(select max(id) from fetches where source_id = s.id and kind = 'feed' and status = 200) where s.id = ?",
        [source.id],
    ).fetchone()
    if row is None or row[0]:
        return FeedJob(source.id, source.url)
    return FeedJob(source.id, source.url, etag=row[1], last_modified=row[2])


def _new_entries(db, source: Source, entries, seen_urls: set[str]) -> list[ArticleJob]:
    """Entries whose GUID and canonical URL are both unknown (and not already queued this run)."""
    jobs = []
    for entry in entries:
        if not entry.url:
            continue
        url = canonical_url(entry.url)
        known = db.execute(
            "select 1 from feed_entries where source_id = ? and guid = ? "
            "union all select 1 from documents where url = ? limit 1",
            [source.id, entry.guid, url],
        ).fetchone()
        if known or url in seen_urls:
            continue
        seen_urls.add(url)
        jobs.append(ArticleJob(source.id, entry.url, guid=entry.guid, entry=entry))
    return jobs


def _store_articles(db, by_id: dict[str, Source], reports: dict[str, SourceReport], outcomes) -> None:
    batch: list[ArticleOutcome] = []
    for outcome in outcomes:
        batch.append(outcome)
        if len(batch) >= BATCH:
            _store_article_batch(db, by_id, reports, batch)
            batch = []
    if batch:
        _store_article_batch(db, by_id, reports, batch)


def _store_article_batch(db, by_id, reports, batch: list[ArticleOutcome]) -> None:
    """Store a batch in one transaction, oldest entry first (pages arrive in completion order)."""
    batch.sort(key=_entry_date)
    with write_lock(db):
        for outcome in batch:
            job, source, report = outcome.job, by_id[outcome.job.source_id], reports[outcome.job.source_id]
            fetch_id = _store_exchanges(db, source.id, "article", outcome.result, report, outcome.error)
            if outcome.error:
                report.error(f"{outcome.result.final_url}: {outcome.error}")
                log.warning("%s: %s: %s", source.id, outcome.result.final_url, outcome.error)
                if outcome.permanent and job.guid:
                    _remember_entry(db, source.id, job.guid, canonical_url(job.url))
                continue
            entry, article = job.entry, outcome.article
            url = canonical_url(article.canonical or outcome.result.final_url)
            title = article.title or (entry.title if entry else "")
            published = entry.published.isoformat() if entry and entry.published else None
            if published is None and article.published:
                published = article.published.isoformat()
            keep = not source.country_filter or mentions_country(f"{title}\n{article.text}", source.country_filter)
            warc = outcome.result.final.warc
            if keep and store_document(db, {
                "url": url, "source_id": source.id, "guid": job.guid, "title": title, "published": published,
                "lang": article.lang or source.lang, "text": article.text,
                "fetched_at": outcome.result.final.fetched_at, "fetch_id": fetch_id,
                "warc_file": warc.file if warc else None, "warc_offset": warc.offset if warc else None,
                "warc_length": warc.length if warc else None,
            }):
                report.new_documents += 1
            if job.guid:
                _remember_entry(db, source.id, job.guid, url)


def _entry_date(outcome: ArticleOutcome) -> tuple[bool, datetime]:
    published = outcome.job.entry.published if outcome.job.entry else None
    return (published is None, published or datetime.min.replace(tzinfo=timezone.utc))


def _remember_entry(db, source_id: str, guid: str, url: str) -> None:
    db.execute(
        "insert or ignore into feed_entries (source_id, guid, url, first_seen_at) values (?, ?, ?, ?)",
        [source_id, guid, url, utcnow()],
    )


# --- sites ------------------------------------------------------------------------------


def crawl_sites(db: sqlite_utils.Database, config: SourcesFile, data_dir: Path, sources: list[Source]) -> list[SourceReport]:
    """Crawl the site sources in one Scrapy child process; store its records as they come."""
    by_id = {s.id: s for s in sources}
    reports = {s.id: SourceReport(s.id, "site") for s in sources}
    spec = {
        "user_agent": config.user_agent,
        "timeout": config.timeout,
        "max_bytes": config.max_bytes,
        "archive_dir": str(Path(data_dir) / ARCHIVE_DIR),
        **CRAWL_TUNING,
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
                row = {**record, "url": url, "source_id": source.id, "lang": record.get("lang") or source.lang}
                if store_document(db, {**row, "fetch_id": fetch_id}):
                    report.new_documents += 1
            elif kind == "stats":
                counters = {k: v for k, v in record["stats"].items() if k.startswith("vigil/")}
                log.info("%s: crawl stats %s", source.id, counters)


# --- the store --------------------------------------------------------------------------


def _store_exchanges(db, source_id: str, kind: str, result: FetchResult, report: SourceReport, error: str | None):
    """One `fetches` row per exchange (redirect hops too); returns the final row's id."""
    fetch_id = None
    for index, exchange in enumerate(result.exchanges):
        last = index == len(result.exchanges) - 1
        fetch_id = store_fetch(db, source_id, kind, exchange, error if last else exchange.error)
        report.fetched += 1
    return fetch_id


FETCH_COLUMNS = ("source_id", "url", "kind", "fetched_at", "status", "etag", "last_modified", "content_type",
                 "bytes", "duration_ms", "error", "warc_file", "warc_offset", "warc_length")
DOCUMENT_COLUMNS = ("url", "source_id", "guid", "title", "published", "lang", "text", "content_hash", "fetched_at",
                    "fetch_id", "warc_file", "warc_offset", "warc_length")


def store_fetch(db, source_id: str, kind: str, exchange: Exchange, error: str | None) -> int:
    warc = exchange.warc
    return insert_fetch(db, {
        "source_id": source_id, "url": exchange.url, "kind": kind, "fetched_at": exchange.fetched_at,
        "status": exchange.status, "etag": exchange.headers.get("etag"),
        "last_modified": exchange.headers.get("last-modified"), "content_type": exchange.content_type,
        "bytes": exchange.raw_bytes, "duration_ms": exchange.duration_ms, "error": error,
        "warc_file": warc.file if warc else None, "warc_offset": warc.offset if warc else None,
        "warc_length": warc.length if warc else None,
    })


def insert_fetch(db, row: dict) -> int:
    """One `fetches` row from a dict with the FETCH_COLUMNS keys; returns its id."""
    cursor = db.execute(
        f"insert into fetches ({', '.join(FETCH_COLUMNS)}) values ({', '.join('?' * len(FETCH_COLUMNS))})",
        [row.get(c) for c in FETCH_COLUMNS],
    )
    return cursor.lastrowid


def store_document(db, row: dict) -> bool:
    """Insert a document keyed by canonical URL; False when that URL is already stored."""
    row = {**row, "content_hash": hashlib.sha256(row["text"].encode("utf-8")).hexdigest()}
    cursor = db.execute(
        f"insert into documents ({', '.join(DOCUMENT_COLUMNS)}) values ({', '.join('?' * len(DOCUMENT_COLUMNS))}) "
        "on conflict(url) do nothing",
        [row.get(c) for c in DOCUMENT_COLUMNS],
    )
    return cursor.rowcount == 1


def finish_sources(db, reports: Iterable[SourceReport]) -> None:
    """Record each source's run: a run with any error adds to `consecutive_failures`."""
    now = utcnow()
    with write_lock(db):
        for r in reports:
            if r.errors:
                db.execute(
                    "update sources set last_fetch_at = ?, consecutive_failures = coalesce(consecutive_failures, 0) + 1,"
                    " last_error = ? where id = ?",
                    [now, (r.last_error or "")[:1000], r.source_id],
                )
            else:
                db.execute(
                    "update sources set last_fetch_at = ?, last_success_at = ?, consecutive_failures = 0 where id = ?",
                    [now, now, r.source_id],
                )
