"""Feed bytes in, entries out: RSS 0.9x/1.0 (RDF)/2.0 and Atom through feedparser.

feedparser never raises on a broken feed; it sets `bozo` and returns what it could
parse. `parse_feed` keeps those entries and reports the problem, so one stray `&` in a
feed does not lose its reports. Two checks come first:

1. Entity declarations in the DOCTYPE are checked (crawler.doctype): `&nbsp;` declared
   as `&#160;` is fine, entity-expansion attacks and external entities are refused.
2. Bytes that are not a feed at all (an HTML error page, a PDF) give an error, not an
   empty list that would look like a quiet feed.

An entry's article is its alternate link (RSS `<link>`, Atom `rel="alternate"` or no
rel), or its guid when that is a permalink; never an enclosure (a podcast's mp3), a
licence, `self`, `related` or `via` link. An entry's date is read by crawler.dates (zone
names of the sources' regions, the source's own time zone for times without one); an
entry whose date cannot be read is undated, and an entry that cannot be read at all is
left out and named in `problem`: one entry never costs the feed.

Entries come back sorted by date, oldest first, undated ones last in feed order: some
feeds (IranWire) are not in date order.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from urllib.parse import urljoin, urlsplit
from xml.sax import SAXParseException

import feedparser

from crawler.dates import OutOfRange, in_zone, parse_timestamp
from crawler.doctype import UnsafeEntities, check_entities, one_declaration_a_line, root_name

# bozo flags about labels, not content: a feed served as text/html, or whose declared
# encoding was overridden by the HTTP header, still parsed completely.
_HARMLESS = (feedparser.NonXMLContentType, feedparser.CharacterEncodingOverride)
# Root elements of the formats feedparser reads, for a feed that has no entries (yet).
_FEED_ROOTS = {"rss": "rss", "feed": "atom", "rdf": "rss10", "channel": "cdf"}


class FeedError(Exception):
    """The bytes cannot be used as a feed; the message says why."""


@dataclass(frozen=True)
class FeedEntry:
    guid: str  # the entry's id, or its link, or a hash of its title when it has neither
    url: str  # absolute link to the article
    title: str
    summary: str
    published: datetime | None  # aware; in the source's zone when it has one, else as the feed wrote it


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[FeedEntry]
    version: str  # feedparser's name for the format: rss20, atom10, rss10 (RDF), ...
    problem: str | None = None  # why feedparser flagged the feed (bozo), if it did


def parse_feed(body: bytes, url: str, content_type: str | None = None, zone: tzinfo | None = None) -> ParsedFeed:
    """Parse feed bytes fetched from `url`; raise FeedError when nothing usable is there.

    `zone` is the source's time zone: times written without an offset are read in it, and
    every entry's date is expressed in it (see crawler.dates.in_zone).
    """
    try:
        if check_entities(body):
            body = one_declaration_a_line(body)
    except UnsafeEntities as exc:
        raise FeedError(str(exc)) from exc
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
    problem = None
    exc = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(exc, _HARMLESS):
        # (a SAX error's "<unknown>:2:35" counts lines of the document feedparser rewrote, not the
        # body served: the message alone, which names what is wrong)
        said = exc.getMessage() if isinstance(exc, SAXParseException) else str(exc)
        problem = f"{type(exc).__name__}: {said.splitlines()[0][:200] if said else ''}".rstrip(": ")
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        root = (root_name(body) or "").rsplit(":", 1)[-1].lower()
        if root not in _FEED_ROOTS or problem:
            raise FeedError(f"not a feed ({problem or 'no RSS, Atom or RDF root element'})")
        version = _FEED_ROOTS[root]  # a feed with no entries yet, e.g. a CDF channel
    entries = []
    skipped: list[str] = []
    for index, raw in enumerate(parsed.entries):
        try:
            entry = _entry(raw, url, zone)
        except Exception as exc:  # a feedparser oddity in one entry costs that entry, not the feed
            skipped.append(f"entry {index + 1}: {type(exc).__name__}: {exc}"[:200])
            continue
        if entry is not None:
            entries.append((index, entry))
    if skipped:
        problem = "; ".join(filter(None, [problem, f"{len(skipped)} entries unreadable ({skipped[0]})"]))
    entries.sort(key=lambda pair: (pair[1].published is None, _instant(pair[1].published), pair[0]))
    return ParsedFeed(entries=[e for _, e in entries], version=version or "unknown", problem=problem)


def article_link(raw: dict) -> str | None:
    """The entry's article: its first alternate link, else its guid when that is a permalink URL."""
    for link in raw.get("links") or ():
        if (link.get("rel") or "alternate") == "alternate" and (link.get("href") or "").strip():
            return link["href"].strip()
    guid = (raw.get("id") or "").strip()
    if raw.get("guidislink") and urlsplit(guid).scheme.lower() in ("http", "https"):
        return guid
    return None


def entry_published(raw: dict, zone: tzinfo | None = None) -> datetime | None:
    """When the entry was published (else updated, else created), on the source's clock."""
    for key in ("published", "updated", "created"):
        try:
            moment = parse_timestamp(dict.get(raw, key), zone)  # dict.get: no "updated" -> "published" mapping
        except OutOfRange:
            continue
        stamp = dict.get(raw, f"{key}_parsed")
        if moment is None and stamp:  # a form only feedparser reads (it gives UTC)
            try:
                moment = datetime(*stamp[:6], tzinfo=timezone.utc)
            except (TypeError, ValueError, OverflowError):
                moment = None
        if moment is not None:
            return in_zone(moment, zone)
    return None


def _entry(raw: dict, feed_url: str, zone: tzinfo | None) -> FeedEntry | None:
    link = article_link(raw)
    title = (raw.get("title") or "").strip()
    if not link and not raw.get("id"):
        return None  # nothing to fetch and nothing to tell entries apart by
    url = urljoin(feed_url, link) if link else ""
    urlsplit(url).port  # ValueError for a malformed host or port: this entry is unreadable
    guid = (raw.get("id") or url or "").strip() or "title:" + hashlib.sha1(title.encode()).hexdigest()
    summary = raw.get("summary") or ""
    return FeedEntry(guid=guid, url=url, title=title, summary=summary, published=entry_published(raw, zone))


def _instant(moment: datetime | None) -> datetime:
    """Sort key: entries written in different offsets compare as instants."""
    return moment.astimezone(timezone.utc) if moment is not None else datetime.min.replace(tzinfo=timezone.utc)
