"""Triggers for the jobs of schedules.yaml (APScheduler 3.x)."""

from __future__ import annotations

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from vigil.config import Job, parse_duration


def make_trigger(job: Job, timezone: str):
    if job.every:
        return IntervalTrigger(seconds=parse_duration(job.every).total_seconds(), timezone=timezone)
    return CronTrigger.from_crontab(job.cron, timezone=timezone)
