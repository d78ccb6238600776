"""The settings of the three configuration files, as typed, validated models.

Each setting is declared once, on a pydantic model, with its default and a description.
Unknown keys are errors: a misspelt key must not be silently ignored. Reading the files,
`${NAME}` expansion and the one-line-per-problem messages are in vigil.config_files.
"""

from __future__ import annotations

import ipaddress
import os
import re
from datetime import timedelta
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.utils import parseaddr
from typing import Annotated, Any, Literal, Union
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from crawler.throttle import MAX_PER_DOMAIN, Politeness
from vigil import countries

from alerts.rules import LOOKBACK_WEEKS
from extract.notions import OFFENCES, WEEKDAYS


SOURCES_FILE = "sources.yaml"
SCHEDULES_FILE = "schedules.yaml"
ALERTS_FILE = "alerts.yaml"

_DURATION = re.compile(r"^\s*(\d+)\s*(s|m|h|d|w)\s*$")
_DURATION_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_ID = r"^[a-z0-9][a-z0-9_-]{0,39}$"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL")
    return value


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (use an IANA name such as UTC or Asia/Tehran)")
    return value


def _email_address(value: str) -> str:
    """One address, bare or with a display name (`Vigil <vigil@ngo.org>`), as RFC 5322 parses it."""
    name, addr = parseaddr(value)
    written = " ".join(value.split())
    if addr and (written == addr or written.endswith(f"<{addr}>")):
        try:
            parsed = Address(addr_spec=addr)
        except (ValueError, IndexError, HeaderParseError):
            parsed = None
        if parsed is not None and parsed.username and parsed.domain:
            return value
    raise ValueError(f"not an email address: {value!r} (write one address, such as staff@your-ngo.org)")


EmailAddress = Annotated[str, AfterValidator(_email_address)]


# The pydantic error type of the checks between fields: across a file's entries (duplicate ids,
# references to other entries) and within one entry (what a source's type needs). vigil.config_files
# runs the same checks on the parsed YAML, where they run even when a field is wrong, and drops
# the model's copy of them.
ACROSS_ENTRIES = "across_entries"


def _entries(data: object, key: str) -> list[tuple[int, str, dict]]:
    """(index, id, item) of each mapping with a string id in the list `data[key]`; what is not
    shaped so is left to field validation."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    return [(i, item["id"], item) for i, item in enumerate(items)
            if isinstance(item, dict) and isinstance(item.get("id"), str)]


def _duplicate_ids(what: str, key: str, entries: list[tuple[int, str, dict]]) -> list[str]:
    """Ids name things in the database and on the command line, so each may be used once:
    one problem per later use, naming both entries (`sources[5] (hrana).id: ... sources[2]`)."""
    first: dict[str, int] = {}
    problems = []
    for index, item_id, _ in entries:
        if item_id in first:
            problems.append(f"{key}[{index}] ({item_id}).id: {what} id {item_id!r} is used twice "
                            f"(first by {key}[{first[item_id]}] ({item_id}))")
        first.setdefault(item_id, index)
    return problems


def _within(data: object, key: str, check) -> list[str]:
    """`check(item)`'s problems for each mapping in the list `data[key]`, labelled as field errors
    are (`sources[4] (hrana): ...`). An entry's checks between its fields run here, on the parsed
    file, because pydantic skips a model's own validator once one of its fields is wrong, and the
    operator would meet the second problem only after fixing the first."""
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        return []
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        label = item.get("id")
        where = f"{key}[{index}]" + (f" ({label})" if isinstance(label, str) and label else "")
        problems += [f"{where}: {problem}" for problem in check(item)]
    return problems


def _names(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _raise_across(problems: list[str]) -> None:
    if problems:
        raise PydanticCustomError(ACROSS_ENTRIES, "{problems}", {"problems": "; ".join(problems)})


def parse_duration(value: str) -> timedelta:
    """`30s`, `15m`, `2h`, `1d`, `1w` -> timedelta."""
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"not a duration: {value!r} (use a number and a unit: 30s, 15m, 2h, 1d)")
    if int(match.group(1)) == 0:
        raise ValueError(f"a duration of zero: {value!r} (give one longer than zero: 30s, 15m, 2h, 1d)")
    return timedelta(**{_DURATION_UNITS[match.group(2)]: int(match.group(1))})


# --- sources.yaml -------------------------------------------------------------------

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
    id: str = Field(pattern=_ID, description="short unique id used in the database and on the command line")
    name: str = Field(description="the source's name as staff know it")
    org: Literal["rights-group", "news", "official"] = Field(description="kind of publisher")
    type: Literal["feed", "site"] = Field(description="feed: RSS/Atom/RDF via feedparser; site: Scrapy crawl")
    url: str | None = Field(None, description="the feed URL (type: feed)")
    start_urls: list[str] = Field(default_factory=list, description="listing pages to start from (type: site)")
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

    _check_url = field_validator("url")(lambda cls, v: _http_url(v) if v is not None else v)

    @field_validator("start_urls")
    @classmethod
    def _check_start_urls(cls, value: list[str]) -> list[str]:
        return [_http_url(url) for url in value]

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
            raise ValueError(f"{value!r} is not a language code (write en, fa or ar)")
        return value

    @field_validator("country_filter")
    @classmethod
    def _check_country(cls, value: str | None) -> str | None:
        return countries.resolve(value) if value is not None else None

    @field_validator("min_interval", "expected_update_period")
    @classmethod
    def _check_interval(cls, value: str) -> str:
        parse_duration(value)
        return value

    _check_tz = field_validator("timezone")(lambda cls, v: _timezone(v) if v is not None else v)

    @field_validator("text_selector")
    @classmethod
    def _check_selector(cls, value: str | None) -> str | None:
        if value is not None:
            from cssselect import GenericTranslator, SelectorError

            try:
                GenericTranslator().css_to_xpath(value)
            except SelectorError as exc:
                raise ValueError(f"not a CSS selector: {exc}")
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
        _raise_across(self.problems_within(self.model_dump()))
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
        entries = _entries(data, "sources")
        ids = {item_id for _, item_id, _ in entries}
        return _within(data, "sources", Source.problems_within) + _duplicate_ids("source", "sources", entries) + [
            f"sources[{index}] ({item_id}).independent_of: no source with id {other!r}"
            for index, item_id, item in entries for other in _names(item.get("independent_of")) if other not in ids]

    @model_validator(mode="after")
    def _across(self) -> "SourcesFile":
        _raise_across(self.problems_across(self.model_dump()))
        return self

    def enabled(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]

    def get(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def politeness_of(self, source: Source) -> Politeness:
        """The politeness `source` is fetched with: its own fields over the file's."""
        own = source.politeness.model_dump(exclude_none=True)
        return Politeness(**{**self.politeness.model_dump(), **own})


# --- schedules.yaml -----------------------------------------------------------------

JOB_KINDS = ("collect-feeds", "crawl-sites", "collect", "extract", "alerts", "digest")


class Job(Strict):
    id: str = Field(pattern=_ID, description="the job's name in logs and `vigil status`")
    run: Literal["collect-feeds", "crawl-sites", "collect", "extract", "alerts", "digest"] = Field(
        description="what the job does"
    )
    every: str | None = Field(None, description="interval trigger: 30s, 15m, 2h, 1d")
    cron: str | None = Field(None, description="cron trigger, five fields: minute hour day month weekday")
    misfire_grace: str = Field("10m", description="how late a missed run may still start")

    @field_validator("every", "misfire_grace")
    @classmethod
    def _check_duration(cls, value: str | None) -> str | None:
        if value is not None:
            parse_duration(value)
        return value

    @field_validator("cron")
    @classmethod
    def _check_cron(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                CronTrigger.from_crontab(value, timezone="UTC")
            except ValueError as exc:
                raise ValueError(f"not a cron expression: {exc}")
        return value

    @staticmethod
    def problems_within(item: dict) -> list[str]:
        """A job has exactly one trigger, in one parsed entry (or a dump)."""
        if (item.get("every") is None) == (item.get("cron") is None):
            return ["give exactly one of every or cron"]
        return []

    @model_validator(mode="after")
    def _one_trigger(self) -> "Job":
        _raise_across(self.problems_within(self.model_dump()))
        return self


class SchedulesFile(Strict):
    timezone: str = Field("UTC", description="time zone for cron triggers")
    jobs: list[Job] = Field(default_factory=list)

    _check_tz = field_validator("timezone")(lambda cls, v: _timezone(v))

    @staticmethod
    def problems_across(data: object) -> list[str]:
        """Jobs without exactly one trigger and duplicate job ids, in parsed YAML (or a dump)."""
        return _within(data, "jobs", Job.problems_within) + _duplicate_ids("job", "jobs", _entries(data, "jobs"))

    @model_validator(mode="after")
    def _across(self) -> "SchedulesFile":
        _raise_across(self.problems_across(self.model_dump()))
        return self


# --- alerts.yaml --------------------------------------------------------------------


class EmailChannel(Strict):
    type: Literal["email"]
    host: str = Field(description="SMTP server")
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = Field("starttls", description="transport security")
    username: str | None = Field(None, description="login name; none: no login")
    password: str | None = Field(None, description="login password (use ${ENV})")
    from_: EmailAddress = Field(alias="from", description="sender address")
    to: list[EmailAddress] = Field(min_length=1, description="recipients")
    timeout: float = Field(30.0, gt=0, le=300, description="seconds one SMTP read or write may wait")
    deadline: float = Field(
        120.0, gt=0, le=300, description="seconds one whole send may take (inside the outbox lease)"
    )
    ca_file: str | None = Field(
        None, description="CA certificates (PEM) to verify the server with, for a private CA; default: the system's"
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SlackChannel(Strict):
    type: Literal["slack"]
    webhook_url: str = Field(description="Slack incoming webhook URL (use ${ENV})")
    timeout: float = Field(15.0, gt=0, le=300, description="seconds one read or write of the request may wait")
    deadline: float = Field(
        60.0, gt=0, le=300, description="seconds one whole send may take (inside the outbox lease)"
    )

    _check_url = field_validator("webhook_url")(lambda cls, v: _http_url(v))


Channel = Annotated[Union[EmailChannel, SlackChannel], Field(discriminator="type")]

class Rule(Strict):
    id: str = Field(pattern=_ID)
    type: Literal["weekly_total", "weekly_rise", "offence", "year_to_date", "imminent"]
    country: str = Field("IR", description="ISO 3166 alpha-2 country code (or the country's name), as --country takes")
    _check_country = field_validator("country")(lambda cls, v: countries.resolve(v))  # a rule for no country never fires
    threshold: int | None = Field(None, ge=1, description="weekly_total: fire at or above this total")
    step: int | None = Field(None, ge=1, description="notify again each time the value passes threshold + n*step")
    rise_percent: float | None = Field(None, gt=0, description="weekly_rise: minimum week-over-week rise")
    min_count: int = Field(1, ge=0, description="weekly_rise: ignore weeks below this total")
    offences: list[Literal[OFFENCES]] = Field(
        default_factory=list, description="offence: fire on any execution for these offences"
    )
    resolve: bool = Field(False, description="send 'resolved' when a corrected value falls below")
    channels: list[str] = Field(min_length=1, description="channel names from `channels`")

    @staticmethod
    def problems_within(item: dict) -> list[str]:
        """The fields a rule's type needs, in one parsed entry (or a dump)."""
        kind = item.get("type")
        if kind == "weekly_total" and item.get("threshold") is None:
            return ["a weekly_total rule needs threshold"]
        if kind == "weekly_rise" and item.get("rise_percent") is None:
            return ["a weekly_rise rule needs rise_percent"]
        if kind == "offence" and not item.get("offences"):
            return ["an offence rule needs offences"]
        return []

    @model_validator(mode="after")
    def _check_type_fields(self) -> "Rule":
        _raise_across(self.problems_within(self.model_dump()))
        return self


class _WeekFields(BaseModel):
    timezone: str = Field("UTC", description="time zone weeks are counted in")
    week_starts: Literal[WEEKDAYS] = "monday"

    _check_tz = field_validator("timezone")(lambda cls, v: _timezone(v))

    @property
    def week_start_index(self) -> int:
        """0 for Monday ... 6 for Sunday, as `date.weekday()` counts."""
        return WEEKDAYS.index(self.week_starts)


class WeekSettings(_WeekFields):
    """The part of alerts.yaml that totals need. Read-only commands (totals, claims) load only
    this, without expanding `${...}`, so staff can run them without the delivery secrets."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class _RuleFields(_WeekFields):
    digest_channels: list[str] = Field(default_factory=list, description="channels the weekly digest goes to")
    lookback: int = Field(
        LOOKBACK_WEEKS, ge=0, le=104,
        description="weeks before the current one that weekly rules evaluate each run, so late reports still alert",
    )
    rules: list[Rule] = Field(default_factory=list)

    @staticmethod
    def problems_across(data: object) -> list[str]:
        """Rules missing what their type needs, rules and digest_channels naming no channel, and
        duplicate rule ids, in parsed YAML (or a dump)."""
        channels = data.get("channels") if isinstance(data, dict) else None
        if not isinstance(channels, dict):
            channels = {}
        entries = _entries(data, "rules")
        return _within(data, "rules", Rule.problems_within) + [
            f"rules[{index}] ({item_id}).channels: no channel named {name!r}"
            for index, item_id, item in entries for name in _names(item.get("channels")) if name not in channels
        ] + [
            f"digest_channels: no channel named {name!r}"
            for name in _names(data.get("digest_channels") if isinstance(data, dict) else None) if name not in channels
        ] + _duplicate_ids("rule", "rules", entries)

    @model_validator(mode="after")
    def _across(self):
        _raise_across(self.problems_across(self.model_dump()))
        return self


class AlertRules(_RuleFields):
    """The part of alerts.yaml that deciding what to notify needs: weeks, rules, digest_channels
    and the channels' names. Dry runs load only this, without expanding `${...}`, so staff can
    preview notices without the delivery secrets; `vigil check` and every delivering command
    validate the channels' settings in full."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    channels: dict[str, dict[str, Any]] = Field(default_factory=dict)


class AlertsFile(_RuleFields, Strict):
    channels: dict[str, Channel] = Field(default_factory=dict)

