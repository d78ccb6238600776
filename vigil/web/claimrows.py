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


def _decode(row: dict) -> dict:
    for name in ("offences", "names", "rules"):
        value = row.get(name)
        row[name] = json.loads(value) if isinstance(value, str) and value.startswith("[") else []
    return row


def status_of(review: Review | None) -> str:
    if review is None:
        return "unreviewed"
    return {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}[review.action]


def claim_rows(db: sqlite_utils.Database, filters: Filters = Filters(), ids: list[int] | None = None,
               limit: int | None = None) -> list[dict]:
    """Claims matching `filters` (or exactly `ids`), newest first, each with `review` and `status`."""
    where, params = [], []
    if ids is not None:
        if not ids:
            return []
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
    sql = _SQL + (" where " + " and ".join(where) if where else "") + " order by day desc, c.id"
    reviews = reviews_by_claim(db)
    rows = []
    for row in db.query(sql, params):
        row = _decode(dict(row))
        row["review"] = reviews.get(row["id"])
        row["status"] = status_of(row["review"])
        if filters.status and row["status"] != filters.status:
            continue
        rows.append(row)
        if limit and len(rows) >= limit:
            break
    return rows


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
