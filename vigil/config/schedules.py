"""schedules.yaml: the jobs `vigil run` starts, each on an interval or a cron trigger."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from apscheduler.triggers.cron import CronTrigger
from pydantic import Field, field_validator, model_validator

from vigil.config.fields import (
    ID_PATTERN,
    Strict,
    duplicate_ids,
    entries_of,
    known_timezone,
    parse_duration,
    problems_of_each,
    raise_across,
)

JOB_KINDS = ("collect-feeds", "crawl-sites", "collect", "extract", "alerts", "digest")
# the types of source (sources.yaml `type`) each collect job fetches
COLLECTS = {"collect-feeds": ("feed",), "crawl-sites": ("site",), "collect": ("feed", "site")}


class Job(Strict):
    id: str = Field(pattern=ID_PATTERN, description="the job's name in logs and `vigil status`")
    run: Literal["collect-feeds", "crawl-sites", "collect", "extract", "alerts", "digest"] = Field(
        description="what the job does"
    )
    every: str | None = Field(None, description="interval trigger: 30s, 15m, 2h, 1d")
    cron: str | None = Field(None, description="cron trigger, five fields: minute hour day month weekday")
    misfire_grace: str = Field("10m", description="how late a missed run may still start")

    # before the type check: `every: 15` is a number to YAML, and what is wrong is the unit
    @field_validator("every", "misfire_grace", mode="before")
    @classmethod
    def _check_duration(cls, value: object) -> object:
        if value is not None:
            parse_duration(value)
        return value

    @field_validator("cron")
    @classmethod
    def _check_cron(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                trigger = CronTrigger.from_crontab(value, timezone="UTC")
            except ValueError as exc:
                raise ValueError(f"not a cron expression: {exc}")
            # "0 8 31 2 *" (31 February) parses, yet no day matches it: the scheduler would get no
            # first run time and `vigil run` would fail at start-up
            if trigger.get_next_fire_time(None, datetime.now(timezone.utc)) is None:
                raise ValueError(f"cron {value!r} never fires (no date matches all its fields)")
        return value

    @staticmethod
    def problems_within(item: dict) -> list[str]:
        """A job has exactly one trigger, in one parsed entry (or a dump)."""
        if (item.get("every") is None) == (item.get("cron") is None):
            return ["give exactly one of every or cron"]
        return []

    @model_validator(mode="after")
    def _one_trigger(self) -> "Job":
        raise_across(self.problems_within(self.model_dump()))
        return self


class SchedulesFile(Strict):
    timezone: str = Field("UTC", description="time zone for cron triggers")
    jobs: list[Job] = Field(default_factory=list)

    _check_tz = field_validator("timezone")(lambda cls, v: known_timezone(v))

    @staticmethod
    def problems_across(data: object) -> list[str]:
        """Jobs without exactly one trigger and duplicate job ids, in parsed YAML (or a dump)."""
        return problems_of_each(data, "jobs", Job.problems_within) + duplicate_ids("job", "jobs", entries_of(data, "jobs"))

    @model_validator(mode="after")
    def _across(self) -> "SchedulesFile":
        raise_across(self.problems_across(self.model_dump()))
        return self
