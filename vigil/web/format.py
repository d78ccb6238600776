"""Jinja filters: how figures, dates and outside links are shown. Report text is never marked safe,
and every value a template prints passes through `shown` first."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from markupsafe import Markup

from alerts.plaintext import plain
from vigil.provenance import supported_values

QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "more_than": "more than", "about": "about",
                   "at_most": "at most"}


def outside_href(url: str | None) -> str | None:
    """A link to the original page only if it is plain http(s): a `javascript:` URL in a feed stays text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def period(claim) -> str:
    """'2025-09-17' or '2025-09-15 to 2025-09-21' or '?' for a record or a row dict."""
    start = _get(claim, "period_start")
    end = _get(claim, "period_end")
    if not start and not end:
        return "?"
    start, end = str(start or end)[:10], str(end or start)[:10]
    return start if start == end else f"{start} to {end}"


def hedged(claim) -> str:
    words = QUALIFIER_WORDS.get(_get(claim, "qualifier") or "exact", "")
    return f"{words} {_get(claim, 'count')}".strip()


def _get(obj, name):
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def day(value) -> str:
    if value is None or value == "":
        return "?"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:10]


def shown(value):
    """Jinja's `finalize`: every `{{ value }}` without control or bidi characters (alerts.plaintext,
    line breaks kept), so a U+202E in a title, evidence sentence or a reviewer's reason cannot
    reverse what staff read, page titles and attributes included. Markup is cleaned too (a
    `join` of report text returns Markup); no markup Vigil or a form field writes holds one."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if hasattr(value, "__html__"):  # Markup, or an object that renders itself (a WTForms field)
        return Markup(plain(value.__html__(), multiline=True))
    return plain(str(value), multiline=True)


def register_filters(app) -> None:
    app.jinja_env.filters.update(outside_href=outside_href, period=period, hedged=hedged, day=day,
                                 supported=supported_values)
