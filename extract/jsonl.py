"""The JSON-lines interface: records {"id", "published", "title", "text"[, "lang"]} in, one
{"id", "claims"} line out per record. Pure: the caller opens files; a bad line
yields an "error" line and the run goes on (one item fails alone)."""
from __future__ import annotations

import json
from datetime import date
from typing import Iterable, Iterator

from .attribution import cited_in
from .lang.codes import check_language_code
from .notions import reference_day
from .pipeline import Extractor
from .rules import RULES


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
    if text is None:  # a misnamed field ("body") would otherwise read as a report with no claim
        raise RecordError(f"line {number}: no \"text\" (the report's text is required)")
    if not isinstance(text, str) or title is not None and not isinstance(title, str):
        raise RecordError(f"line {number}: text and title must be strings")
    try:
        published = parse_published(record.get("published"))
    except RecordError as exc:
        raise RecordError(f"line {number}: {exc}") from None
    lang = record.get("lang")
    if lang not in (None, ""):   # "" and null: not declared, the script decides
        try:
            check_language_code(lang)
        except ValueError as exc:
            raise RecordError(f"line {number}: lang: {exc}") from None
    return text, published, title or "", lang or None


def _reports(lines: Iterable[str]) -> Iterator[tuple]:
    """(id, (text, published, title), None) per non-blank line, or (id, None, RecordError)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record_id = None
        try:
            record = _record(line, number)
            record_id = record.get("id")
            yield record_id, _report(record, number), None
        except RecordError as exc:
            yield record_id, None, exc


def run_jsonl(lines: Iterable[str], extractor: Extractor | None = None,
              errors: list[RecordError] | None = None) -> Iterator[str]:
    """One output line per non-blank input line, in order; each record's error is also
    appended to `errors` when given (the CLI's exit status)."""
    extractor = extractor or _shared()
    for record_id, report, error in _reports(lines):
        if error is not None:
            if errors is not None:
                errors.append(error)
            yield json.dumps({"id": record_id, "claims": [], "error": str(error)}, ensure_ascii=False)
            continue
        claims = extractor.extract(*report)
        yield json.dumps({"id": record_id, "claims": [c.to_dict() for c in claims]}, ensure_ascii=False)


def explain_jsonl(lines: Iterable[str], extractor: Extractor | None = None,
                  errors: list[RecordError] | None = None) -> Iterator[str]:
    """For each record, a readable account: every claim with its evidence, the rules that made it
    and its place, offences and names, then every candidate count that made no claim with the rule
    that rejected it, then every sentence with a trigger that made neither, with why
    (silence.py). Errors as in run_jsonl."""
    extractor = extractor or _shared()
    for record_id, report, error in _reports(lines):
        if error is not None:
            if errors is not None:
                errors.append(error)
            # the error names the line; a record without an id has nothing else to name it by
            yield f"{record_id}: error: {error}" if record_id is not None else f"error: {error}"
            continue
        claims, rejections, silent = extractor.account(*report)
        yield (f"{record_id}: {_counted(len(claims), 'claim')}, {_counted(len(rejections), 'rejected candidate')}"
               + (f", {_counted(len(silent), 'NO CLAIM sentence')}" if silent else "")
               + ("" if report[1] else "; no published date, so no relative date was resolved"))
        for c in claims:
            period = _period(c.period_start, c.period_end)
            yield f"  CLAIM    {c.event} {c.country} {c.count} ({c.qualifier}, {c.kind}, {period})"
            yield f"           {c.field}: {_quoted(c.evidence)}"
            for s in c.support:   # the other sentences it was merged from or dated by
                yield (f"           also from {s.field} {s.start_char}-{s.end_char} "
                       f"({', '.join(s.values) or 'tells it again'}): {_quoted(s.evidence)}")
            yield f"           rules: {', '.join(c.rules)}"
            cites = cited_in([c.evidence, *(s.evidence for s in c.support)])
            if cites:  # a relay of another source: no second witness (extract/data/attribution.yaml)
                yield f"           cites: {', '.join(cites)}"
            if c.location or c.offences or c.names:
                yield f"           read: {_details(c)}"
        for r in rejections:
            yield f"  REJECTED {_quoted(r.text)} by {r.rule}"
            yield f"           {r.field}: {_quoted(r.evidence)}"
        for s in silent:   # a trigger whose sentence made nothing: say why rather than nothing
            yield f"  NO CLAIM {_quoted(s.trigger)} by {s.rule}: {RULES[s.rule][0]}"
            yield f"           {s.field}: {_quoted(s.evidence)}"


def _details(c) -> str:
    """What else the claim read: `at "Qazvin Prison"; offences: drug; names: "A", "B"`."""
    parts = [f"at {_quoted(c.location)}"] if c.location else []
    if c.offences:
        parts.append(f"offences: {', '.join(c.offences)}")
    if c.names:
        parts.append(f"names: {', '.join(_quoted(n) for n in c.names)}")
    return "; ".join(parts)


def _period(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "no period"
    if start == end:
        return start.isoformat()
    return f"{start.isoformat() if start else '?'}..{end.isoformat() if end else '?'}"


def _counted(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _quoted(text: str) -> str:
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def _shared() -> Extractor:
    from . import default_extractor
    return default_extractor()
