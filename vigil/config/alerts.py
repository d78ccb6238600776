"""alerts.yaml: the channels alerts go to, the rules that fire them, and the weeks totals count in."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from alerts.rules import LOOKBACK_WEEKS
from extract.notions import OFFENCES, WEEKDAYS
from vigil import countries
from vigil.config.fields import (
    ID_PATTERN,
    EmailAddress,
    Strict,
    duplicate_ids,
    entries_of,
    http_url,
    known_timezone,
    problems_of_each,
    raise_across,
    strings_in,
)

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

    _check_url = field_validator("webhook_url")(lambda cls, v: http_url(v))


Channel = Annotated[Union[EmailChannel, SlackChannel], Field(discriminator="type")]


class Rule(Strict):
    id: str = Field(pattern=ID_PATTERN)
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
        raise_across(self.problems_within(self.model_dump()))
        return self


class _WeekFields(BaseModel):
    timezone: str = Field("UTC", description="time zone weeks are counted in")
    week_starts: Literal[WEEKDAYS] = "monday"

    _check_tz = field_validator("timezone")(lambda cls, v: known_timezone(v))

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
    web_url: str | None = Field(
        None, description="the web view's address as staff open it (`vigil serve` behind its proxy); alerts and "
                          "the digest then link to the week's claims and archived pages there",
    )

    _check_web_url = field_validator("web_url")(lambda cls, v: v if v is None else http_url(v).rstrip("/"))

    @staticmethod
    def problems_across(data: object) -> list[str]:
        """Rules missing what their type needs, rules and digest_channels naming no channel, and
        duplicate rule ids, in parsed YAML (or a dump)."""
        channels = data.get("channels") if isinstance(data, dict) else None
        if not isinstance(channels, dict):
            channels = {}
        entries = entries_of(data, "rules")
        return problems_of_each(data, "rules", Rule.problems_within) + [
            f"rules[{index}] ({item_id}).channels: no channel named {name!r}"
            for index, item_id, item in entries for name in strings_in(item.get("channels")) if name not in channels
        ] + [
            f"digest_channels: no channel named {name!r}"
            for name in strings_in(data.get("digest_channels") if isinstance(data, dict) else None) if name not in channels
        ] + duplicate_ids("rule", "rules", entries)

    @model_validator(mode="after")
    def _across(self):
        raise_across(self.problems_across(self.model_dump()))
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
