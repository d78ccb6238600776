"""What the Scrapy child process tells its parent: one JSON object per line.

The crawl runs in a child process (Scrapy's reactor cannot restart in the long-lived
service), and the parent owns the database. So the child writes WARC files itself and
reports everything else as JSON lines, flushed one by one, so a child that dies mid-crawl
still has all it did before reported. Record types:

- `fetch`: one HTTP exchange (status or error, validators, WARC file/offset/length);
- `page`: a fetched listing or article page (crawler.page.Page without its body, which the
  parent reads back from the WARC record the reference points at);
- `error`: a failure that is not an exchange of its own (an article that could not be read,
  a request given up after a redirect limit), with the URL;
- `warning`: something odd that did not fail the crawl (a listing page with no article links);
- `stats`: a spider's Scrapy stats when it closes (counters per failure class).

Every record carries `source_id`.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Output:
    """Writes records as JSON lines to a file descriptor; shared by all crawlers of the child."""

    def __init__(self, fd: int):
        self._file = os.fdopen(fd, "w", encoding="utf-8", buffering=1)
        self._lock = threading.Lock()

    def __deepcopy__(self, memo):
        # Scrapy deep-copies settings for each crawler; the output stream is shared, not copied.
        return self

    def emit(self, record_type: str, **fields) -> None:
        line = json.dumps({"type": record_type, **fields}, ensure_ascii=False, default=str)
        with self._lock:
            self._file.write(line + "\n")
            self._file.flush()

    def close(self) -> None:
        with self._lock:
            self._file.close()


def read_records(lines):
    """Parse the child's lines; a line that is not a JSON object becomes an `error` record."""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict) or "type" not in record:
            yield {"type": "error", "source_id": None, "url": None, "error": f"unreadable child output: {line[:200]}"}
            continue
        yield record
