"""The one shape in which collection hands a fetched page to the shell.

Feeds (crawler.fetchpool) and site crawls (the Scrapy child, whose `page` records carry the
same fields, see crawler.records) both produce `Page`s; the shell applies the document
rules to them in one place (vigil.ingest), and `vigil extract rerun` rebuilds a `Page`
from a stored document and its WARC record to apply the same rules again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.archive import ArchiveError, WarcRef, read_response

KINDS = ("article", "listing")


@dataclass(frozen=True)
class Page:
    source_id: str
    kind: str  # "article" or "listing" (listing pages only teach the source's template)
    url: str  # the address the page was finally read from, after redirects
    fetched_at: str
    content_type: str | None = None
    warc: WarcRef | None = None  # where the response is archived
    requested: tuple[str, ...] = ()  # the addresses asked for before `url` (the link, then each redirect)
    entry_guid: str | None = None  # the feed entry the page was linked from, if any
    entry_title: str | None = None
    entry_published: datetime | None = None  # the feed entry's date, UTC
    block_hashes: frozenset[str] | None = None  # the page's line hashes (crawler.blocks), to learn the template
    body: bytes | None = field(default=None, repr=False)  # None: read it back from the archive

    def read_body(self, archive_dir: Path) -> tuple[bytes, str | None]:
        """The page's bytes and Content-Type, from memory or from its WARC record (ArchiveError)."""
        if self.body is not None:
            return self.body, self.content_type
        if self.warc is None:
            raise ArchiveError(f"{self.url}: no body and no WARC record")
        _, headers, body = read_response(Path(archive_dir) / self.warc.file, self.warc.offset)
        return body, (headers.get("Content-Type") if headers else None) or self.content_type

    def record(self) -> dict:
        """The page as a `page` record of the crawl child (JSON-ready, without the body)."""
        return {
            "source_id": self.source_id, "kind": self.kind, "url": self.url, "fetched_at": self.fetched_at,
            "content_type": self.content_type, "requested": list(self.requested),
            "warc_file": self.warc.file if self.warc else None, "warc_offset": self.warc.offset if self.warc else None,
            "warc_length": self.warc.length if self.warc else None,
            "block_hashes": sorted(self.block_hashes) if self.block_hashes is not None else None,
        }

    @classmethod
    def from_record(cls, record: dict) -> "Page":
        """The inverse of `record()`; KeyError names a missing field."""
        warc = None
        if record.get("warc_file") is not None:
            warc = WarcRef(record["warc_file"], int(record["warc_offset"]), int(record.get("warc_length") or 0))
        return cls(
            source_id=record["source_id"], kind=record.get("kind") or "article", url=record["url"],
            fetched_at=record["fetched_at"], content_type=record.get("content_type"), warc=warc,
            requested=tuple(record.get("requested") or ()),
            block_hashes=frozenset(record["block_hashes"]) if record.get("block_hashes") is not None else None,
        )
