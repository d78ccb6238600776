"""A report's dateline: the day (after a place or a publisher) that heads a story before the
story itself opens, with a colon ("Iran Human Rights, August 22: ...") or, on a wire story, an
agency in brackets and a dash ("DUBAI, Nov 3 (Reuters) - ..."). It is the writer's own reference
day: `is_dateline` keeps a heading's date out of the events' dates (dates.find_dates flags it),
and `filed_on` makes a wire dateline's day the one the story's weekdays, "yesterday" and "so far
this year" count from (a feed or a crawl may date a story days after it was written).
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import words

_W = words("dates.yaml")

# after the date of a heading's dateline, the story opens with a colon
_COLON_OPENS = re.compile(r"\s*\)?\s*:")
# "executed ... on the morning of 27 August: A, B and C", "four were executed in 2018: one in
# January, ...": a date in running text introducing a list, never a dateline
_IN_RUNNING_TEXT = re.compile(rf"\b(?:{_W['running_text_before']})\s+$", re.IGNORECASE)
# a wire story's head: a place in capitals (and its country), a comma, the dateline's day, then
# the agency in brackets and a dash opening the story ("DUBAI, Nov 3 (Reuters) -")
_WIRE_HEAD = re.compile(r"\A\s*(?-i:[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*[A-Z][\w.]+)?,\s*(?P<day>[^()\n–—-]{3,30}?)\s*"
                        r"(?:\([^()\n]{2,30}\)\s*)?[-–—]{1,2}\s")
_HEAD_CHARS = 120

# a dateline more than this many days before publication is no reference day: a story re-dated
# that much later is an archive copy whose own date is the one to trust
MAX_LAG_DAYS = 31


def _search_plain(pattern: re.Pattern, text: str, pos: int, endpos: int):
    return pattern.search(text, pos, endpos)


def is_dateline(text: str, start: int, end: int, search=_search_plain) -> bool:
    """Whether the date at text[start:end] is a heading's dateline, kept out of the events' dates:
    the story opens right after it with a colon and no word of running text ("on", "in" ...) comes
    before it. A wire dateline's day stays readable as the first sentence's day: filed_on makes it
    the report's own day, the one a story with no other ("DUBAI, Nov 3 (Reuters) - Iran hanged
    three men") tells of. `search(pattern, text, pos, endpos)` is the caller's look-behind search
    (casefold.Scanner.search over lowered text, or plain)."""
    return _COLON_OPENS.match(text, end, end + 4) is not None \
        and not search(_IN_RUNNING_TEXT, text, max(0, start - 8), start)


def in_wire_head(text: str, start: int) -> bool:
    """Whether the position `start` of `text` is in a wire story's head ("NASIRIYAH, Iraq, April 24,
    2024 (AFP) - "): a date there is the day the story was filed, not one the story tells."""
    if start >= _HEAD_CHARS:
        return False
    m = _WIRE_HEAD.match(text[:_HEAD_CHARS])
    return m is not None and start < m.end()


def filed_on(text: str, published: date | None) -> date | None:
    """The day the report's wire dateline names, when it is one day up to MAX_LAG_DAYS before
    `published`; otherwise `published` itself (also when there is no dateline)."""
    if published is None or not text:
        return published
    m = _WIRE_HEAD.match(text[:_HEAD_CHARS])
    if m is None:
        return published
    # dates.py flags datelines through is_dateline above, so it is read here, when first called
    from .dates import find_dates
    days = find_dates(m.group("day"), published)
    if len(days) != 1 or days[0].period_start is None or days[0].period_start != days[0].period_end:
        return published
    day = days[0].period_start
    return day if published - timedelta(days=MAX_LAG_DAYS) <= day <= published else published
