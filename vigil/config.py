"""The settings of the three configuration files, as typed, validated models.

Each setting is declared once, on a pydantic model, with its default and a description.
Unknown keys are errors: a misspelt key must not be silently ignored. Reading the files,
`${NAME}` expansion and the one-line-per-problem messages are in vigil.config_files.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Annotated, Literal, Union
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


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


def _require_unique(what: str, ids: list[str]) -> None:
    """Ids name things in the database and on the command line, so each may be used once."""
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"{what} id {item_id!r} is used twice")
        seen.add(item_id)


def parse_duration(value: str) -> timedelta:
    """`30s`, `15m`, `2h`, `1d`, `1w` -> timedelta."""
    match = _DURATION.match(str(value))
    if not match or int(match.group(1)) == 0:
        raise ValueError(f"not a duration: {value!r} (use a number and a unit: 30s, 15m, 2h, 1d)")
    return timedelta(**{_DURATION_UNITS[match.group(2)]: int(match.group(1))})


# --- sources.yaml -------------------------------------------------------------------


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
    text_selector: str | None = Field(
        None, description="CSS selector of the article body, tried when trafilatura's text reads as furniture"
    )
    lang: str = Field("en", description="language of the source's reports")
    country_filter: str | None = Field(
        None, description="for worldwide sources: keep only reports mentioning this country (e.g. Iran)"
    )
    min_interval: str = Field("10m", description="fetch this source at most once per this duration")
    enabled: bool = Field(True, description="false: configured but not fetched")

    _check_url = field_validator("url")(lambda cls, v: _http_url(v) if v is not None else v)

    @field_validator("start_urls")
    @classmethod
    def _check_start_urls(cls, value: list[str]) -> list[str]:
        return [_http_url(url) for url in value]

    @field_validator("min_interval")
    @classmethod
    def _check_interval(cls, value: str) -> str:
        parse_duration(value)
        return value

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

    @model_validator(mode="after")
    def _check_type_fields(self) -> "Source":
        if self.type == "feed" and not self.url:
            raise ValueError("a feed source needs url")
        if self.type == "site":
            if not self.start_urls:
                raise ValueError("a site source needs start_urls")
            if not (self.article_links or self.article_xpath or self.article_pattern):
                raise ValueError("a site source needs article_links, article_xpath or article_pattern")
        return self

    @property
    def hosts(self) -> list[str]:
        """Hosts the crawler may fetch from for this source."""
        if self.allowed_domains:
            return list(self.allowed_domains)
        urls = [self.url] if self.url else []
        return sorted({urlsplit(u).hostname for u in urls + self.start_urls if urlsplit(u).hostname})

    @property
    def min_interval_seconds(self) -> float:
        return parse_duration(self.min_interval).total_seconds()


class SourcesFile(Strict):
    user_agent: str = Field(
        "Vigil/0.1 (+https://example.org/vigil)",
        description="User-Agent sent with every request: name Vigil and a contact URL",
    )
    timeout: float = Field(30.0, gt=0, le=600, description="seconds before a request is abandoned")
    max_bytes: int = Field(10_000_000, gt=0, description="largest response body accepted, in bytes")
    sources: list[Source] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> "SourcesFile":
        _require_unique("source", [source.id for source in self.sources])
        return self

    def enabled(self) -> list[Source]:
        return [s for s in self.sources if s.enabled]

    def get(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


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

    @model_validator(mode="after")
    def _one_trigger(self) -> "Job":
        if (self.every is None) == (self.cron is None):
            raise ValueError("give exactly one of every or cron")
        return self


class SchedulesFile(Strict):
    timezone: str = Field("UTC", description="time zone for cron triggers")
    jobs: list[Job] = Field(default_factory=list)

    _check_tz = field_validator("timezone")(lambda cls, v: _timezone(v))

    @model_validator(mode="after")
    def _unique_ids(self) -> "SchedulesFile":
        _require_unique("job", [job.id for job in self.jobs])
        return self


# --- alerts.yaml --------------------------------------------------------------------


class EmailChannel(Strict):
    type: Literal["email"]
    host: str = Field(description="SMTP server")
    port: int = Field(587, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = Field("starttls", description="transport security")
    username: str | None = Field(None, description="login name; none: no login")
    password: str | None = Field(None, description="login password (use ${ENV})")
    from_: str = Field(alias="from", description="sender address")
    to: list[str] = Field(min_length=1, description="recipients")
    timeout: float = Field(30.0, gt=0, le=300, description="seconds before the SMTP exchange is abandoned")
    ca_file: str | None = Field(
        None, description="CA certificates (PEM) to verify the server with, for a private CA; default: the system's"
    )

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class SlackChannel(Strict):
    type: Literal["slack"]
    webhook_url: str = Field(description="Slack incoming webhook URL (use ${ENV})")
    timeout: float = Field(15.0, gt=0, le=300, description="seconds before the request is abandoned")

    _check_url = field_validator("webhook_url")(lambda cls, v: _http_url(v))


Channel = Annotated[Union[EmailChannel, SlackChannel], Field(discriminator="type")]

OFFENCES = ("drug", "murder", "rape", "espionage", "political", "armed_robbery", "other")


class Rule(Strict):
    id: str = Field(pattern=_ID)
    type: Literal["weekly_total", "weekly_rise", "offence", "year_to_date", "imminent"]
    country: str = Field("IR", pattern=r"^[A-Z]{2}$", description="ISO 3166 alpha-2 country code")
    threshold: int | None = Field(None, ge=1, description="weekly_total: fire at or above this total")
    step: int | None = Field(None, ge=1, description="notify again each time the value passes threshold + n*step")
    rise_percent: float | None = Field(None, gt=0, description="weekly_rise: minimum week-over-week rise")
    min_count: int = Field(1, ge=0, description="weekly_rise: ignore weeks below this total")
    offences: list[Literal["drug", "murder", "rape", "espionage", "political", "armed_robbery", "other"]] = Field(
        default_factory=list, description="offence: fire on any execution for these offences"
    )
    resolve: bool = Field(False, description="send 'resolved' when a corrected value falls below")
    channels: list[str] = Field(min_length=1, description="channel names from `channels`")

    @model_validator(mode="after")
    def _check_type_fields(self) -> "Rule":
        if self.type == "weekly_total" and self.threshold is None:
            raise ValueError("a weekly_total rule needs threshold")
        if self.type == "weekly_rise" and self.rise_percent is None:
            raise ValueError("a weekly_rise rule needs rise_percent")
        if self.type == "offence" and not self.offences:
            raise ValueError("an offence rule needs offences")
        return self


class _WeekFields(BaseModel):
    timezone: str = Field("UTC", description="time zone weeks are counted in")
    week_starts: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] = "monday"

    _check_tz = field_validator("timezone")(lambda cls, v: _timezone(v))

    @property
    def week_start_index(self) -> int:
        """0 for Monday ... 6 for Sunday, as `date.weekday()` counts."""
        return ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].index(self.week_starts)


class WeekSettings(_WeekFields):
    """The part of alerts.yaml that totals need. Read-only commands (totals, claims) load only
    this, without expanding `${...}`, so staff can run them without the delivery secrets."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class AlertsFile(_WeekFields, Strict):
    digest_channels: list[str] = Field(default_factory=list, description="channels the weekly digest goes to")
    channels: dict[str, Channel] = Field(default_factory=dict)
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_channels(self) -> "AlertsFile":
        for index, rule in enumerate(self.rules):
            for name in rule.channels:
                if name not in self.channels:
                    raise ValueError(f"rules[{index}].channels: no channel named {name!r}")
        for name in self.digest_channels:
            if name not in self.channels:
                raise ValueError(f"digest_channels: no channel named {name!r}")
        _require_unique("rule", [rule.id for rule in self.rules])
        return self
