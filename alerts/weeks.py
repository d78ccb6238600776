"""Weeks as monitors count them: starting on a configured weekday, in a configured time zone.

A week is named by its first day (`week_start`) and labelled with the ISO week of that day
(`2025-W38`). With `week_starts: monday` the label is exactly the ISO week. With another
start day the label still names the ISO week that *contains the first day*: a Sunday-start
week labelled `2025-W37` runs from Sunday 2025-09-14 to Saturday 2025-09-20. Each label
names exactly one week, so `vigil claims --week` accepts the labels `vigil totals` prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone as dt_timezone
from zoneinfo import ZoneInfo

from extract.notions import week_start, weekday_index
_LABEL = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class WeekScheme:
    start_weekday: int = 0  # 0 Monday ... 6 Sunday, as date.weekday() counts
    timezone: str = "UTC"

    @classmethod
    def named(cls, week_starts: str = "monday", timezone: str = "UTC") -> "WeekScheme":
        return cls(weekday_index(week_starts), timezone)

    def start_of(self, day: date) -> date:
        """The first day of the week `day` falls in."""
        return week_start(day, self.start_weekday)

    @staticmethod
    def label(week_start: date) -> str:
        year, week, _ = week_start.isocalendar()
        return f"{year}-W{week:02d}"

    def parse(self, label: str) -> date:
        """`2025-W38` -> that week's first day; ValueError names the expected form."""
        match = _LABEL.match(label.strip())
        if not match:
            raise ValueError(f"not a week label: {label!r} (use the form 2025-W38)")
        try:
            monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            raise ValueError(f"no such week: {label!r}")
        return monday + timedelta(days=self.start_weekday)

    def today(self, now: datetime | None = None) -> date:
        """The current calendar day in the configured time zone."""
        now = now or datetime.now(dt_timezone.utc)
        if now.tzinfo is None:
            now = now.replace(tzinfo=dt_timezone.utc)
        return now.astimezone(ZoneInfo(self.timezone)).date()

    def current(self, now: datetime | None = None) -> date:
        return self.start_of(self.today(now))

    @staticmethod
    def back(week_start: date, weeks: int) -> date:
        return week_start - timedelta(weeks=weeks)

    def year_of(self, week_start: date) -> int:
        """The year a week counts toward in year-to-date figures: the year in its label."""
        return week_start.isocalendar()[0]
