"""Many feeds and articles at once: fetching and text extraction on a thread pool.

Network waits dominate collection, so feeds and article pages are fetched by a pool of
worker threads; the `Fetcher` bounds how many of them talk to one host at a time. Each
worker also parses the feed, or the article page for its line hashes (crawler.blocks), so the
caller (which owns the database, and must stay on one thread) receives finished results, as
they complete; the article's text is read by the shell, under the source's template.

Nothing here raises for a bad URL or a bad page: every outcome carries its error, and
whether the error is permanent (a 404, a PDF, an oversized body: do not try again) or
transient (a timeout, a 503: the next run may succeed).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import tzinfo
from typing import Iterable, Iterator

from crawler.article import ArticleError, parse_page
from crawler.blocks import page_hashes
from crawler.feeds import FeedEntry, FeedError, ParsedFeed, parse_feed
from crawler.http import Fetcher, FetchResult
from crawler.page import Page
from crawler.throttle import Politeness

# Statuses worth retrying on a later run; other 4xx answers are final.
TRANSIENT_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524})
# Errors about the response itself, which another try would only repeat.
_PERMANENT_MARKERS = ("size limit", "decompression", "redirect", "non-http", "Content-Encoding", "not an http",
                      "egress refused")


@dataclass(frozen=True)
class FeedJob:
    source_id: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    hosts: tuple[str, ...] = ()  # the feed and its redirects stay on these hosts (empty: any host)
    zone: tzinfo | None = None  # the source's time zone (crawler.dates)
    politeness: Politeness | None = None  # the source's; None: the fetcher's


@dataclass
class FeedOutcome:
    job: FeedJob
    result: FetchResult
    feed: ParsedFeed | None  # None when not fetched (error), unchanged (304) or unusable
    error: str | None  # the fetch error, or why the body is not a usable feed


@dataclass(frozen=True)
class ArticleJob:
    source_id: str
    url: str
    guid: str | None = None  # the feed entry the article came from, if any
    entry: FeedEntry | None = None
    hosts: tuple[str, ...] = ()  # the page and its redirects stay on these hosts (empty: any host)
    politeness: Politeness | None = None  # the source's; None: the fetcher's


@dataclass
class ArticleOutcome:
    job: ArticleJob
    result: FetchResult
    page: Page | None  # the fetched page, its body left in the archive, its line hashes read
    error: str | None
    permanent: bool = False  # True: the error will not go away by itself; do not retry


def is_permanent(result: FetchResult) -> bool:
    """Would fetching this URL again most likely fail the same way?"""
    final = result.final
    if final.status is not None and 400 <= final.status < 500 and final.status not in TRANSIENT_STATUSES:
        return True
    return any(marker in (final.error or "") for marker in _PERMANENT_MARKERS)


class FetchPool:
    """Runs feed and article jobs on `workers` threads sharing one Fetcher."""

    def __init__(self, fetcher: Fetcher, workers: int = 16):
        self.fetcher = fetcher
        self.workers = workers

    def feeds(self, jobs: Iterable[FeedJob]) -> Iterator[FeedOutcome]:
        yield from self._run(self._feed, jobs)

    def articles(self, jobs: Iterable[ArticleJob]) -> Iterator[ArticleOutcome]:
        yield from self._run(self._article, jobs)

    def _run(self, work, jobs):
        jobs = list(jobs)
        if not jobs:
            return
        with ThreadPoolExecutor(max_workers=min(self.workers, len(jobs)), thread_name_prefix="vigil-fetch") as pool:
            futures = [pool.submit(work, job) for job in jobs]
            for future in as_completed(futures):
                yield future.result()

    def _feed(self, job: FeedJob) -> FeedOutcome:
        result = self.fetcher.fetch(job.url, etag=job.etag, last_modified=job.last_modified, hosts=job.hosts,
                                    politeness=job.politeness)
        if not result.ok:
            return FeedOutcome(job, result, None, result.error)
        final = result.final
        try:
            feed = parse_feed(final.body, final.url, final.content_type, zone=job.zone)
        except FeedError as exc:
            return FeedOutcome(job, result, None, str(exc))
        except Exception as exc:  # a parser bug costs this feed, never the run
            return FeedOutcome(job, result, None, f"feed parsing failed: {type(exc).__name__}: {exc}"[:500])
        finally:
            final.body = b""  # archived already; do not hold it in memory
        return FeedOutcome(job, result, feed, None)

    def _article(self, job: ArticleJob) -> ArticleOutcome:
        result = self.fetcher.fetch(job.url, hosts=job.hosts, politeness=job.politeness)
        if not result.ok:
            return ArticleOutcome(job, result, None, result.error, is_permanent(result))
        final = result.final
        try:
            hashes = page_hashes(parse_page(final.body, final.url, final.content_type))
        except ArticleError as exc:
            return ArticleOutcome(job, result, None, str(exc), permanent=True)
        except Exception as exc:  # a parser bug must cost one article, not the run
            return ArticleOutcome(job, result, None, f"extraction failed: {type(exc).__name__}: {exc}", True)
        finally:
            final.body = b""  # archived already; the shell reads it back when it reads the article
        entry = job.entry
        page = Page(
            source_id=job.source_id, kind="article", url=final.url, fetched_at=final.fetched_at,
            content_type=final.content_type, warc=final.warc,
            requested=tuple(dict.fromkeys(e.url for e in result.exchanges[:-1])),
            entry_guid=job.guid, entry_title=entry.title if entry else None,
            entry_published=entry.published if entry else None, block_hashes=hashes,
        )
        return ArticleOutcome(job, result, page, None)
