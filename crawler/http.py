"""HTTP for feeds and articles: one GET, with every limit enforced and every hop archived.

feedparser's own fetching is going away and has no size or time limits, so Vigil does the
HTTP itself (urllib3, streaming) and hands the bytes on. The rules:

1. Only http and https URLs are fetched, redirects included (at most `max_redirects`;
   a redirect back to a URL already visited is a loop). Every connection, on every hop,
   goes through the egress policy (crawler.egress): public addresses only unless the
   operator allowed others, and, when the caller gives `hosts`, only those hosts.
2. Each request has a connect/read timeout and the whole body a deadline, so a server
   that trickles bytes cannot hold a worker for ever.
3. The body as sent may be at most `max_bytes`, and so may the body once its gzip or
   deflate Content-Encoding is undone: a decompression bomb stops at the limit.
4. Every response, redirects and errors included, is written to the WARC archive
   (a cut-short body is marked `WARC-Truncated`), and comes back as an `Exchange`.
5. Failures never raise: the result carries an `error` naming what went wrong.

A `Fetcher` is shared by worker threads; each host gets a slot (crawler.throttle) that
bounds its concurrent requests, spaces them by the download delay and, with AutoThrottle,
by its latency, so a pool of many workers stays polite to each site.
"""

from __future__ import annotations

import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urldefrag, urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from crawler.archive import ArchiveError, WarcArchive, WarcRef
from crawler.egress import EgressPolicy, EgressRefused, hosts_allowed, pool_classes
from crawler.throttle import MAX_PER_DOMAIN, HostSlot, Politeness

_CHUNK = 64 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Exchange:
    """One request and its response (or the error that took its place)."""

    url: str
    fetched_at: str
    status: int | None = None
    reason: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent, for the archive
    body: bytes = b""  # Content-Encoding undone; empty on error
    raw_bytes: int = 0
    duration_ms: int = 0
    error: str | None = None
    warning: str | None = None  # something odd that did not stop the exchange (a mislabelled body)
    warc: WarcRef | None = None
    latency: float = 0.0  # seconds from sending the request to its response headers (AutoThrottle's measure)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")


@dataclass
class FetchResult:
    """All exchanges of one fetch (redirect hops first); `final` is the last."""

    url: str
    exchanges: list[Exchange]

    @property
    def final(self) -> Exchange:
        return self.exchanges[-1]

    @property
    def error(self) -> str | None:
        return self.final.error

    @property
    def ok(self) -> bool:
        return self.final.error is None and self.final.status is not None and 200 <= self.final.status < 300

    @property
    def not_modified(self) -> bool:
        return self.final.error is None and self.final.status == 304

    @property
    def final_url(self) -> str:
        return self.final.url


class Fetcher:
    """Fetches URLs under the limits above; thread-safe."""

    def __init__(
        self,
        archive: WarcArchive,
        *,
        user_agent: str,
        timeout: float = 30.0,
        max_bytes: int = 10_000_000,
        politeness: Politeness = Politeness(),
        max_redirects: int = 5,
        egress: EgressPolicy | None = None,
    ):
        """`politeness` applies to hosts whose fetches name none (see `fetch`)."""
        self.archive = archive
        self.user_agent = user_agent
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.politeness = politeness
        self.max_redirects = max_redirects
        self.egress = egress or EgressPolicy()
        self._pool = urllib3.PoolManager(
            num_pools=100, maxsize=MAX_PER_DOMAIN, retries=False, timeout=urllib3.Timeout(connect=timeout, read=timeout)
        )
        self._pool.pool_classes_by_scheme = pool_classes(self.egress)
        self._slots: dict[str, HostSlot] = {}
        self._slots_lock = threading.Lock()

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              hosts: tuple[str, ...] = (), politeness: Politeness | None = None) -> FetchResult:
        """GET `url`, following redirects; conditional when `etag`/`last_modified` are given.
        With `hosts`, the URL and every redirect target must be on one of them (or a subdomain).
        `politeness` is the source's; a host keeps the politeness of the first fetch that reached it."""
        extra: dict[str, str] = {}
        if etag:
            extra["If-None-Match"] = etag
        if last_modified:
            extra["If-Modified-Since"] = last_modified
        exchanges: list[Exchange] = []
        seen: set[str] = set()
        current = urldefrag(url)[0]  # a fragment is never sent; keep it out of the archive too
        while True:
            seen.add(current)
            if not hosts_allowed(current, hosts):
                exchanges.append(Exchange(
                    url=current, fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    error=f"egress refused: {current[:200]} is off the source's hosts ({', '.join(hosts)});"
                          f" add its host to allow_hosts to fetch it"))
                return FetchResult(url, exchanges)
            exchange = self._exchange(current, extra, politeness or self.politeness)
            exchanges.append(exchange)
            location = exchange.headers.get("location")
            if exchange.error or exchange.status not in (301, 302, 303, 307, 308) or not location:
                return FetchResult(url, exchanges)
            target = urldefrag(urljoin(current, location.strip()))[0]
            if target in seen:
                exchange.error = f"redirect loop: {current} -> {target}"
            elif len(exchanges) > self.max_redirects:
                exchange.error = f"more than {self.max_redirects} redirects"
            elif urlsplit(target).scheme not in ("http", "https"):
                exchange.error = f"redirect to a non-http(s) URL: {target[:200]}"
            if exchange.error:
                return FetchResult(url, exchanges)
            current = target

    def close(self) -> None:
        self._pool.clear()

    def _slot(self, url: str, politeness: Politeness) -> HostSlot:
        host = urlsplit(url).netloc.lower()
        with self._slots_lock:
            if host not in self._slots:
                self._slots[host] = HostSlot(politeness)
            return self._slots[host]

    def _exchange(self, url: str, extra: dict[str, str], politeness: Politeness) -> Exchange:
        exchange = Exchange(url=url, fetched_at=datetime.now(timezone.utc).isoformat(timespec="seconds"))
        if urlsplit(url).scheme not in ("http", "https"):
            exchange.error = f"not an http(s) URL: {url[:200]}"
            return exchange
        request_headers = {
            "User-Agent": self.user_agent,
            "Accept-Encoding": "gzip, deflate",
            "Accept": "*/*",
            **extra,
        }
        with self._slot(url, politeness) as slot:
            started = time.monotonic()
            raw, truncated = self._request(url, request_headers, exchange, started)
            slot.observe(exchange.latency, exchange.status)
        exchange.duration_ms = int((time.monotonic() - started) * 1000)
        if exchange.status is None:
            return exchange  # no response at all: nothing to archive
        exchange.raw_bytes = len(raw)
        if exchange.error is None:
            try:
                exchange.body, exchange.warning = decode_content(
                    raw, exchange.headers.get("content-encoding"), self.max_bytes
                )
            except ValueError as exc:
                exchange.error = str(exc)
        if exchange.error is None and exchange.status >= 400:
            exchange.error = f"HTTP {exchange.status} {exchange.reason}".strip()
        try:
            exchange.warc = self.archive.write_exchange(
                url,
                request_headers=list(request_headers.items()),
                status=exchange.status,
                reason=exchange.reason,
                response_headers=exchange.raw_headers,
                body=raw,
                truncated=truncated,
            )
        except ArchiveError as exc:
            exchange.error = exchange.error or f"not archived: {exc}"
        return exchange

    def _request(self, url: str, headers: dict[str, str], exchange: Exchange, started: float):
        """Send the request and read the raw body; returns (raw bytes, WARC truncation reason or None)."""
        chunks: list[bytes] = []
        size = 0
        try:
            response = self._pool.request(
                "GET", url, headers=headers, preload_content=False, redirect=False, decode_content=False
            )
        except EgressRefused as exc:
            exchange.error = f"egress refused: {exc}"
            return b"", None
        except Urllib3Error as exc:
            exchange.error = _describe(exc, self.timeout)
            return b"", None
        except (OSError, ValueError) as exc:  # e.g. an unparsable URL or port
            exchange.error = f"request failed: {exc}"
            return b"", None
        exchange.latency = time.monotonic() - started
        exchange.status = response.status
        exchange.reason = response.reason or ""
        exchange.raw_headers = list(response.headers.items())
        exchange.headers = {k.lower(): v for k, v in response.headers.items()}
        truncated = None
        try:
            while True:
                # read1: return what has arrived, so the deadline is checked while a server trickles
                chunk = response.read1(_CHUNK, decode_content=False)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > self.max_bytes:
                    exchange.error = f"body over the size limit of {self.max_bytes} bytes"
                    truncated = "length"
                    break
                if time.monotonic() - started > self.timeout * 2:
                    exchange.error = f"body not complete after {self.timeout * 2:g} s (server stalled)"
                    truncated = "time"
                    break
        except ReadTimeoutError:
            exchange.error = f"server stalled: no data for {self.timeout:g} s"
            truncated = "time"
        except (ProtocolError, Urllib3Error, OSError) as exc:
            expected = declared_length(exchange.headers.get("content-length"))
            chunked = "chunked" in exchange.headers.get("transfer-encoding", "").lower()
            exchange.error = (truncated_body(size, expected) if expected is not None and size < expected or chunked
                              else f"connection dropped mid-body after {size} bytes: {_first_line(exc)}")
            truncated = "disconnect"
        finally:
            if truncated is None:
                response.release_conn()
            else:
                response.close()  # never reuse a connection left mid-body
        return b"".join(chunks), truncated


def truncated_body(received: int, expected: int | None) -> str:
    """The one message for a body cut short, in the feed fetcher and the site crawl alike
    (crawler.middlewares): `expected` is its Content-Length, None for a chunked body that lacks
    its last chunk; sizes in bytes as sent (before Content-Encoding is undone). It is transient
    (crawler.fetchpool.is_permanent): the page is tried again next run."""
    if expected is None:
        return f"truncated body: received {received} bytes, then the server closed the connection before its end"
    return f"truncated body: received {received} of {expected} bytes, then the server closed the connection"


def declared_length(value) -> int | None:
    """A Content-Length header's value in bytes, or None when absent or not a number."""
    try:
        length = int(value)
    except (TypeError, ValueError):
        return None
    return length if length >= 0 else None


def decode_body(raw: bytes, content_encoding: str | None, max_bytes: int) -> bytes:
    """Undo gzip/deflate Content-Encoding, refusing output over `max_bytes` (see `decode_content`)."""
    return decode_content(raw, content_encoding, max_bytes)[0]


def decode_content(raw: bytes, content_encoding: str | None, max_bytes: int) -> tuple[bytes, str | None]:
    """Undo the Content-Encoding; returns (body, warning or None). Raises ValueError.

    A body that does not start with its coding's magic bytes (gzip 1f 8b, zlib 78 ..) and
    does not inflate as raw deflate either was never compressed: servers label plain
    bodies `gzip` (danmactough/node-feedparser#277), and feedparser's own HTTP code read
    them as they are. It is read as identity, and the warning says so. A body that does
    start like its coding but breaks off is corrupt (ValueError), as is one expanding
    beyond `max_bytes` (a decompression bomb).
    """
    encodings = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
    body = raw
    warning = None
    for encoding in reversed(encodings):
        if encoding in ("identity", ""):
            continue
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS) if body[:2] == _GZIP_MAGIC else None
        elif encoding == "deflate":
            decoder = zlib.decompressobj(zlib.MAX_WBITS if _is_zlib(body) else -zlib.MAX_WBITS)
        else:
            raise ValueError(f"unsupported Content-Encoding {encoding!r}")
        try:
            out = decoder.decompress(body, max_bytes + 1) if decoder is not None else None
        except zlib.error as exc:
            if encoding in ("gzip", "x-gzip") or _is_zlib(body):
                raise ValueError(f"corrupt {encoding} body: {exc}") from exc
            out = None  # neither zlib nor raw deflate: a plain body
        if out is not None and encoding == "deflate" and not _is_zlib(body) and not decoder.eof:
            out = None  # raw deflate that never reaches its end block: a plain body read as code
        if out is None:
            warning = f"Content-Encoding {encoding} on a body that is not {encoding}-compressed; read as identity"
            continue
        if len(out) > max_bytes or decoder.unconsumed_tail:
            raise ValueError(f"{encoding} body expands beyond the size limit of {max_bytes} bytes (decompression bomb?)")
        body = out
    return body, warning


def _is_zlib(data: bytes) -> bool:
    """A zlib stream header (RFC 1950): deflate method and a check sum over the first two bytes."""
    return len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0


def _describe(exc: Exception, timeout: float) -> str:
    name = type(exc).__name__
    if "Timeout" in name:
        return f"timed out after {timeout:g} s ({name})"
    return f"{name}: {_first_line(exc)}"


def _first_line(exc: Exception) -> str:
    """The exception's message, on one line. urllib3 wraps the cause as (message, cause), whose text
    gives the cause twice when the message names it already ("IncompleteRead(...)" twice)."""
    args = getattr(exc, "args", ())
    if len(args) == 2 and isinstance(args[0], str) and isinstance(args[1], BaseException):
        cause = args[1]
        text = args[0] if repr(cause) in args[0] or (str(cause) and str(cause) in args[0]) else (
            f"{args[0]} ({type(cause).__name__}: {cause})" if str(cause) else f"{args[0]} ({type(cause).__name__})")
    else:
        text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]
