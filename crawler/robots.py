"""robots.txt as RFC 9309 says, for site crawls: an unreachable robots.txt closes the host.

Scrapy's RobotsTxtMiddleware parses whatever body the robots.txt request returned, so a
503 maintenance page reads as an empty robots.txt ("allow everything"), and a robots.txt
that cannot be fetched at all allows everything too (D4Vinci/Scrapling#437). RFC 9309
section 2.3.1 says otherwise:

1. 2xx: the rules apply (Scrapy's parser; it reads a UTF-8 BOM, scrapy/scrapy#6195).
2. 4xx ("unavailable"): the crawler may access any resource on the host.
3. 5xx or no answer at all ("unreachable"): complete disallow; try again later (the next
   crawl). 429 counts here too: it says "not now", as Google reads it
   (https://developers.google.com/search/docs/crawling-indexing/robots/robots_txt).

Each request refused by robots.txt fails with an IgnoreRequest that says why; the spider
reports it as an error of the source, so a site fully blocked shows in `vigil status`.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.httpobj import urlparse_cached

FORBIDDEN = "blocked by robots.txt"
UNREACHABLE = "robots.txt unreachable"


DISALLOW_ALL = b"User-agent: *\nDisallow: /\n"


class RobotsPolicyMiddleware(RobotsTxtMiddleware):
    """Scrapy's middleware with RFC 9309's answers to robots.txt errors (see the module notes).

    It changes only what the parser is given (no rules for a 4xx, "disallow all" for a 5xx
    or no answer) and remembers why a host is closed, so Scrapy's own bookkeeping of
    waiting requests stays as it is.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.unreachable: dict[str, str] = {}  # netloc -> why its robots.txt is unreachable

    def _parse_robots(self, response, netloc: str, *args):
        status = response.status
        if status >= 500 or status == 429:
            self._stats.inc_value("vigil/robots/unreachable")
            self.unreachable[netloc] = f"it answered HTTP {status}"
            response = response.replace(body=DISALLOW_ALL)
        elif status >= 400:
            response = response.replace(body=b"")  # unavailable: no rules
        return super()._parse_robots(response, netloc, *args)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        self._stats.inc_value("vigil/robots/unreachable")
        first_line = str(exc).splitlines()[0][:200] if str(exc) else ""
        self.unreachable[netloc] = f"{type(exc).__name__}: {first_line}".rstrip(": ")
        super()._robots_error(exc, netloc)

    def process_request_2(self, rp, request) -> None:
        netloc = urlparse_cached(request).netloc
        if netloc in self.unreachable:
            raise IgnoreRequest(f"{UNREACHABLE} ({self.unreachable[netloc]}): nothing on {netloc} is fetched "
                                "until it answers (RFC 9309 2.3.1.3); trying again next crawl")
        try:
            super().process_request_2(rp, request)
        except IgnoreRequest:
            raise IgnoreRequest(f"{FORBIDDEN} for this User-Agent") from None
