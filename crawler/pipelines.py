"""Scrapy item pipeline: a fetched page -> a `page` record for the parent (crawler.page.Page).

The parent applies the document rules (vigil.documents) to pages from feeds and crawls
alike, so the child only reads what needs the body it holds: the page's line hashes
(crawler.blocks), from which the parent learns the site's template. A page that is not
HTML still goes to the parent, which records why it is not a document; one that cannot
be parsed at all is dropped with `DropItem(reason)`, reported as an `error` record and
counted under `vigil/dropped/...`.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem, NotConfigured

from crawler.archive import WarcRef
from crawler.article import ArticleError, parse_page
from crawler.blocks import page_hashes
from crawler.page import Page
from crawler.records import Output


class PagePipeline:
    def __init__(self, output: Output, stats):
        self.output = output
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        output = crawler.settings.get("VIGIL_OUTPUT")
        if output is None:
            raise NotConfigured("VIGIL_OUTPUT is not set")
        return cls(output, crawler.stats)

    def process_item(self, item):
        hashes = None
        try:
            hashes = page_hashes(parse_page(item["body"], item["url"], item.get("content_type")))
        except ArticleError as exc:
            if item["kind"] != "article":  # a listing page that is not HTML teaches nothing
                self._drop(item, "not_html", str(exc))
        except Exception as exc:  # a parser bug costs one page, not the crawl
            self._drop(item, "parse_failed", f"parsing failed: {type(exc).__name__}: {exc}")
        warc = item.get("warc")
        page = Page(
            source_id=item["source_id"], kind=item["kind"], url=item["url"], fetched_at=item["fetched_at"],
            content_type=item.get("content_type"), warc=WarcRef(*warc) if warc else None,
            requested=tuple(item.get("requested") or ()), block_hashes=hashes,
        )
        self.output.emit("page", **page.record())
        self.stats.inc_value(f"vigil/pages/{item['kind']}")
        return {"source_id": item["source_id"], "url": item["url"], "kind": item["kind"]}

    def _drop(self, item, counter: str, reason: str):
        self.stats.inc_value(f"vigil/dropped/{counter}")
        self.output.emit("error", source_id=item["source_id"], url=item["url"], error=reason)
        raise DropItem(reason)
