"""sources.yaml: what to collect from where, and how politely."""

from __future__ import annotations

import ipaddress
import os
import re
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator, model_validator

from crawler.throttle import MAX_PER_DOMAIN, Politeness
from vigil import countries
from vigil.config.fields import (
    ID_PATTERN,
    Strict,
    duplicate_ids,
    entries_of,
    HttpURL,
    http_url,
    known_timezone,
    parse_duration,
    problems_of_each,
    raise_across,
    strings_in,
)

_POLITENESS_DEFAULTS = Politeness()


class PolitenessSettings(Strict):
    """How hard Vigil presses one host: for the Scrapy crawl of sites and the feed fetcher alike.

    At the top of sources.yaml (`politeness:`) for every source; a source's own `politeness:`
    overrides any of these fields for that source alone."""

    per_domain: int = Field(
        _POLITENESS_DEFAULTS.per_domain, ge=1, le=MAX_PER_DOMAIN, description="requests in flight to one host at most"
    )
    autothrottle: bool = Field(
        _POLITENESS_DEFAULTS.autothrottle,
        description="adapt the delay between requests to the host's latency (Scrapy's AutoThrottle)",
    )
    target_concurrency: float = Field(
        _POLITENESS_DEFAULTS.target_concurrency, gt=0, le=MAX_PER_DOMAIN,
        description="AutoThrottle: requests it aims to keep in flight to one host (1: one at a time)",
    )
    download_delay: float = Field(
        _POLITENESS_DEFAULTS.download_delay, ge=0, le=600,
        description="seconds between the starts of two requests to one host (with AutoThrottle, its lowest delay)",
    )


class PolitenessOverride(Strict):
    """A source's `politeness:`: the fields it sets replace the file's for that source."""

    per_domain: int | None = Field(None, ge=1, le=MAX_PER_DOMAIN)
    autothrottle: bool | None = None
    target_concurrency: float | None = Field(None, gt=0, le=MAX_PER_DOMAIN)
    download_delay: float | None = Field(None, ge=0, le=600)


MAX_DEFAULT_READERS = 4  # the default never starts more readers than this (each holds lxml and trafilatura)
MAX_READERS = 32


def default_readers(path: str) -> int:
    """Reader processes for a collection path ("feeds" or "sites") when sources.yaml sets none.

    Measured with bench/collect.py on two cores (issue 17): the feed path's fetching threads
    mostly wait on the network and leave every core to the readers (two readers: 0.84-0.90 of
    the bare crawl's pages/s, one: 0.74-0.78); the site path's Scrapy child keeps a core busy,
    so its readers take the others (one reader: 0.82-0.87, two: 0.72-0.81)."""
    cores = os.cpu_count() or 1
    return max(0, min(MAX_DEFAULT_READERS, cores if path == "feeds" else cores - 1))


class ReadersSettings(Strict):
    """How many processes read the collected pages (their text, date and template), per path.

    The feed poll and the site crawl may run at once; each has its own readers. 0 reads in
    the collecting process itself."""

    feeds: int | None = Field(
        None, ge=0, le=MAX_READERS,
        description=f"reader processes of the feed path; default: one per core (at most {MAX_DEFAULT_READERS})",
    )
    sites: int | None = Field(
        None, ge=0, le=MAX_READERS,
        description=f"reader processes of the site path; default: one per core but the one the Scrapy crawl uses "
        f"(at most {MAX_DEFAULT_READERS})",
    )

    def count(self, path: str) -> int:
        """The readers `path` ("feeds" or "sites") reads with: the file's value, else the default for this machine."""
        value = getattr(self, path)
        return default_readers(path) if value is None else value


class Source(Strict):
    id: str = Field(pattern=ID_PATTERN, description="short unique id used in the database and on the command line")
    name: str = Field(description="the source's name as staff know it")
    org: Literal["rights-group", "news", "official"] = Field(description="kind of publisher")
    type: Literal["feed", "site"] = Field(description="feed: RSS/Atom/RDF via feedparser; site: Scrapy crawl")
    url: str | None = Field(None, description="the feed URL (type: feed)")
    start_urls: list[HttpURL] = Field(default_factory=list, description="listing pages to start from (type: site)")
    article_links: str | None = Field(None, description="CSS selector for article links on listing pages")
    article_xpath: str | None = Field(None, description="XPath for article links on listing pages")
    article_pattern: str | None = Field(None, description="regex that article URLs match")
    next_page: str | None = Field(None, description="CSS selector for the next listing page")
    max_pages: int = Field(5, ge=1, le=10_000, description="page budget per crawl (listing and article pages)")
    allowed_domains: list[str] = Field(
        default_factory=list, description="hosts links may lead to; default: the hosts of url/start_urls"
    )
    allow_hosts: list[str] = Field(
        default_factory=list,
        description="more hosts (and their subdomains) entry links and redirects may lead to, e.g. [bbc.co.uk]",
    )
    text_selector: str | None = Field(
        None, description="CSS selector of the article body, tried when trafilatura's text reads as furniture"
    )
    lang: str = Field(
        "en", description="language of the source's reports, a language code: en, fa, ar (read by their own "
        "pipelines) or another, such as ku (read by the pipeline of its script)")
    country_filter: str | None = Field(
        None, description="for worldwide sources: keep only reports naming this country (ISO code, e.g. IR)"
    )
    min_interval: str = Field("10m", description="fetch this source at most once per this duration")
    timezone: str | None = Field(
        None,
        description="IANA time zone the source publishes in (Asia/Tehran): dates without an offset are read in it, "
        "and 'today' in a report is its local day there",
    )
    expected_update_period: str = Field(
        "14d", description="`vigil status` calls the source stale when it has had no new report for this long"
    )
    independent_of: list[str] | None = Field(
        None,
        description="the only sources this one is independent of, for confirming incidents; "
        "[] for a service that only republishes others; default: independent of every other source",
    )
    politeness: PolitenessOverride = Field(
        default_factory=PolitenessOverride, description="this source's own politeness values (see the file's)"
    )
    enabled: bool = Field(True, description="false: configured but not fetched")

    _check_url = field_validator("url")(lambda cls, v: http_url(v) if v is not None else v)

    @field_validator("allow_hosts")
    @classmethod
    def _check_hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not re.fullmatch(r"[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?\.?", host):
                raise ValueError(f"not a host name: {host!r} (write bbc.co.uk, not a URL)")
        return value

    @field_validator("lang")
    @classmethod
    def _check_lang(cls, value: str) -> str:
        # any registered tag stays allowed: extract/lang/choose.py reads a language Vigil has no
        # pipeline for by its script; a name ("english") would be read the same way, unnoticed
        import langcodes

        if not langcodes.tag_is_valid(value):
            raise ValueError(f"{value!r} is not a language code (write a code such as en, fa or ar)")
        return value

    @field_validator("country_filter")
    @classmethod
    def _check_country(cls, value: str | None) -> str | None:
        return countries.resolve(value) if value is not None else None

    # before the type check: `min_interval: 10` is a number to YAML, and what is wrong is the unit
    @field_validator("min_interval", "expected_update_period", mode="before")
    @classmethod
    def _check_interval(cls, value: object) -> object:
        parse_duration(value)
        return value

    _check_tz = field_validator("timezone")(lambda cls, v: known_timezone(v) if v is not None else v)

    @field_validator("text_selector", "article_links", "next_page")
    @classmethod
    def _check_selector(cls, value: str | None, info) -> str | None:
        if value is not None:
            from cssselect import GenericTranslator, SelectorError
            from parsel.csstranslator import HTMLTranslator

            # text_selector is read with BeautifulSoup; the link selectors by Scrapy's response.css
            # (parsel), whose translator also knows ::attr() and ::text
            links = info.field_name != "text_selector"
            try:
                (HTMLTranslator() if links else GenericTranslator()).css_to_xpath(value)
            except SelectorError as exc:
                example = "h2.entry-title a" if links else "div.entry-content"
                raise ValueError(f"not a CSS selector: {exc} (write it as for a browser's querySelector, "
                                 f"e.g. \"{example}\")")
        return value

    @field_validator("article_xpath")
    @classmethod
    def _check_xpath(cls, value: str | None) -> str | None:
        if value is not None:
            from lxml import etree

            try:
                etree.XPath(value)
            except etree.XPathError as exc:
                raise ValueError(f"not an XPath expression: {exc} (e.g. \"//h2[@class='entry-title']/a\")")
        return value

    @field_validator("article_pattern")
    @classmethod
    def _check_pattern(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a regular expression: {exc}")
        return value

    @staticmethod
    def problems_within(item: dict) -> list[str]:
        """The fields a source's type needs, in one parsed entry (or a dump)."""
        if item.get("type") == "feed" and not item.get("url"):
            return ["a feed source needs url"]
        problems = []
        if item.get("type") == "site":
            if not item.get("start_urls"):
                problems.append("a site source needs start_urls")
            if not (item.get("article_links") or item.get("article_xpath") or item.get("article_pattern")):
                problems.append("a site source needs article_links, article_xpath or article_pattern")
        return problems

    @model_validator(mode="after")
    def _check_type_fields(self) -> "Source":
        raise_across(self.problems_within(self.model_dump()))
        return self

    @property
    def hosts(self) -> list[str]:
        """Hosts (with their subdomains) the crawler may fetch from for this source:
        `allowed_domains`, or the hosts of url/start_urls (www. dropped), plus `allow_hosts`."""
        if self.allowed_domains:
            own = set(self.allowed_domains)
        else:
            urls = [self.url] if self.url else []
            own = {urlsplit(u).hostname.removeprefix("www.") for u in urls + self.start_urls if urlsplit(u).hostname}
        return sorted(own | {h.lower().rstrip(".") for h in self.allow_hosts})

    @property
    def min_interval_seconds(self) -> float:
        return parse_duration(self.min_interval).total_seconds()

    @property
    def zone(self) -> ZoneInfo | None:
        """The source's time zone, or None when sources.yaml sets none."""
        return ZoneInfo(self.timezone) if self.timezone else None


class SourcesFile(Strict):
    user_agent: str = Field(
        "Vigil/0.1 (+https://example.org/vigil)",
        description="User-Agent sent with every request: name Vigil and a contact URL",
    )
    timeout: float = Field(30.0, gt=0, le=600, description="seconds before a request is abandoned")
    max_bytes: int = Field(10_000_000, gt=0, description="largest response body accepted, in bytes")
    allow_private_addresses: bool | list[str] = Field(
        False,
        description="let fetches reach non-public addresses (loopback, RFC 1918, link-local...): true, or a list"
        " of networks such as [127.0.0.0/8]; for tests and local mirrors only, logged as a warning",
    )
    politeness: PolitenessSettings = Field(
        default_factory=PolitenessSettings, description="politeness for every source, unless a source sets its own"
    )
    readers: ReadersSettings = Field(
        default_factory=ReadersSettings, description="processes reading the collected pages, per path (feeds, sites)"
    )
    sources: list[Source] = Field(default_factory=list)

    @field_validator("allow_private_addresses")
    @classmethod
    def _check_networks(cls, value):
        if isinstance(value, list):
            for network in value:
                try:
                    ipaddress.ip_network(network, strict=False)
                except ValueError as exc:
                    raise ValueError(f"not an IP network: {network!r} ({exc})")
        return value

    @staticmethod
    def problems_across(data: object) -> list[str]:
        """Duplicate source ids and `independent_of` naming no source, in parsed YAML (or a dump)."""
        entries = entries_of(data, "sources")
        ids = {item_id for _, item_id, _ in entries}
        return problems_of_each(data, "sources", Source.problems_within) + duplicate_ids("source", "sources", entries) + [
            f"sources[{index}] ({item_id}).independent_of: no source with id {other!r}"
            for index, item_id, item in entries for other in strings_in(item.get("independent_of")) if other not in ids]

    @model_validator(mode="after")
    def _across(self) -> "SourcesFile":
        raise_across(self.problems_across(self.model_dump()))
        return self

    def enabled(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]

    def get(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def politeness_of(self, source: Source) -> Politeness:
        """The politeness `source` is fetched with: its own fields over the file's."""
        own = source.politeness.model_dump(exclude_none=True)
        return Politeness(**{**self.politeness.model_dump(), **own})
