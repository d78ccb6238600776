"""One Scrapy spider class for every site source: listing pages -> article pages.

A site source is declarative (sources.yaml): start URLs, how article links are found on a
listing page (CSS `article_links`, XPath `article_xpath` or URL regex `article_pattern`),
an optional CSS `next_page` link, and `max_pages`, the budget of pages (listing and
article) one crawl may request. Article URLs already stored (`known_urls`, canonical) are
not requested again, so a second crawl of an unchanged site fetches only listing pages.
"""

from __future__ import annotations

import re

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.canonical import canonical_url, is_http_url
from crawler.records import now_iso
from crawler.robots import FORBIDDEN, UNREACHABLE


class SourceSpider(scrapy.Spider):
    name = "vigil-source"

    def __init__(self, site: dict, known_urls=(), **kwargs):
        super().__init__(name=f"vigil-{site['id']}", **kwargs)
        self.source_id = site["id"]
        self.site = site
        self.allowed_domains = list(site.get("allowed_domains") or [])
        self.known = set(known_urls)
        self.max_pages = int(site.get("max_pages") or 5)
        self.pattern = re.compile(site["article_pattern"]) if site.get("article_pattern") else None
        self.requested: set[str] = set()
        self.robots_blocked: list[str] = []  # article links robots.txt forbids
        self.articles = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.callback_failed, signal=signals.spider_error)
        return spider

    async def start(self):
        for url in self.site["start_urls"]:
            request = self._request(url, "listing", self.parse)
            if request is not None:
                yield request

    def parse(self, response):
        """A listing page: itself (it teaches the site's template), its article links, then the next page."""
        yield self._page(response, "listing")
        urls = self.article_urls(response)
        if not urls:
            # a selector that no longer matches (a redesign, a typo) stops collection without a failure
            self.crawler.stats.inc_value("vigil/listing_without_links")
            self.output_warning(response.url, f"listing page yields no article links ({self._link_rule()})")
        for url in urls:
            if canonical_url(url) in self.known:
                self.crawler.stats.inc_value("vigil/known_articles_skipped")
                continue
            request = self._request(url, "article", self.parse_article)
            if request is not None:
                yield request
        if self.site.get("next_page"):
            href = response.css(self.site["next_page"]).xpath("(./@href | .//a/@href)[1]").get()
            if href:
                request = self._request(response.urljoin(href), "listing", self.parse)
                if request is not None:
                    yield request

    def _link_rule(self) -> str:
        for field in ("article_links", "article_xpath", "article_pattern"):
            if self.site.get(field):
                return f"{field} {self.site[field]!r}"
        return "every link"

    def parse_article(self, response):
        self.articles += 1
        yield self._page(response, "article")

    def _page(self, response, kind: str) -> dict:
        """The item for a fetched page: crawler.page.Page's fields, with the body for the pipeline."""
        requested = [*response.request.meta.get("redirect_urls", ()), response.request.url]
        return {
            "source_id": self.source_id,
            "kind": kind,
            "url": response.url,
            "requested": [u for u in dict.fromkeys(requested) if u != response.url],
            "body": response.body,
            "content_type": (response.headers.get(b"Content-Type") or b"").decode("latin-1") or None,
            "warc": response.meta.get("vigil_warc"),
            "fetched_at": now_iso(),
        }

    def article_urls(self, response) -> list[str]:
        """Absolute http(s) URLs of the article links on a listing page, in page order."""
        if self.site.get("article_links"):
            hrefs = response.css(self.site["article_links"]).xpath("./@href | .//a/@href").getall()
        elif self.site.get("article_xpath"):
            found = response.xpath(self.site["article_xpath"])
            hrefs = [n.xpath("./@href | .//a/@href").get() if n.xpath("name()").get() else n.get() for n in found]
        else:
            hrefs = response.xpath("//a/@href").getall()
        urls = []
        for href in hrefs:
            if not href:
                continue
            url = response.urljoin(href.strip())
            if not is_http_url(url):
                self.crawler.stats.inc_value("vigil/ignored/not_http")
                continue
            if self.pattern is not None and not self.pattern.search(canonical_url(url)):
                continue
            urls.append(url)
        return urls

    def _request(self, url: str, kind: str, callback):
        """A request for `url` (canonical form), or None when seen already or over the budget."""
        url = canonical_url(url)
        if url in self.requested:
            return None
        if len(self.requested) >= self.max_pages:
            self.crawler.stats.inc_value("vigil/over_page_budget")
            return None
        self.requested.add(url)
        return scrapy.Request(url, callback=callback, errback=self.failed, meta={"vigil_kind": kind})

    def failed(self, failure):
        """Report failures that were not an exchange already reported by ArchiveMiddleware."""
        request = failure.request
        if request.meta.get("vigil_recorded") or failure.check(HttpError):
            return
        if failure.check(IgnoreRequest):
            reason = str(failure.value) or "request ignored"
            if reason.startswith((FORBIDDEN, UNREACHABLE)):
                self.crawler.stats.inc_value("vigil/robots_forbidden")
                if request.meta.get("vigil_kind") == "listing" or reason.startswith(UNREACHABLE):
                    self.output_error(request.url, reason)  # the crawl cannot start: `vigil status` must show it
                else:
                    self.robots_blocked.append(request.url)
                return
        self.crawler.stats.inc_value(f"vigil/request_failed/{failure.type.__name__}")
        self.output_error(request.url, f"{failure.type.__name__}: {failure.getErrorMessage()[:300]}")

    def callback_failed(self, failure, response, spider):
        """An exception in parse (a selector Scrapy cannot read, a page that breaks it): an error of
        the source, which Scrapy itself only logs (signals.spider_error)."""
        if spider is not self:
            return
        self.crawler.stats.inc_value(f"vigil/spider_error/{failure.type.__name__}")
        if response is None:  # raised while the start requests were made: the crawl could not start
            self.output_error(" ".join(self.site["start_urls"])[:500],
                              f"{failure.type.__name__} starting the crawl: {failure.getErrorMessage()[:300]}")
            return
        self.output_error(response.url, f"{failure.type.__name__} reading the page: {failure.getErrorMessage()[:300]}")

    def closed(self, reason):
        """A site whose every article link robots.txt forbids yields nothing: an error of the
        source, not a quiet crawl; some links forbidden among others are only counted."""
        known = self.crawler.stats.get_value("vigil/known_articles_skipped", 0)
        if self.robots_blocked and not self.articles and not known:
            self.output_error(self.robots_blocked[0], f"{FORBIDDEN}: all {len(self.robots_blocked)} article links")

    def output_error(self, url: str, message: str) -> None:
        output = self.crawler.settings.get("VIGIL_OUTPUT")
        if output is not None:
            output.emit("error", source_id=self.source_id, url=url, error=message)

    def output_warning(self, url: str, message: str) -> None:
        output = self.crawler.settings.get("VIGIL_OUTPUT")
        if output is not None:
            output.emit("warning", source_id=self.source_id, url=url, warning=message)
