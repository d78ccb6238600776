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

from vigil.reviews import Review, reviews_by_claim

STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")

# The day a claim is placed on (as alerts/records.py: period end, else start, else publication).
_DAY = "coalesce(c.period_end, c.period_start, substr(d.published, 1, 10))"
_SQL = f"""
select c.*, {_DAY} as day, d.source_id, d.url, d.title, d.published, d.fetched_at,
       coalesce(s.name, d.source_id) as source_name
from claims c join documents d on d.id = c.document_id left join sources s on s.id = d.source_id
"""


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


def decode_row(row: dict) -> dict:
    for name in ("offences", "names", "rules"):
        value = row.get(name)
        row[name] = json.loads(value) if isinstance(value, str) and value.startswith("[") else []
    return row


def status_of(review: Review | None) -> str:
    if review is None:
        return "unreviewed"
    return {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}[review.action]


def _where(filters: Filters, ids: list[int] | None) -> tuple[str, list]:
    where, params = [], []
    if ids is not None:
        where.append(f"c.id in ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    for column, value in (("d.source_id", filters.source), ("upper(c.country)", filters.country),
                          ("c.event", filters.event)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if filters.offence:
        where.append("exists (select 1 from json_each(c.offences) where value = ?)")
        params.append(filters.offence)
    if filters.since:
        where.append(f"{_DAY} >= ?")
        params.append(filters.since)
    if filters.until:
        where.append(f"{_DAY} <= ?")
        params.append(filters.until)
    return (" where " + " and ".join(where) if where else ""), params


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
    where, params = _where(filters, ids)
    sql = _SQL + where + " order by day desc, c.id"
    if limit and not filters.status:  # the review status is known only once reviews are matched
        sql += f" limit {int(limit)}"
    reviews = request_reviews(db)
    rows = []
    for row in db.query(sql, params):
        review = reviews.get(row["id"])
        if filters.status and status_of(review) != filters.status:
            continue
        row = decode_row(dict(row)) if decode else dict(row)
        row["review"], row["status"] = review, status_of(review)
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


def count_claims(db: sqlite_utils.Database, filters: Filters = Filters()) -> int:
    """How many claims match `filters` (for 'showing the first N of M')."""
    if filters.status:
        return len(claim_rows(db, filters))
    where, params = _where(filters, None)
    return db.execute(f"select count(*) from claims c join documents d on d.id = c.document_id{where}",
                      params).fetchone()[0]


def claim_row(db: sqlite_utils.Database, claim_id: int) -> dict | None:
    rows = claim_rows(db, ids=[claim_id])
    return rows[0] if rows else None


def choices(db: sqlite_utils.Database) -> dict:
    """What the filter menus offer: the sources, countries and offences present in the store."""
    return {
        "sources": [tuple(r) for r in db.execute("select id, coalesce(name, id) from sources order by id").fetchall()],
        "countries": [r[0] for r in db.execute(
            "select distinct upper(country) from claims where country is not null and country != '' order by 1")],
        "offences": [r[0] for r in db.execute(
            "select distinct j.value from claims c, json_each(c.offences) j order by 1")],
    }
