"""The day a wire story was filed, read from its dateline ("DUBAI, Nov 3 (Reuters) - ..."):
the day its weekdays, "yesterday" and "so far this year" count from. A feed or a crawl may
date a story days after it was written; the dateline is the writer's own reference day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .dates import find_dates

# "DUBAI, Nov 3 (Reuters) -", "KUWAIT CITY, 16 November 2025 -", "RIYADH, Jan 2 –": a place in
# capitals, a comma, a day, an optional agency in brackets, then a dash opening the story
_WIRE_DATELINE = re.compile(
    r"\A\s*(?-i:[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][\w.]+)?,\s*(?P<day>[^()\n–—-]{3,30}?)\s*"
    r"(?:\([^()\n]{2,30}\)\s*)?[-–—]{1,2}\s")

# a dateline more than this many days before publication is no reference day: a story re-dated
# that much later is an archive copy whose own date is the one to trust
MAX_LAG_DAYS = 31


def filed_on(text: str, published: date | None) -> date | None:
    """The day the report's dateline names, when it is one day up to MAX_LAG_DAYS before
    `published`; otherwise `published` itself (also when there is no dateline)."""
    if published is None or not text:
        return published
    m = _WIRE_DATELINE.match(text[:120])
    if m is None:
        return published
    days = find_dates(m.group("day"), published)
    if len(days) != 1 or days[0].period_start is None or days[0].period_start != days[0].period_end:
        return published
    day = days[0].period_start
    return day if published - timedelta(days=MAX_LAG_DAYS) <= day <= published else published
