"""The `reviews` table: staff decisions on claims, append-only (migration m006 refuses UPDATE and
DELETE). A review is keyed on where its claim was read (`ReviewKey`), never on a claim row id,
so it survives re-extraction. Callers: vigil.reviews (the rules of reviewing) and the web view.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewKey:
    document_id: int
    field: str  # "text" or "title"
    start_char: int  # the evidence span; -1 when unknown
    end_char: int
    event: str  # as extracted, not as corrected
    country: str  # upper case; '' when none
    ordinal: int  # 0 for the first claim of this span, event and country, 1 for the next


@dataclass(frozen=True)
class Review:
    id: int
    key: ReviewKey
    action: str  # confirm | reject | correct
    reason: str
    corrections: dict  # the corrected fields
    original: dict  # the claim as it stood when reviewed
    reviewer: str
    created_at: str

    def changes(self) -> list[tuple[str, object, object]]:
        """(field, value as extracted, corrected value) for each corrected field."""
        return [(name, self.original.get(name), value) for name, value in self.corrections.items()]

    def to_dict(self) -> dict:
        """The review as JSON output carries it: {action, reviewer, at, reason, changes: [{field, from, to}]}."""
        return {"action": self.action, "reviewer": self.reviewer, "at": self.created_at, "reason": self.reason,
                "changes": [{"field": f, "from": before, "to": after} for f, before, after in self.changes()]}

    def describe(self) -> str:
        """One line for lists and the audit trail: 'rejected by ana: not in Iran',
        'corrected by ana (count 1 -> 3): the report names three men'."""
        verb = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}[self.action]
        what = ", ".join(f"{f} {'-' if before is None else before} -> {after}" for f, before, after in self.changes())
        text = f"{verb} by {self.reviewer}"
        if what:
            text += f" ({what})"
        if self.reason:
            text += f": {self.reason}"
        return text


def _review(row: dict) -> Review:
    key = ReviewKey(row["document_id"], row["field"], row["start_char"], row["end_char"], row["event"],
                    row["country"], row["ordinal"])
    return Review(row["id"], key, row["action"], row["reason"] or "", json.loads(row["corrections"] or "{}"),
                  json.loads(row["original"] or "{}"), row["reviewer"], row["created_at"])


def all_reviews(db) -> list[Review]:
    """Every review ever recorded, oldest first."""
    return [_review(dict(r)) for r in db.query("select * from reviews order by id")]


def get_review(db, review_id: int) -> Review:
    return _review(dict(next(db.query("select * from reviews where id = ?", [review_id]))))


def append_review(db, key: ReviewKey, *, action: str, reason: str, corrections: dict, original: dict,
                  reviewer: str, created_at: str) -> int:
    """Add a review (inside the caller's write transaction); its id."""
    return db.execute(
        "insert into reviews (document_id, field, start_char, end_char, event, country, ordinal, action, reason,"
        " corrections, original, reviewer, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [key.document_id, key.field, key.start_char, key.end_char, key.event, key.country, key.ordinal,
         action, reason, json.dumps(corrections), json.dumps(original, ensure_ascii=False), reviewer, created_at],
    ).lastrowid
