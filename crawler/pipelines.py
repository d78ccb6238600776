"""Scrapy item pipeline: article page bytes -> extracted article -> an `article` record.

Extraction runs in the child, next to the crawl, so the parent only stores results.
A page that is not an article (not HTML, no text) is dropped with `DropItem(reason)`,
reported as an `error` record and counted under `vigil/dropped/...`.
"""

from __future__ import annotations

from scrapy.exceptions import DropItem, NotConfigured

from crawler.article import ArticleError, extract_article
from crawler.records import Output


class ArticlePipeline:
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
        try:
            article = extract_article(item["body"], item["url"], item.get("content_type"))
        except ArticleError as exc:
            self._drop(item, "not_article", str(exc))
        except Exception as exc:  # a parser bug costs one page, not the crawl
            self._drop(item, "extraction_failed", f"extraction failed: {type(exc).__name__}: {exc}")
        warc = item.get("warc") or [None, None, None]
        self.output.emit(
            "article",
            source_id=item["source_id"],
            url=item["url"],
            request_url=item["request_url"],
            canonical=article.canonical,
            title=article.title,
            text=article.text,
            published=article.published.isoformat() if article.published else None,
            published_at=article.published_at.isoformat() if article.published_at else None,
            lang=article.lang,
            fetched_at=item["fetched_at"],
            warc_file=warc[0],
            warc_offset=warc[1],
            warc_length=warc[2],
        )
        self.stats.inc_value("vigil/articles")
        return {"source_id": item["source_id"], "url": item["url"], "title": article.title}

    def _drop(self, item, counter: str, reason: str):
        self.stats.inc_value(f"vigil/dropped/{counter}")
        self.output.emit("error", source_id=item["source_id"], url=item["url"], error=reason)
        raise DropItem(reason)
