"""Scrapy downloader middlewares for site crawls: http(s) only, archiving, retry backoff.

Each takes plain values in `__init__`, reads settings in `from_crawler`, raises
NotConfigured when it has nothing to do, and counts each failure class in the stats
(`vigil/...` keys), which the child reports when a spider closes.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured, ResponseDataLossError
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

from crawler.archive import ArchiveError, WarcArchive
from crawler.http import decode_content, declared_length, truncated_body
from crawler.resolver import refusal_for
from crawler.records import Output, now_iso


class HttpOnlyMiddleware:
    """Drop any request that is not http(s) before it reaches a download handler."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_request(self, request: Request):
        if urlsplit(request.url).scheme not in ("http", "https"):
            self.stats.inc_value("vigil/ignored/not_http")
            raise IgnoreRequest(f"not an http(s) URL: {request.url[:200]}")
        return None


class ArchiveMiddleware:
    """Archive every exchange to WARC and report it as a `fetch` record.

    It sits next to the downloader (priority 950), so it sees every response as sent,
    redirects, retried errors and robots.txt included, and still content-encoded; it then
    undoes the Content-Encoding itself with the same decompression limit as the feed
    fetcher (Scrapy's HttpCompressionMiddleware is switched off in favour of this).
    """

    def __init__(self, archive: WarcArchive, output: Output, max_bytes: int, stats):
        self.archive = archive
        self.output = output
        self.max_bytes = max_bytes
        self.stats = stats
        self.crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        archive, output = crawler.settings.get("VIGIL_ARCHIVE"), crawler.settings.get("VIGIL_OUTPUT")
        if archive is None or output is None:
            raise NotConfigured("VIGIL_ARCHIVE and VIGIL_OUTPUT are not set")
        middleware = cls(archive, output, crawler.settings.getint("DOWNLOAD_MAXSIZE"), crawler.stats)
        middleware.crawler = crawler
        crawler.signals.connect(middleware.headers_received, signal=signals.headers_received)
        crawler.signals.connect(middleware.bytes_received, signal=signals.bytes_received)
        return middleware

    # A body cut short of its Content-Length reaches process_exception as a bare
    # ResponseDataLossError, without sizes; these two count them on the request as it downloads.
    @staticmethod
    def headers_received(headers, request, **kwargs) -> None:
        request.meta["vigil_expected"] = declared_length(headers.get(b"Content-Length"))

    @staticmethod
    def bytes_received(data, request, **kwargs) -> None:
        request.meta["vigil_received"] = request.meta.get("vigil_received", 0) + len(data)

    @property
    def source_id(self) -> str | None:
        return getattr(self.crawler.spider, "source_id", None)

    def process_request(self, request: Request):
        request.headers.setdefault(b"Accept-Encoding", b"gzip, deflate")
        request.meta["vigil_started"] = time.monotonic()
        request.meta["vigil_received"] = 0  # a retry is a copy of the request: its meta too
        request.meta.pop("vigil_expected", None)
        return None

    def process_response(self, request: Request, response: Response):
        error = None
        raw_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        request_headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in request.headers.items() for v in vs]
        try:
            ref = self.archive.write_exchange(
                response.url,
                request_headers=request_headers,
                status=response.status,
                reason="",
                response_headers=raw_headers,
                body=response.body,
                protocol=(response.protocol or "HTTP/1.1").upper(),
            )
        except ArchiveError as exc:
            ref, error = None, f"not archived: {exc}"
        if ref is not None:
            request.meta["vigil_warc"] = [ref.file, ref.offset, ref.length]
        encoding = response.headers.get(b"Content-Encoding")
        body, warning = response.body, None
        if encoding and error is None:
            try:
                body, warning = decode_content(response.body, encoding.decode("latin-1"), self.max_bytes)
            except ValueError as exc:
                error = str(exc)
                self.stats.inc_value("vigil/fetch_error/decompression")
        robots_unavailable = urlsplit(response.url).path == "/robots.txt" and 400 <= response.status < 500
        if error is None and response.status >= 400 and not robots_unavailable:  # no robots.txt: no rules, no error
            error = f"HTTP {response.status}"
            self.stats.inc_value(f"vigil/http_status/{response.status}")
        if warning:
            self.stats.inc_value("vigil/fetch_warning/content_encoding")
        self._emit(request, response.url, response.status, error, ref, response, len(response.body), warning)
        if error and response.status < 400:
            request.meta["vigil_recorded"] = True
            raise IgnoreRequest(error)
        if encoding:
            headers = response.headers.copy()
            del headers[b"Content-Encoding"]
            response = response.replace(body=body, headers=headers)
        return response

    def process_exception(self, request: Request, exception: Exception):
        if isinstance(exception, IgnoreRequest):
            return None  # not an exchange: robots.txt or off-site filtering
        name = type(exception).__name__
        refusal = refusal_for(request.url)
        if refusal is not None:  # the egress resolver gave no address (crawler.resolver)
            self.stats.inc_value("vigil/egress_refused")
            self._emit(request, request.url, None, f"egress refused: {refusal}", None, None, 0)
            request.meta["vigil_recorded"] = True
            raise IgnoreRequest(f"egress refused: {refusal}")  # retrying would be refused again
        self.stats.inc_value(f"vigil/fetch_error/{name}")
        received, expected = request.meta.get("vigil_received", 0), request.meta.get("vigil_expected")
        if isinstance(exception, ResponseDataLossError):  # Content-Length not reached, or a chunk missing
            error = truncated_body(received, expected)  # the feed fetcher's words (crawler.http)
        else:
            message = str(exception).splitlines()[0][:300] if str(exception) else ""
            error = f"{name}: {message}".rstrip(": ")
        # nothing is archived: Scrapy keeps no part of a body it failed on
        self._emit(request, request.url, None, error, None, None, received)
        request.meta["vigil_recorded"] = True
        return None

    def _emit(self, request, url, status, error, ref, response, size, warning=None) -> None:
        started = request.meta.get("vigil_started")
        headers = response.headers if response is not None else {}
        self.output.emit(
            "fetch",
            source_id=self.source_id,
            kind=request.meta.get("vigil_kind") or ("robots" if urlsplit(url).path == "/robots.txt" else "listing"),
            url=url,
            fetched_at=now_iso(),
            status=status,
            etag=_header(headers, b"ETag"),
            last_modified=_header(headers, b"Last-Modified"),
            content_type=_header(headers, b"Content-Type"),
            bytes=size,
            duration_ms=int((time.monotonic() - started) * 1000) if started else None,
            error=error,
            warning=warning,
            server_date=_header(headers, b"Date"),
            warc_file=ref.file if ref else None,
            warc_offset=ref.offset if ref else None,
            warc_length=ref.length if ref else None,
        )


def _header(headers, name: bytes) -> str | None:
    value = headers.get(name) if headers else None
    return value.decode("latin-1") if value else None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, each one waiting longer: `RETRY_BACKOFF_BASE` * 2^(attempt - 1) seconds."""

    def __init__(self, settings, backoff_base: float = 1.0, backoff_max: float = 60.0):
        super().__init__(settings)
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(
            crawler.settings,
            crawler.settings.getfloat("RETRY_BACKOFF_BASE", 1.0),
            crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0),
        )
        middleware.crawler = crawler
        return middleware

    def _retry(self, request, reason):
        retry = super()._retry(request, reason)
        if retry is not None:
            attempt = retry.meta.get("retry_times", 1)
            retry.meta["vigil_backoff"] = min(self.backoff_max, self.backoff_base * 2 ** (attempt - 1))
            self.crawler.stats.inc_value("vigil/retries")
        return retry

    async def process_request(self, request: Request):
        delay = request.meta.pop("vigil_backoff", 0)
        if delay:
            from twisted.internet import reactor

            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))
        return None
