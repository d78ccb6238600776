"""Writing what collection fetched: `fetches` rows, documents keyed by canonical URL, and
each source's run outcome. Shared by the feed poller (vigil.collect) and the site crawl
(vigil.crawl), so both store exchanges and documents the same way; the document rules
themselves are in vigil.documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterable

from crawler.http import Exchange
from vigil import countries
from vigil.store import documents, sources, utcnow, write_lock


@dataclass
class SourceReport:
    source_id: str
    kind: str
    fetched: int = 0  # HTTP exchanges
    new_documents: int = 0
    errors: int = 0
    not_modified: bool = False
    refreshed: int = 0  # earlier documents read again because the source's template changed
    moved: int = 0  # pages found to be an earlier document at a new address
    skipped: str | None = None  # why the source was not fetched this time
    last_error: str | None = None
    # Errors of article pages (a dead link a feed or listing still carries, a 500 on one report):
    # counted, logged and kept in `fetches` like the rest, but see `failed`.
    article_errors: int = 0
    failed_articles: dict[str, int] = field(default_factory=dict)  # URL -> failed attempts this run
    failed_pages: dict[str, int] = field(default_factory=dict)  # URL -> failed attempts this run, any kind
    dead_links_only: bool = False  # set by finish_sources: every failing article had failed before

    def error(self, message: str, *, url: str | None = None, article: bool | None = None) -> None:
        """Count an error of this run. `url`: the page that failed; a page failing again in the
        same run (the crawl's retries) is one error, whose last message is kept, however many
        attempts it took. `article` (default: whether `url` is given): it is an article page's,
        not the source's own (feed, listing page, robots.txt)."""
        self.last_error = message
        article = url is not None if article is None else article
        if url is not None:
            attempts = self.failed_pages[url] = self.failed_pages.get(url, 0) + 1
            if article:
                self.failed_articles[url] = attempts
            if attempts > 1:
                return
        self.errors += 1
        if article:
            self.article_errors += 1

    @property
    def failed(self) -> bool:
        """The source's own pages (feed, listing pages, robots.txt, the crawl) had an error, or
        article pages failed and none brought a document, unless every failing article had failed
        on an earlier run too (known dead links; `finish_sources` finds out)."""
        return self.errors > self.article_errors or bool(
            self.article_errors and not self.new_documents and not self.dead_links_only)

    def line(self) -> str:
        if self.skipped:
            return f"{self.source_id:<22} skipped: {self.skipped}"
        state = " (not modified)" if self.not_modified else ""
        tail = f"  refreshed {self.refreshed}" if self.refreshed else ""
        tail += f"  moved {self.moved}" if self.moved else ""
        tail += f"  last error: {self.last_error}" if self.last_error else ""
        return (
            f"{self.source_id:<22} {self.kind:<4} fetched {self.fetched:>4}  new {self.new_documents:>4}  "
            f"errors {self.errors:>3}{state}{tail}"
        )


def mentions_country(text: str, country: str) -> bool:
    """The relevance filter for worldwide sources: the text names the country (an ISO code
    or a name; see vigil.countries) or uses its adjective, as whole words."""
    return countries.mentions(text, countries.resolve(country))


def store_fetch(db, source_id: str, kind: str, exchange: Exchange, error: str | None) -> int:
    warc = exchange.warc
    return sources.insert_fetch(db, {
        "source_id": source_id, "url": exchange.url, "kind": kind, "fetched_at": exchange.fetched_at,
        "status": exchange.status, "etag": exchange.headers.get("etag"),
        "last_modified": exchange.headers.get("last-modified"), "content_type": exchange.content_type,
        "bytes": exchange.raw_bytes, "duration_ms": exchange.duration_ms, "error": error,
        "warc_file": warc.file if warc else None, "warc_offset": warc.offset if warc else None,
        "warc_length": warc.length if warc else None, "warning": exchange.warning,
        "server_date": exchange.headers.get("date"),
    })


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def store_document(db, row: dict) -> bool:
    """Insert a document keyed by canonical URL; False when that URL is already stored."""
    return documents.insert_document(db, {**row, "content_hash": content_hash(row["text"])})


def finish_sources(db, reports: Iterable[SourceReport]) -> None:
    """Record each source's run: a failed run (SourceReport.failed) adds to `consecutive_failures`.

    A site or feed that answers but still links an article that fails every time is not a
    failing source: a run whose only errors are articles that had already failed on an earlier
    run is recorded as a success, so `vigil status` does not report the source for ever; it lists
    such pages apart, by their own streak of failing runs (`page_failures`)."""
    now = utcnow()
    with write_lock(db):
        for r in reports:
            if r.failed and r.errors == r.article_errors:
                r.dead_links_only = all(sources.failed_fetches(db, r.source_id, url) > attempts
                                        for url, attempts in r.failed_articles.items())
            sources.record_run(db, r.source_id, now, (r.last_error or "") if r.failed else None)
            sources.record_page_runs(db, r.source_id, now, r.failed_articles)
