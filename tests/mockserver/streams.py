"""Multi-source report streams for the mock server, read from tests/data/streams/<name>.yaml.

`/t/<ns>/streams/<name>/<source>/feed.xml[?until=YYYY-MM-DD]` is one source's RSS feed (the
reports published up to that day, newest first); `/t/<ns>/streams/<name>/<source>/<slug>`
is a report's page. A stream file lists `reports`, each with source, slug, published (an
ISO timestamp), title and text (paragraphs separated by blank lines), or instead of the text
`copy_of` (another report's slug) and `dateline`: a republished copy.

`/t/<ns>/live/feed.xml?after=S&count=K&every=E` is a feed that publishes K reports of an
imminent execution, the first S seconds after the namespace's first request and then one
every E seconds, each dated with its real publication time; `/t/<ns>/live/schedule` gives
those times as JSON (epoch seconds), so a benchmark can measure publication to alert.
"""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timezone
from email.utils import format_datetime
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

STREAMS = Path(__file__).resolve().parent.parent / "data" / "streams"
_started: dict[str, float] = {}
_lock = threading.Lock()


@lru_cache(maxsize=8)
def stream(name: str) -> dict:
    return yaml.safe_load((STREAMS / f"{name}.yaml").read_text(encoding="utf-8"))


def _when(report: dict) -> datetime:
    value = report["published"]
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def page(base: str, title: str, text: str, published: datetime) -> str:
    """A report page; the headline and date sit above the article body, as on many news sites
    (a headline inside the body is read as the body's first sentence: a case of its own)."""
    paragraphs = "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="article:published_time" content="{published.isoformat()}"></head><body>'
            f'<header><nav><a href="{base}/">Home</a></nav></header><main>'
            f'<div class="headline"><h1>{escape(title)}</h1><time datetime="{published.isoformat()}">'
            f'{published:%d %B %Y}</time></div><article>'
            f"{paragraphs}</article></main><footer><p>All rights reserved.</p></footer></body></html>")


def rss(base: str, title: str, items: list[tuple[str, str, datetime]]) -> str:
    """items: (slug, title, published), listed newest first."""
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{base}/{slug}</link><guid>{base}/{slug}</guid>"
        f"<pubDate>{format_datetime(when)}</pubDate></item>"
        for slug, t, when in sorted(items, key=lambda i: i[2], reverse=True)
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>{base}/</link><description>reports</description>{entries}</channel></rss>")


def stream_response(base: str, name: str, source: str, rest: str, query: dict) -> tuple[int, str, str] | None:
    """(status, content type, body) for a stream path, or None for an unknown one."""
    try:
        data = stream(name)
    except FileNotFoundError:
        return None
    reports = [r for r in data["reports"] if r["source"] == source]
    here = f"{base}/streams/{name}/{source}"
    if rest == "feed.xml":
        until = query.get("until", [None])[0]
        last = date.fromisoformat(until) if until else date.max
        items = [(r["slug"], r["title"], _when(r)) for r in reports if _when(r).date() <= last]
        return 200, "application/rss+xml; charset=utf-8", rss(here, source, items)
    report = next((r for r in reports if r["slug"] == rest), None)
    if report is None:
        return None
    return 200, "text/html; charset=utf-8", page(here, report["title"], text_of(data, report), _when(report))


def text_of(data: dict, report: dict) -> str:
    """A report's text; a copy (`copy_of`) is the original's text with its own dateline before it."""
    if "copy_of" not in report:
        return report["text"]
    original = next(r for r in data["reports"] if r["slug"] == report["copy_of"])
    return f"{report['dateline']} {text_of(data, original)}"


def _live_times(ns: str, query: dict) -> list[float]:
    with _lock:
        start = _started.setdefault(ns, time.time())
    after = float(query.get("after", ["5"])[0])
    every = float(query.get("every", ["20"])[0])
    count = int(query.get("count", ["3"])[0])
    return [start + after + i * every for i in range(count)]


LIVE_NAMES = ("Arash Tavakoli", "Behnam Rahimi", "Davood Sharifi", "Farid Mohammadi", "Kian Jafari",
              "Mehdi Asgari", "Nima Bahrami", "Omid Ghasemi", "Pouya Hosseini", "Sina Moradi")


def live_response(base: str, rest: str, ns: str, query: dict) -> tuple[int, str, str] | None:
    if rest == "schedule":
        import json

        return 200, "application/json", json.dumps(_live_times(ns, query))
    if rest == "feed.xml":
        now = time.time()
        times = _live_times(ns, query)
        items = [(f"articles/{i}", f"{LIVE_NAMES[i % len(LIVE_NAMES)]} at imminent risk of execution",
                  datetime.fromtimestamp(t, timezone.utc)) for i, t in enumerate(times) if t <= now]
        return 200, "application/rss+xml; charset=utf-8", rss(f"{base}/live", "live", items)
    if rest.startswith("articles/") and rest[9:].isdigit():
        i = int(rest[9:])
        name = LIVE_NAMES[i % len(LIVE_NAMES)]
        when = datetime.now(timezone.utc)
        text = (f"{name}, a prisoner held in Ghezel Hesar Prison, was transferred to solitary confinement "
                f"today ahead of his execution, his family said.\n\nHe was sentenced to death for drug offences "
                f"after a trial his lawyer described as unfair.")
        return 200, "text/html; charset=utf-8", page(f"{base}/live", f"{name} at imminent risk of execution", text, when)
    return None
