"""Conditional GET for feeds, with the safeguards that keep a lying server from locking Vigil out.

A feed whose ETag and Last-Modified never change answers 304 for ever, and the new
reports behind it are never seen (FreshRSS/FreshRSS#1020: `Last-Modified` in 2041). So a
feed is polled with the validators of its last 200 answer, except:

1. after a run with errors (entries that failed get another try);
2. when that answer's Last-Modified is later than its own `Date` (or, without one, the
   time Vigil received it): a server dating its content in the future has validators that
   cannot be trusted, its ETag included;
3. when the last 200 is older than `UNCONDITIONAL_EVERY`, or `MAX_NOT_MODIFIED` 304s have
   come in a row since it.

An unconditional poll of an unchanged feed still adds nothing: its entries are known by
GUID and canonical URL, so no article is fetched again.
"""

from __future__ import annotations

import email.utils
from datetime import datetime, timedelta, timezone

from crawler.fetchpool import FeedJob
from vigil.store import sources

UNCONDITIONAL_EVERY = timedelta(days=1)
MAX_NOT_MODIFIED = 12  # 304s in a row (three hours at a 15-minute poll)


def feed_job(db, source, now: datetime | None = None) -> FeedJob:
    """The next poll of feed `source` (a config Source): conditional only when it is safe."""
    now = now or datetime.now(timezone.utc)
    url = sources.feed_url(db, source.id) or source.url  # a permanent redirect that held (vigil.collect)
    plain = FeedJob(source.id, url, zone=source.zone, hosts=tuple(source.hosts))
    row = sources.last_feed_answer(db, source.id)
    if row is None or row[0] or row[1] is None:
        return plain
    _, last_ok, etag, last_modified, server_date, fetched_at = row
    received = _http_date(server_date) or datetime.fromisoformat(fetched_at)
    if now - datetime.fromisoformat(fetched_at) >= UNCONDITIONAL_EVERY:
        return plain
    modified = _http_date(last_modified)
    if modified is not None and modified > received:
        return plain
    in_a_row = sources.not_modified_since(db, source.id, last_ok)
    if in_a_row >= MAX_NOT_MODIFIED:
        return plain
    return FeedJob(source.id, url, etag=etag, last_modified=last_modified if modified else None,
                   zone=source.zone, hosts=tuple(source.hosts))


def _http_date(value: str | None) -> datetime | None:
    """An HTTP-date (RFC 9110 5.6.7) as an aware UTC datetime, or None."""
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
