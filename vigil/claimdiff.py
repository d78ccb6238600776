"""Which stored claim is which across two extractions of one document, and what changed.

A re-run (`vigil extract rerun`) must not renumber claims that did not change: staff cite
claim ids (`vigil show 412`, links in the web view), and a diff is only readable when the
same claim keeps its number. Claims are rows as stored (vigil.extraction.claim_row: lists
as JSON text). Matching, in two passes, pairs each new row with at most one old row:

1. the same claim: same evidence span (field, start and end) and every field equal
   (event, country, count, qualifier, period, kind, offences, location, names, evidence,
   rules, support);
2. an updated claim: same field, start of the evidence span, event and country (what a
   claim was read from and what it is about), other fields changed.

Rows sharing a key pair in order: old rows by id, new rows in the extractor's order. What
is left over is added (new) or removed (old).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from alerts.records import json_dicts, json_list
from vigil.provenance import support_note

# The fields a diff line compares, in the order it prints them; lists are JSON text.
FIELDS = ("event", "country", "count", "qualifier", "period", "kind", "offences", "location", "names", "span",
          "evidence", "rules", "support")
LIST_FIELDS = ("offences", "names", "rules", "support")


def period(row: dict) -> str:
    """`2025-09-15..2025-09-21`, or one day, or `?` when the claim has no date."""
    start, end = row.get("period_start"), row.get("period_end")
    if not start and not end:
        return "?"
    return start or end if start == end or not (start and end) else f"{start}..{end}"


def _value(row: dict, name: str):
    if name == "period":
        return period(row)
    if name == "span":
        return f"{row.get('field') or 'text'} {row.get('start_char')}-{row.get('end_char')}"
    if name == "support":   # each supporting sentence by its span and what it states (vigil.provenance)
        return tuple(support_note(s) for s in json_dicts(row.get(name)))
    if name in LIST_FIELDS:
        return tuple(json_list(row.get(name)))
    return row.get(name)


def _same_claim_key(row: dict) -> tuple:
    return tuple(_value(row, name) for name in FIELDS)


def _updated_claim_key(row: dict) -> tuple:
    return (row.get("field"), row.get("start_char"), row.get("event"), (row.get("country") or "").upper())


@dataclass
class Matching:
    """How the new rows of one document stand to its old rows."""

    unchanged: list[tuple[dict, dict]] = field(default_factory=list)  # (old, new): keeps the old id
    updated: list[tuple[dict, dict]] = field(default_factory=list)  # (old, new): keeps the old id, new values
    added: list[dict] = field(default_factory=list)  # new rows with no old one
    removed: list[dict] = field(default_factory=list)  # old rows with no new one


def match_claims(old: list[dict], new: list[dict]) -> Matching:
    """Pair old rows (each with its `id`) and new rows of one document (see the module docstring)."""
    result = Matching()
    old_left = sorted(old, key=lambda r: r["id"])
    new_left = list(new)
    for key_of, pairs in ((_same_claim_key, result.unchanged), (_updated_claim_key, result.updated)):
        waiting: dict[tuple, list[dict]] = {}
        for row in old_left:
            waiting.setdefault(key_of(row), []).append(row)
        unmatched = []
        for row in new_left:
            candidates = waiting.get(key_of(row))
            if candidates:
                pairs.append((candidates.pop(0), row))
            else:
                unmatched.append(row)
        new_left = unmatched
        old_left = [row for rows in waiting.values() for row in rows]
    result.added = new_left
    result.removed = sorted(old_left, key=lambda r: r["id"])
    return result


def changes(old: dict, new: dict) -> list[str]:
    """What differs between two rows of one claim, field by field, in FIELDS order:
    `count 3 -> 4`, `period 2026-03-01..2026-03-07 -> 2026-03-02`, `rules +event.carried_out -event.hanged`.
    Values are as stored: callers that print them to a terminal pass each line through alerts.plaintext.plain."""
    out = []
    for name in FIELDS:
        before, after = _value(old, name), _value(new, name)
        if before == after:
            continue
        if name in LIST_FIELDS:
            gone = [f"-{v}" for v in before if v not in after]
            came = [f"+{v}" for v in after if v not in before]
            out.append(f"{name} {' '.join(came + gone) or 'reordered'}")
        elif name == "evidence":
            out.append(f"evidence {json.dumps(before, ensure_ascii=False)} -> {json.dumps(after, ensure_ascii=False)}")
        else:
            out.append(f"{name} {'-' if before is None else before} -> {'-' if after is None else after}")
    return out


def summary(row: dict) -> str:
    """One claim in a line: `executed IR 3 (exact, event, 2025-09-15..2025-09-21)`."""
    return f"{row['event']} {row['country'] or '?'} {row['count']} ({row['qualifier']}, {row['kind']}, {period(row)})"
