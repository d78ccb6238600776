"""Feed bytes in, entries out: RSS 0.9x/1.0 (RDF)/2.0 and Atom through feedparser.

feedparser never raises on a broken feed; it sets `bozo` and returns what it could
parse. `parse_feed` keeps those entries and reports the problem, so one stray `&` in a
feed does not lose its reports. Two checks come first:

1. A document that declares XML entities is refused outright (defusedxml's rule): no
   feed needs them, and they are how entity-expansion ("billion laughs") attacks work.
2. Bytes that are not a feed at all (an HTML error page, a PDF) give an error, not an
   empty list that would look like a quiet feed.

Entries come back sorted by date, oldest first, undated ones last in feed order: some
feeds (IranWire) are not in date order.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from xml.etree.ElementTree import ParseError

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
# bozo flags about labels, not content: a feed served as text/html, or whose declared
# encoding was overridden by the HTTP header, still parsed completely.
_HARMLESS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)


class FeedError(Exception):
    """The bytes cannot be used as a feed; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    guid: str  # the entry's id, or its link, or a hash of its title when it has neither
    url: str  # absolute link to the article
    title: str
    summary: str
    published: datetime | None  # UTC


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    version: str  # feedparser's name for the format: rss20, atom10, rss10 (RDF), ...
    problem: str | None = None  # why feedparser flagged the feed (bozo), if it did


def parse_feed(body: bytes, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes fetched from `url`; raise FeedError when nothing usable is there."""
    _refuse_entities(body)
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    problem = None
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(exc, _HARMLESS):
        problem = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}".rstrip(": ")
    if not parsed.get("version") and not parsed.entries:
        raise FeedError(f"not a feed ({problem or 'no RSS, Atom or RDF root element'})")
    entries = []
    for index, raw in enumerate(parsed.entries):
        entry = _entry(raw, url)
        if entry is not None:
            entries.append((index, entry))
    entries.sort(key=lambda pair: (pair[1].published is None, pair[1].published or datetime.min, pair[0]))
    return ParsedFeed(entries=[e for _, e in entries], version=parsed.get("version") or "unknown", problem=problem)


def _refuse_entities(body: bytes) -> None:
    """Refuse documents declaring entities; parse with defusedxml to catch encoded declarations too."""
    if _ENTITY_DECLARATION.search(body[:65536]):
        raise FeedError("the feed declares XML entities (entity-expansion attack?); refused")
    if b"\x00" in body[:4]:  # UTF-16/32: the byte search above cannot see the declaration
        try:
            defused_fromstring(body, forbid_dtd=False, forbid_entities=True, forbid_external=True)
        except DefusedXmlException as exc:
            raise FeedError(f"the feed declares XML entities ({type(exc).__name__}); refused") from exc
        except (ParseError, ValueError, UnicodeError):
            pass  # malformed: feedparser's lenient parser has its turn


def _entry(raw: dict, feed_url: str) -> FeedEntry | None:
    link = raw.get("link") or next((l.get("href") for l in raw.get("links", []) if l.get("href")), None)
    title = (raw.get("title") or "").strip()
    if not link and not raw.get("id"):
        return None  # nothing to fetch and nothing to tell entries apart by
    url = urljoin(feed_url, link.strip()) if link else ""
    guid = (raw.get("id") or url or "").strip() or "title:" + hashlib.sha1(title.encode()).hexdigest()
    summary = raw.get("summary") or ""
    stamp = raw.get("published_parsed") or raw.get("updated_parsed") or raw.get("created_parsed")
    published = datetime.fromtimestamp(calendar.timegm(stamp), timezone.utc) if stamp else None
    return FeedEntry(guid=guid, url=url, title=title, summary=summary, published=published)
