"""The yardstick of bench/collect.py: a bare Scrapy crawl of the bench site, no processing.

Run by bench/collect.py as `python bench/barecrawl.py site|feeds PER_DOMAIN URL...`: from
listing pages (`site`: article links in `h2.entry-title a`, next page `a.next`) or from
feeds (`feeds`: each item's <link>), it fetches every page once with Scrapy's defaults
except the concurrency (16 in all, PER_DOMAIN per host) and the reactor (the one Vigil's
crawl child runs, see crawler.sitecrawl.settings), reads nothing but the links, and prints
one JSON line: `{"pages": N, "seconds": S}` (S: from before the crawl starts to its end).
"""

from __future__ import annotations

import json
import sys
import time

import scrapy
from scrapy.crawler import CrawlerProcess


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, mode: str, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.mode, self.urls, self.pages = mode, urls, 0

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, callback=self.parse_listing if self.mode == "site" else self.parse_feed)

    def parse_listing(self, response):
        self.pages += 1
        for href in response.css("h2.entry-title a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)
        following = response.css("a.next::attr(href)").get()
        if following:
            yield response.follow(following, callback=self.parse_listing)

    def parse_feed(self, response):
        self.pages += 1
        for link in response.xpath("//item/link/text()").getall():
            yield scrapy.Request(link.strip(), callback=self.parse_article)

    def parse_article(self, response):
        self.pages += 1
        return None


def main() -> None:
    if len(sys.argv) < 4 or sys.argv[1] not in ("site", "feeds") or not sys.argv[2].isdigit():
        sys.exit("usage: python bench/barecrawl.py site|feeds PER_DOMAIN URL...  (run by bench/collect.py)")
    mode, per_domain, urls = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    process = CrawlerProcess({
        "CONCURRENT_REQUESTS": 16, "CONCURRENT_REQUESTS_PER_DOMAIN": per_domain, "TWISTED_REACTOR": None,
        "LOG_LEVEL": "WARNING", "TELNETCONSOLE_ENABLED": False, "ROBOTSTXT_OBEY": False,
    })
    crawler = process.create_crawler(BareSpider)
    started = time.perf_counter()
    process.crawl(crawler, mode=mode, urls=urls)
    process.start()
    print(json.dumps({"pages": crawler.spider.pages, "seconds": time.perf_counter() - started}), flush=True)


if __name__ == "__main__":
    main()
