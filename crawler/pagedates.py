"""A page's dates, each with where it was read: publication metadata, the text, a "modified" stamp.

htmldate reads them; what is ours is keeping them apart, because a page edited a month
later (a correction, a new photo) must not move its report to the week of the edit. The
shell then picks, in order: the feed entry's date, the page's publication metadata, a date
written in the text, and only when none is known, the page's "modified" date.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import date, datetime

import htmldate

from crawler.dates import OutOfRange, parse_timestamp

# Metadata that says when a page was changed, not when it was published; removed before the
# publication date is looked for, so htmldate cannot fall back on it.
MODIFIED_XPATH = (
    "//meta[contains(translate(@property|@name|@itemprop, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
    "'abcdefghijklmnopqrstuvwxyz'), 'modified') or contains(translate(@property|@name|@itemprop, "
    "'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), 'updated') or "
    "translate(@http-equiv, 'LASTMODIFIED-', 'lastmodified-') = 'last-modified']"
    " | //*[@itemprop='dateModified']"
)
_JSON_LD = "//script[@type='application/ld+json']"
# htmldate writes the offset only when the page gives one, so a bare date stays the page's own day.
_INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_WITH_OFFSET = re.compile(r"T\d{2}:\d{2}:\d{2}[+-]\d{4}$")


@dataclass(frozen=True)
class PageDates:
    published: date | None  # from the page's publication metadata (meta tags, JSON-LD, <time>)
    in_text: date | None  # a date written in the page's text, found by htmldate's extensive search
    modified: date | None  # the page's "last modified" metadata
    published_at: datetime | None = None  # the publication metadata's instant, when it gives a time with an offset


def _as_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _instant(value: str | None) -> datetime | None:
    """htmldate's `2025-09-15T02:30:00+0330` as an aware datetime; None without an offset."""
    if not value or not _WITH_OFFSET.search(value):
        return None
    try:
        return parse_timestamp(value[:-2] + ":" + value[-2:])
    except OutOfRange:
        return None


def _without_modified(tree):
    """A copy of the page without its modified-date metadata (JSON-LD keeps only datePublished)."""
    clean = copy.deepcopy(tree)
    for element in clean.xpath(MODIFIED_XPATH):
        element.getparent().remove(element)
    for script in clean.xpath(_JSON_LD):
        if script.text and "dateModified" in script.text:
            script.text = script.text.replace("dateModified", "vigilIgnored")
    return clean


def page_dates(tree, text_tree, url: str | None = None) -> PageDates:
    """The dates of a page; `text_tree` is the page with its template removed, searched for a
    date in the text (so a sidebar's dates are not the report's)."""
    without_modified = _without_modified(tree)
    published = _as_date(htmldate.find_date(copy.deepcopy(without_modified), extensive_search=False, original_date=True, url=url))
    published_at = None
    if published is not None:
        published_at = _instant(htmldate.find_date(without_modified, extensive_search=False, original_date=True,
                                                   url=url, outputformat=_INSTANT_FORMAT))
    in_text = None
    if published is None:
        in_text = _as_date(htmldate.find_date(_without_modified(text_tree), extensive_search=True,
                                              original_date=True))
    modified = _as_date(htmldate.find_date(copy.deepcopy(tree), extensive_search=False, original_date=False))
    return PageDates(published=published, in_text=in_text, modified=modified, published_at=published_at)
