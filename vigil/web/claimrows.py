"""Claims as the web view lists them: one dict per claim with its document, source and review.

Filters come from the query string (source, country, offence, event, dates, review status) and
are shared by the lists, the review queue and the CSV/JSON export, so what is exported is
exactly what was on screen.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date

import sqlite_utils

from flask import g, has_app_context

from alerts.records import json_dicts, json_list
from vigil.reviews import Review, reviews_by_claim
from vigil.store import claims, sources

STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")

@dataclass(frozen=True)
class Filters:
    source: str = ""
    country: str = ""
    offence: str = ""
    event: str = ""
    since: str = ""
    until: str = ""
    status: str = ""

    @classmethod
    def from_args(cls, args, **fixed) -> "Filters":
        values = {f.name: (args.get(f.name) or "").strip()[:40] for f in fields(cls)}
        for name in ("since", "until"):
            try:
                values[name] = date.fromisoformat(values[name]).isoformat() if values[name] else ""
            except ValueError:
                values[name] = ""
        values["country"] = values["country"].upper()
        if values["status"] not in STATUSES:
            values["status"] = ""
        values.update(fixed)
        return cls(**values)

    def args(self) -> dict:
        """The non-empty filters, for links (export, next page) that keep them."""
        return {k: v for k, v in asdict(self).items() if v}

    def for_store(self) -> dict:
        """The filters the store applies (the review status is matched after it)."""
        return {k: v for k, v in asdict(self).items() if k != "status"}


def decode_row(row: dict) -> dict:
    for name in ("offences", "names", "rules"):
        value = row.get(name)
        row[name] = json.loads(value) if isinstance(value, str) and value.startswith("[") else []
    row["support"] = json_dicts(row.get("support"))
    # the organisations whose facts the report relays (citing itself is no relay)
    row["relayed"] = [org for org in json_list(row.get("cites")) if org != row.get("source_id")]
    return row


def status_of(review: Review | None) -> str:
    if review is None:
        return "unreviewed"
    return {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}[review.action]


def request_reviews(db: sqlite_utils.Database) -> dict[int, Review]:
    """reviews_by_claim, read once per request (a page may list claims several times)."""
    if not has_app_context():
        return reviews_by_claim(db)
    if "reviews_by_claim" not in g:
        g.reviews_by_claim = reviews_by_claim(db)
    return g.reviews_by_claim


def claim_rows(db: sqlite_utils.Database, filters: Filters = Filters(), ids: list[int] | None = None,
               limit: int | None = None, decode: bool = True) -> list[dict]:
    """Claims matching `filters` (or exactly `ids`), newest first, each with `review` and `status`.

    `decode=False` leaves the JSON lists (offences, names, rules) as text, for callers that sort
    many rows and show a few (`decode_row` them then)."""
    if ids is not None and not ids:
        return []
    # the review status is known only once reviews are matched
    found = claims.listed(db, ids, limit if not filters.status else None, **filters.for_store())
    reviews = request_reviews(db)
    rows = []
    for row in found:
        review = reviews.get(row["id"])
        if filters.status and status_of(review) != filters.status:
            continue
        row = decode_row(row) if decode else row
        row["review"], row["status"] = review, status_of(review)
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


def count_claims(db: sqlite_utils.Database, filters: Filters = Filters()) -> int:
    """How many claims match `filters` (for 'showing the first N of M')."""
    if filters.status:
        return len(claim_rows(db, filters))
    return claims.count_listed(db, **filters.for_store())


def claim_row(db: sqlite_utils.Database, claim_id: int) -> dict | None:
    rows = claim_rows(db, ids=[claim_id])
    return rows[0] if rows else None


def choices(db: sqlite_utils.Database) -> dict:
    """What the filter menus offer: the sources, countries and offences present in the store."""
    return {
        "sources": sources.source_names(db),
        "countries": claims.countries_present(db),
        "offences": claims.offences_present(db),
    }
