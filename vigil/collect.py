"""Collection: sources.yaml -> crawler -> SQLite, for `vigil collect` and the scheduler.

`collect()` runs the due sources and returns a `CollectReport`. Per run:

1. Source rows are brought in line with sources.yaml; sources fetched more recently than
   their `min_interval` are skipped (unless `force`).
2. Feeds are fetched in parallel with a conditional GET when it is safe (vigil.conditional);
   a 304 ends the source's run with nothing new.
3. New entries (GUID not in `feed_entries`, canonical URL not a document or an alias) have
   their pages fetched; once all have arrived, each source's pages go to vigil.documents,
   which learns the source's template from them and applies the document rules.
4. Sites are crawled by Scrapy in a child process (crawler.sitecrawl); its fetch and
   article records are stored as they arrive.
5. Each exchange is a `fetches` row; each source's `consecutive_failures`/`last_error`
   say whether its last run had any error.

`country_filter` (worldwide sources): a report is kept only when its title or text
names the country or uses its adjective, as whole words (vigil.countries: IR keeps
"Iran" and "Iranian", never "Iraq" or "Ireland"). Entries dropped by the filter are
remembered in `feed_entries`, so their pages are not fetched again.
A feed that answers with a permanent redirect
(301/308) to the same address for FEED_MOVE_POLLS polls in a row is polled there from then
on (`sources.feed_url`), until sources.yaml names another URL.

WARC references in `documents` and `fetches` are file names in `<data>/archive/`:
`crawler.archive.read_response(data_dir / ARCHIVE_DIR / warc_file, warc_offset)` reads a page back.
"""

from __future__ import annotations

import dataclasses
import logging
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

import sqlite_utils

from alerts.wording import counted
from crawler.archive import WarcArchive
from crawler.canonical import canonical_url
from crawler.egress import EgressPolicy
from crawler.fetchpool import ArticleJob, ArticleOutcome, FetchPool
from crawler.http import Fetcher, FetchResult
from crawler.page import Page
from crawler.throttle import Politeness
from vigil.conditional import feed_job
from vigil.config import Source, SourcesFile
from vigil import readpool
from vigil.crawl import crawl_sites
from vigil.documents import ingest_pages
from vigil.errors import StoreError, UsageError, VigilError
from vigil.ingest import SourceReport, finish_sources, store_fetch
from vigil.store import ARCHIVE_DIR, utcnow, write_lock
from vigil.store import sources as store_sources

log = logging.getLogger(__name__)

KINDS = ("feed", "site")
WORKERS = 16  # threads fetching feeds and articles (each host's share is its politeness, sources.yaml)
BATCH = 50  # article fetches stored per transaction
FEED_MOVE_POLLS = 3  # polls a feed's permanent redirect must hold before the new address is kept
PERMANENT_REDIRECTS = (301, 308)


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
            f"{counted(len(ran), 'source')} collected ({len(self.sources) - len(ran)} skipped): "
            f"{counted(self.fetched, 'fetch')}, {counted(self.new_documents, 'new document')}, "
            f"{counted(self.errors, 'error')}"
            + (f", {counted(self.warnings, 'warning')}" if self.warnings else "")
        )

    @property
    def warnings(self) -> int:
        return sum(len(s.warnings) for s in self.sources)

    def all_failed(self) -> list[SourceReport]:
        """The sources that ran, when every one of them failed (else []). A source failed when
        it failed (SourceReport.failed) and brought nothing: no new document and no 304."""
        ran = [s for s in self.sources if not s.skipped]
        failed = [s for s in ran if s.failed and not s.new_documents and not s.not_modified]
        return failed if ran and len(failed) == len(ran) else []


class CollectionFailed(VigilError):
    """Every source a collection ran failed: `vigil collect` exits 1 and a scheduled collect
    job is recorded as an error, so `vigil status` shows it at once. Carries the report."""

    def __init__(self, report: CollectReport):
        self.report = report
        super().__init__(f"every source failed ({', '.join(s.source_id for s in report.all_failed())})")


def collect(
    app,
    *,
    source_ids: Iterable[str] | None = None,
    kinds: Iterable[str] = KINDS,
    force: bool = False,
) -> CollectReport:
    """Collect the due sources of `app` (an AppContext); see `collect_sources`."""
    app.may_create = True  # collecting is what fills a new data directory
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
    check_archive_writable(Path(data_dir) / ARCHIVE_DIR)
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


def check_archive_writable(archive_dir: Path) -> None:
    """Fail the whole run at once when pages cannot be archived: every document must point at
    its archived page, so collecting without an archive would store nothing, source by source."""
    try:
        archive_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=archive_dir, prefix=".write-check-"):
            pass
    except OSError as exc:
        raise StoreError(f"{archive_dir}: the WARC archive cannot be written: {exc.strerror or exc}") from exc


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
        store_sources.sync_sources(db, sources)


def not_due_reason(db: sqlite_utils.Database, source: Source) -> str | None:
    """Why `source` must not be fetched now (its min_interval has not passed), or None."""
    fetched_at = store_sources.last_fetch_at(db, source.id)
    if not fetched_at:
        return None
    last = datetime.fromisoformat(fetched_at)
    wait = last + timedelta(seconds=source.min_interval_seconds) - datetime.now(timezone.utc)
    if wait.total_seconds() > 0:
        return f"fetched at {fetched_at}, min_interval {source.min_interval} not over (use --force)"
    return None


# --- feeds ------------------------------------------------------------------------------


def collect_feeds(db: sqlite_utils.Database, config: SourcesFile, data_dir: Path, sources: list[Source]) -> list[SourceReport]:
    by_id = {s.id: s for s in sources}
    reports = {s.id: SourceReport(s.id, "feed") for s in sources}
    archive = WarcArchive(Path(data_dir) / ARCHIVE_DIR, prefix="feeds")
    fetcher = Fetcher(
        archive, user_agent=config.user_agent, timeout=config.timeout, max_bytes=config.max_bytes,
        politeness=Politeness(**config.politeness.model_dump()), egress=EgressPolicy.from_setting(config.allow_private_addresses),
    )
    pool = FetchPool(fetcher, workers=WORKERS)
    try:
        jobs = [dataclasses.replace(feed_job(db, s), politeness=config.politeness_of(s)) for s in sources]
        article_jobs: list[ArticleJob] = []
        seen_urls: set[str] = set()
        for outcome in pool.feeds(jobs):
            source, report = by_id[outcome.job.source_id], reports[outcome.job.source_id]
            error = outcome.error
            if outcome.feed is not None and outcome.feed.problem:
                error = f"malformed feed ({outcome.feed.problem}); kept {len(outcome.feed.entries)} entries"
            with write_lock(db):
                _store_exchanges(db, source.id, "feed", outcome.result, report, error)
                _follow_feed_move(db, source, outcome.result)
            if error:
                report.error(f"{outcome.result.final_url}: {error}")
                log.warning("%s: %s: %s", source.id, outcome.result.final_url, error)
            if outcome.result.not_modified:
                report.not_modified = True
            if outcome.feed is not None:
                article_jobs.extend(_new_entries(db, source, outcome.feed.entries, seen_urls,
                                                 config.politeness_of(source)))
        readers = readpool.readers("feeds", config.readers.count("feeds"))
        _store_articles(db, by_id, reports, article_jobs, pool.articles(article_jobs), Path(data_dir) / ARCHIVE_DIR,
                        readers)
    finally:
        fetcher.close()
        archive.close()
    finish_sources(db, reports.values())
    return [reports[s.id] for s in sources]


def _follow_feed_move(db, source: Source, result: FetchResult) -> None:
    """Count the polls on which the configured feed URL redirects permanently to one address;
    after FEED_MOVE_POLLS in a row, poll that address instead (a move that held, not a blip)."""
    first = result.exchanges[0]
    if canonical_url(first.url) != canonical_url(source.url):
        return  # polling the moved address already
    target = None
    final = result.final
    if first.status in PERMANENT_REDIRECTS and len(result.exchanges) > 1 and final.error is None and (
            result.ok or final.status == 304):
        target = result.final.url
    last_target, last_polls = store_sources.redirect_state(db, source.id)
    polls = last_polls + 1 if target is not None and last_target == target else (1 if target else 0)
    store_sources.set_redirect_state(db, source.id, target, polls)
    if target and polls >= FEED_MOVE_POLLS:
        store_sources.set_feed_url(db, source.id, target)
        log.info("%s: the feed has moved to %s (permanent redirect for %d polls)", source.id, target, polls)


def _new_entries(db, source: Source, entries, seen_urls: set[str], politeness) -> list[ArticleJob]:
    """Entries whose GUID and canonical URL are both unknown (and not already queued this run)."""
    jobs = []
    for entry in entries:
        if not entry.url:
            continue
        url = canonical_url(entry.url)
        if store_sources.entry_known(db, source.id, entry.guid, url) or url in seen_urls:
            continue
        seen_urls.add(url)
        jobs.append(ArticleJob(source.id, entry.url, guid=entry.guid, entry=entry, hosts=tuple(source.hosts),
                               politeness=politeness))
    return jobs


def _store_articles(db, by_id: dict[str, Source], reports: dict[str, SourceReport], jobs: list[ArticleJob],
                    outcomes, archive_dir: Path, readers: readpool.ReaderPool) -> None:
    """Store each article fetch as it arrives; once all of a source's pages are in, hand them to
    vigil.documents (oldest entry first), while the other sources' pages are still being fetched."""
    pages: dict[str, list[tuple[Page, int | None]]] = {source_id: [] for source_id in by_id}
    waiting = {source_id: sum(1 for job in jobs if job.source_id == source_id) for source_id in by_id}
    for source_id in [s for s, n in waiting.items() if n == 0]:
        ingest_pages(db, by_id[source_id], [], archive_dir, reports[source_id], readers)
    batch: list[ArticleOutcome] = []
    for outcome in outcomes:
        batch.append(outcome)
        waiting[outcome.job.source_id] -= 1
        complete = waiting[outcome.job.source_id] == 0
        if len(batch) >= BATCH or complete:
            _store_article_batch(db, by_id, reports, batch, pages)
            batch = []
        if complete:
            source_id = outcome.job.source_id
            ingest_pages(db, by_id[source_id], sorted(pages.pop(source_id), key=_entry_date), archive_dir,
                         reports[source_id], readers)


def _store_article_batch(db, by_id, reports, batch: list[ArticleOutcome], pages: dict) -> None:
    with write_lock(db):
        for outcome in batch:
            job, source, report = outcome.job, by_id[outcome.job.source_id], reports[outcome.job.source_id]
            fetch_id = _store_exchanges(db, source.id, "article", outcome.result, report, outcome.error)
            if outcome.error:
                report.error(f"{outcome.result.final_url}: {outcome.error}", url=outcome.result.final_url)
                log.warning("%s: %s: %s", source.id, outcome.result.final_url, outcome.error)
                if outcome.permanent and job.guid:
                    _remember_entry(db, source.id, job.guid, canonical_url(job.url))
                continue
            pages[source.id].append((outcome.page, fetch_id))


def _entry_date(item: tuple[Page, int | None]) -> tuple[bool, datetime]:
    published = item[0].entry_published
    return (published is None, published or datetime.min.replace(tzinfo=timezone.utc))


def _remember_entry(db, source_id: str, guid: str, url: str) -> None:
    store_sources.remember_entry(db, source_id, guid, url, utcnow())


def _store_exchanges(db, source_id: str, kind: str, result: FetchResult, report: SourceReport, error: str | None):
    """One `fetches` row per exchange (redirect hops too); returns the final row's id."""
    fetch_id = None
    for index, exchange in enumerate(result.exchanges):
        last = index == len(result.exchanges) - 1
        fetch_id = store_fetch(db, source_id, kind, exchange, error if last else exchange.error)
        report.fetched += 1
        if exchange.warning:
            log.warning("%s: %s: %s", source_id, exchange.url, exchange.warning)
    return fetch_id
