"""The JSON-lines interface: records {"id", "published", "title", "text"} in, one
{"id", "claims"} line out per record. Pure: the caller opens files; a bad line
yields an "error" line and the run goes on (one item fails alone)."""
from __future__ import annotations

import json
from datetime import date
from typing import Iterable, Iterator

from .notions import reference_day
from .pipeline import Extractor


class RecordError(ValueError):
    """A record that cannot be extracted; the message says which field and why."""


def parse_published(value) -> date | None:
    """The reference day (notions.reference_day) of an ISO date or datetime string (or null),
    taken as written: a record carries no time zone setting."""
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise RecordError(f"published must be an ISO date string or null, not {type(value).__name__}")
    try:
        return reference_day(value.strip())
    except ValueError:
        raise RecordError(f"published is not an ISO date: {value!r}") from None


def _record(line: str, number: int) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"line {number}: not JSON: {exc.msg}") from None
    if not isinstance(record, dict):
        raise RecordError(f"line {number}: expected an object, got {type(record).__name__}")
    return record


def _report(record: dict, number: int) -> tuple:
    text, title = record.get("text"), record.get("title")
    if text is not None and not isinstance(text, str) or title is not None and not isinstance(title, str):
        raise RecordError(f"line {number}: text and title must be strings")
    try:
        published = parse_published(record.get("published"))
    except RecordError as exc:
        raise RecordError(f"line {number}: {exc}") from None
    return text or "", published, title or ""


def run_jsonl(lines: Iterable[str], extractor: Extractor | None = None) -> Iterator[str]:
    """One output line per non-blank input line, in order."""
    extractor = extractor or _shared()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id = None
        try:
            record = _record(line, number)
            record_id = record.get("id")
            claims = extractor.extract(*_report(record, number))
        except RecordError as exc:
            yield json.dumps({"id": record_id, "claims": [], "error": str(exc)}, ensure_ascii=False)
            continue
        yield json.dumps({"id": record_id, "claims": [c.to_dict() for c in claims]}, ensure_ascii=False)


def _shared() -> Extractor:
    from . import default_extractor
    return default_extractor()
