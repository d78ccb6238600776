"""Publication timestamps as feeds and pages write them: offsets, zone names, local time.

feedparser reads RFC 822 and W3C dates but knows only the North American and military
zone names; any other name (`IRST`, Tehran's) is read as UTC, and its `AST` is Atlantic
time (UTC-4), where the sources Vigil watches mean Arabia Standard Time (UTC+3). So the
date strings are read here first:

1. A trailing zone name from `REGION_ZONES` becomes its offset; numeric offsets stand.
2. RFC 822 (`Mon, 15 Sep 2025 05:30:00 +0330`) is read by `email.utils`, ISO 8601 /
   W3C-DTF (`2025-09-15T05:30:00+03:30`) by `datetime.fromisoformat`.
3. A time without any zone is local time of the source's zone (`timezone:` in
   sources.yaml), or UTC when the source has none.

A date outside what Python can represent (`0001-01-01T00:00:00+01:00` is in year 0 in
UTC) raises `OutOfRange`: the caller leaves the entry undated, and must not fall back on
feedparser's reading of it (which makes year 1 into year 100).
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timedelta, timezone, tzinfo

# Zone names in the regions Vigil's sources publish from, as those sources use them
# (https://www.timeanddate.com/time/zones/). Where a name is ambiguous, the meaning in
# these regions wins: AST is Arabia Standard Time, GST Gulf Standard Time. Names that
# email.utils already reads the same way (GMT, UT, EST, ...) need no entry.
REGION_ZONES: dict[str, timedelta] = {
    "UTC": timedelta(0),
    "Z": timedelta(0),
    "IRST": timedelta(hours=3, minutes=30),  # Iran Standard Time
    "IRDT": timedelta(hours=4, minutes=30),  # Iran Daylight Time (until 2022)
    "AST": timedelta(hours=3),  # Arabia Standard Time: Saudi Arabia, Iraq, Kuwait, Qatar, Bahrain, Yemen
    "GST": timedelta(hours=4),  # Gulf Standard Time: UAE, Oman
    "AFT": timedelta(hours=4, minutes=30),  # Afghanistan Time
    "PKT": timedelta(hours=5),  # Pakistan Standard Time
    "TRT": timedelta(hours=3),  # Turkey Time
    "MSK": timedelta(hours=3),  # Moscow Standard Time
    "EET": timedelta(hours=2),  # Eastern European Time: Egypt, Lebanon, Palestine
    "EEST": timedelta(hours=3),  # Eastern European Summer Time
    "CET": timedelta(hours=1),
    "CEST": timedelta(hours=2),
    "WET": timedelta(0),
    "WEST": timedelta(hours=1),
    "BST": timedelta(hours=1),  # British Summer Time
}

class OutOfRange(ValueError):
    """The string is a date, but not one a datetime can hold in UTC."""


_TRAILING_ZONE = re.compile(r"\s*\(?\b([A-Za-z]{1,5})\)?\s*$")


def parse_timestamp(text: str | None, zone: tzinfo | None = None) -> datetime | None:
    """An aware datetime for a date string from a feed or page, or None when unreadable.

    `zone` is the source's time zone, for times written without an offset (default UTC).
    Raises OutOfRange for a readable date that has no instant in UTC.
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    offset = None
    match = _TRAILING_ZONE.search(text)
    if match and match.group(1).upper() in REGION_ZONES:
        offset = REGION_ZONES[match.group(1).upper()]
        text = text[: match.start()]
    written_year = re.search(r"\b(\d{4})\b", text)
    parsed = _rfc822(text) or _iso(text)
    if parsed is None:
        return None
    if written_year and int(written_year.group(1)) != parsed.year:  # email.utils reads "0001" as 2001
        raise OutOfRange(f"year {written_year.group(1)} in {text!r}")
    try:
        if offset is not None:
            parsed = parsed.replace(tzinfo=timezone(offset))
        elif parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=zone or timezone.utc)
        parsed.astimezone(timezone.utc)  # out of range in UTC: raises here, not later
    except (OverflowError, ValueError) as exc:
        raise OutOfRange(f"{text!r} has no instant in UTC") from exc
    return parsed


def in_zone(moment: datetime | None, zone: tzinfo | None) -> datetime | None:
    """`moment` on the source's clock (`zone`), or as written when the source sets no zone.

    Keeping the local offset keeps the publication's own calendar day in the stored
    ISO string (its first ten characters), which is the day "today" in a report means.
    None when the instant has no representation in that zone.
    """
    if moment is None or zone is None:
        return moment
    try:
        return moment.astimezone(zone)
    except (OverflowError, ValueError):
        return None


def _rfc822(text: str) -> datetime | None:
    if not re.search(r"[A-Za-z]{3}", text):  # RFC 822 dates name the month
        return None
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _iso(text: str) -> datetime | None:
    candidate = text.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", text) else text
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None
