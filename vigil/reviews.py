"""Staff reviews of claims: confirm, reject with a reason, or correct; stored apart from claims.

Claims are replaced wholesale whenever a document is re-extracted, so a review cannot point at
a claim row. It is keyed on where the claim was read: the document, the field and character
span of its evidence sentence, the event and country as extracted, and its place among the
claims of that span with the same event and country (`ordinal`: 0 for the first, in the
order the extractor produced them). A re-run that reads the same fact from the same sentence
gets the same key, and the review applies again.

Reviews are an append-only audit trail (store migration m015 refuses UPDATE and DELETE): the
newest review of a key is the decision in force, older ones are its history.

`apply_reviews` is the one place reviews change figures; everything that computes totals,
alerts or the digest calls it on the records it loaded:

- reject: the claim counts nowhere (removed from the records; `split_reviews` keeps them apart
  for the listings that show them);
- correct: the claim counts with the corrected values, and as confirmed (a person checked it);
- confirm: the record is flagged `reviewer_confirmed`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Iterable

import sqlite_utils

from alerts.records import ClaimRecord
from vigil.errors import UsageError, VigilError
from vigil.store import claims as store_claims
from vigil.store import reviews as store_reviews
from vigil.store import utcnow, write_lock
from vigil.store.reviews import Review, ReviewKey, all_reviews  # noqa: F401  (the review types, and the audit trail)

ACTIONS = ("confirm", "reject", "correct")
CORRECTABLE = ("count", "period_start", "period_end", "event", "country", "location")
EVENTS = ("executed", "sentenced", "imminent")


class ReviewError(UsageError):
    """A review that cannot be recorded: unknown claim, no reason for a rejection, a bad value."""


class ClaimNotFound(VigilError):
    """No claim has this id (it may have been replaced by a re-extraction)."""


def claim_keys(db: sqlite_utils.Database, claim_ids: Iterable[int] | None = None,
               document_ids: Iterable[int] | None = None) -> dict[int, ReviewKey]:
    """claim id -> its review key, for every stored claim, or those of `claim_ids`, or those of
    the documents `document_ids`. Ordinals number claims within one document, so only the
    documents concerned are read."""
    wanted = set(claim_ids) if claim_ids is not None else None
    rows = store_claims.key_rows(db, wanted, document_ids)
    return {row[0]: ReviewKey(*row[1:]) for row in rows if wanted is None or row[0] in wanted}


def latest_reviews(db: sqlite_utils.Database, made_by: str | None = None) -> dict[ReviewKey, Review]:
    """The decision in force for each reviewed key: its newest review (of those made by the
    stored timestamp `made_by`, when given: what was decided then)."""
    latest: dict[ReviewKey, Review] = {}
    for review in all_reviews(db):
        if made_by is None or review.created_at <= made_by:
            latest[review.key] = review
    return latest


def reviews_by_claim(db: sqlite_utils.Database, made_by: str | None = None) -> dict[int, Review]:
    """claim id -> the decision in force for that claim, for the claims that have one."""
    latest = latest_reviews(db, made_by)
    if not latest:
        return {}
    keys = claim_keys(db, document_ids={key.document_id for key in latest})
    return {claim_id: latest[key] for claim_id, key in keys.items() if key in latest}


def history(db: sqlite_utils.Database, claim_id: int) -> list[Review]:
    """Every review of one claim's key, oldest first (the audit trail shown beside the claim)."""
    key = claim_keys(db, [claim_id]).get(claim_id)
    if key is None:
        raise ClaimNotFound(f"claim {claim_id}: no such claim")
    return [r for r in all_reviews(db) if r.key == key]


def apply_reviews(db: sqlite_utils.Database, records: Iterable[ClaimRecord],
                  made_by: str | None = None) -> list[ClaimRecord]:
    """The records as reviewed: rejected ones dropped, corrected ones replaced, confirmed ones
    flagged; each reviewed record carries its review (`ClaimRecord.review`). `made_by` (a
    stored timestamp): only the reviews made by then, for a replay of a past day."""
    return split_reviews(db, records, made_by)[0]


def split_reviews(db: sqlite_utils.Database, records: Iterable[ClaimRecord],
                  made_by: str | None = None) -> tuple[list[ClaimRecord], list[ClaimRecord]]:
    """(the records as reviewed, as `apply_reviews` gives them; the rejected ones as extracted,
    each with its rejection), so a listing can show what a reviewer took out of a figure."""
    records = list(records)
    by_claim = reviews_by_claim(db, made_by)
    if not by_claim:
        return records, []
    out, rejected = [], []
    for record in records:
        review = by_claim.get(record.id)
        if review is None:
            out.append(record)
        elif review.action == "confirm":
            out.append(replace(record, reviewer_confirmed=True, review=review))
        elif review.action == "correct":
            out.append(replace(record, reviewer_confirmed=True, review=review, **_record_values(review.corrections)))
        else:  # reject: counts nowhere
            rejected.append(replace(record, review=review))
    return out, rejected


def _record_values(corrections: dict) -> dict:
    values = dict(corrections)
    for name in ("period_start", "period_end"):
        if name in values:
            values[name] = date.fromisoformat(values[name]) if values[name] else None
    if "country" in values:
        values["country"] = values["country"].upper()
    return values


def clean_corrections(raw: dict) -> dict:
    """Validate corrected values from a form; only fields given are kept. Raises ReviewError."""
    out: dict = {}
    for name in CORRECTABLE:
        value = raw.get(name)
        if value is None or str(value).strip() == "":
            continue
        value = str(value).strip()
        if name == "count":
            if not value.isdigit() or int(value) > 100_000:
                raise ReviewError(f"count: {value!r} is not a whole number of people")
            out[name] = int(value)
        elif name in ("period_start", "period_end"):
            try:
                out[name] = date.fromisoformat(value).isoformat()
            except ValueError:
                raise ReviewError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None
        elif name == "event":
            if value not in EVENTS:
                raise ReviewError(f"event: {value!r} is not one of {', '.join(EVENTS)}")
            out[name] = value
        elif name == "country":
            if len(value) != 2 or not value.isalpha():
                raise ReviewError(f"country: {value!r} is not a two-letter ISO code")
            out[name] = value.upper()
        else:
            out[name] = value[:200]
    if "period_start" in out and "period_end" not in out:
        out["period_end"] = out["period_start"]  # one day given: the claim is placed on that day
    if "period_end" in out and "period_start" in out and out["period_end"] < out["period_start"]:
        raise ReviewError("period_end: before period_start")
    return out


def record_review(db: sqlite_utils.Database, claim_id: int, action: str, reviewer: str, reason: str = "",
                  corrections: dict | None = None) -> Review:
    """Append a review of claim `claim_id`; returns it. Raises ClaimNotFound or ReviewError.

    A rejection needs a reason; a correction needs at least one corrected field.
    """
    if action not in ACTIONS:
        raise ReviewError(f"action: {action!r} is not one of {', '.join(ACTIONS)}")
    reason = " ".join((reason or "").split())[:1000]
    corrections = clean_corrections(corrections or {}) if action == "correct" else {}
    if action == "reject" and not reason:
        raise ReviewError("reason: a rejection needs a reason")
    if action == "correct" and not corrections:
        raise ReviewError("corrections: give at least one corrected value")
    with write_lock(db):
        key = claim_keys(db, [claim_id]).get(claim_id)
        if key is None:
            raise ClaimNotFound(f"claim {claim_id}: no such claim (re-extracted since the page was loaded?)")
        row = store_claims.get_claim(db, claim_id)
        original = {k: row.get(k) for k in ("count", "qualifier", "period_start", "period_end", "kind", "event",
                                            "country", "location", "names", "offences", "evidence")}
        review_id = store_reviews.append_review(db, key, action=action, reason=reason, corrections=corrections,
                                                original=original, reviewer=reviewer, created_at=utcnow())
    return store_reviews.get_review(db, review_id)
