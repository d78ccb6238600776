"""Writing what collection fetched: `fetches` rows, documents keyed by canonical URL, and
each source's run outcome. Shared by the feed poller (vigil.collect) and the site crawl
(vigil.crawl), so both store exchanges and documents the same way; the document rules
themselves are in vigil.documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
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

    def error(self, message: str) -> None:
        self.errors += 1
        self.last_error = message

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
    """Record each source's run: a run with any error adds to `consecutive_failures`."""
    now = utcnow()
    with write_lock(db):
        for r in reports:
            sources.record_run(db, r.source_id, now, (r.last_error or "") if r.errors else None)
