"""Claims as stored: `ClaimRow` is the one definition of a claim's row; every read and write of
the `claims` table is here. Callers: vigil.extraction (replace a document's claims),
vigil.alerting (claims with their documents, for totals), vigil.reviews (review keys), the
web view (filtered lists).
"""

from __future__ import annotations

import json
from typing import Iterable, NotRequired, TypedDict

from vigil.store import utcnow


class ClaimRow(TypedDict):
    """A `claims` row: the SCHEMA.md fields (lists as JSON text) and where the claim was read."""

    id: NotRequired[int]  # given by SQLite on insert
    document_id: int
    event: str  # executed | sentenced | imminent
    country: str | None
    count: int | None
    qualifier: str | None
    period_start: str | None  # ISO day
    period_end: str | None
    kind: str  # event | aggregate
    offences: str  # JSON list
    location: str | None
    names: str  # JSON list
    evidence: str
    field: str  # "text" or "title"
    start_char: int  # evidence span in that field, in characters
    end_char: int
    rules: str  # JSON list of the extractor rule ids that made it
    support: str  # JSON list of the other sentences it rests on (extract.claims.Support dicts)
    cites: str  # JSON list of the organisations its sentences attribute the facts to (extract.attribution)
    extractor_version: str
    created_at: str


CLAIM_COLUMNS = tuple(c for c in ClaimRow.__annotations__ if c != "id")
JSON_COLUMNS = ("offences", "names", "rules", "support", "cites")


def claim_row(claim, document_id: int, version: str) -> ClaimRow:
    """An extracted claim (extract's Claim) as stored, with its provenance."""
    d = claim.to_dict()
    return ClaimRow(
        document_id=document_id,
        event=d["event"],
        country=d["country"],
        count=d["count"],
        qualifier=d["qualifier"],
        period_start=d["period_start"],
        period_end=d["period_end"],
        kind=d["kind"],
        offences=json.dumps(d["offences"]),
        location=d["location"],
        names=json.dumps(d["names"], ensure_ascii=False),
        evidence=d["evidence"],
        field=d["field"],
        start_char=d["start_char"],
        end_char=d["end_char"],
        rules=json.dumps(d["rules"]),
        support=json.dumps(d.get("support") or [], ensure_ascii=False),
        cites=json.dumps(claim_cites(d)),
        extractor_version=version,
        created_at=utcnow(),
    )


def claim_cites(d: dict) -> list[str]:
    """The organisations a claim (its to_dict form, or a stored row with `support` as JSON) relays:
    those its evidence sentence or the sentences supporting it attribute the facts to."""
    from extract.attribution import cited_in

    support = d.get("support") or []
    if isinstance(support, str):
        support = json.loads(support)
    return list(cited_in([d.get("evidence"), *(s.get("evidence") for s in support if isinstance(s, dict))]))


def claims_of(db, document_id: int) -> list[ClaimRow]:
    """A document's claims, by id."""
    return [ClaimRow(**r) for r in db.query("select * from claims where document_id = ? order by id", [document_id])]


def claim_ids_of(db, document_id: int) -> list[int]:
    return [r[0] for r in db.execute("select id from claims where document_id = ?", [document_id]).fetchall()]


def get_claim(db, claim_id: int) -> ClaimRow | None:
    rows = list(db.query("select * from claims where id = ?", [claim_id]))
    return ClaimRow(**rows[0]) if rows else None


def update_claim(db, claim_id: int, values: dict) -> None:
    """Set the given columns of one claim (inside the caller's transaction)."""
    columns = list(values)
    db.execute(f"update claims set {', '.join(f'[{k}] = ?' for k in columns)} where id = ?",
               [values[k] for k in columns] + [claim_id])


def delete_claims(db, claim_ids: list[int]) -> None:
    db.execute(f"delete from claims where id in ({', '.join('?' for _ in claim_ids)})", claim_ids)


def insert_claim(db, row: ClaimRow) -> int:
    """Store a new claim (inside the caller's transaction); its id."""
    return db["claims"].insert(row).last_pk


def count_all(db) -> int:
    return db["claims"].count


def figures_stamp(db) -> tuple:
    """A value that changes whenever claims, reviews or extraction change (cache key of figures)."""
    return tuple(db.execute(
        "select (select count(*) from claims), (select max(id) from claims), (select max(id) from reviews), "
        "(select max(extracted_at) from documents)"
    ).fetchone())


def with_sources(db) -> list[dict]:
    """Every claim (by id) with what totals need (alerts.records.ClaimRecord.from_row): the
    claim's columns but end_char, extractor_version and created_at, and its document's
    source_id, url, title, published and fetched_at, and its source's org and independent_of."""
    cursor = db.execute(
        "select c.id, c.document_id, c.event, c.country, c.count, c.qualifier, c.period_start, c.period_end, "
        "c.kind, c.offences, c.location, c.names, c.evidence, c.field, c.start_char, c.rules, c.support, c.cites, "
        "d.source_id, d.url, d.title, d.published, d.fetched_at, s.org, s.independent_of "
        "from claims c left join documents d on d.id = c.document_id left join sources s on s.id = d.source_id "
        "order by c.id"
    )
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


# --- review keys (vigil.reviews): where each claim was read --------------------------------

# The ordinal is computed in SQL so every reader numbers a span's claims the same way.
_KEYS_SQL = """
select id, document_id, coalesce(field, 'text'), coalesce(start_char, -1), coalesce(end_char, -1),
       event, upper(coalesce(country, '')),
       row_number() over (
           partition by document_id, coalesce(field, 'text'), start_char, end_char, event, upper(coalesce(country, ''))
           order by id) - 1
from claims
"""


def key_rows(db, claim_ids: Iterable[int] | None = None, document_ids: Iterable[int] | None = None) -> list[tuple]:
    """(claim id, document_id, field, start_char, end_char, event, country, ordinal) of every claim,
    or of all claims of the documents holding `claim_ids`, or of the documents `document_ids`."""
    if claim_ids is None and document_ids is None:
        return db.execute(_KEYS_SQL).fetchall()
    if claim_ids is not None:
        params = list(set(claim_ids))
        sql = _KEYS_SQL + f" where document_id in (select document_id from claims where id in ({', '.join('?' for _ in params)}))"
    else:
        params = list(set(document_ids))
        sql = _KEYS_SQL + f" where document_id in ({', '.join('?' for _ in params)})"
    if not params:
        return []
    return db.execute(sql, params).fetchall()


# --- the web view's lists -------------------------------------------------------------------

# The day a claim is placed on (as alerts/records.py: period end, else start, else publication).
_DAY = "coalesce(c.period_end, c.period_start, substr(d.published, 1, 10))"
_LISTED = f"""
select c.*, {_DAY} as day, d.source_id, d.url, d.title, d.published, d.fetched_at,
       coalesce(s.name, d.source_id) as source_name
from claims c join documents d on d.id = c.document_id left join sources s on s.id = d.source_id
"""


def _where(ids, source: str, country: str, offence: str, event: str, since: str, until: str) -> tuple[str, list]:
    where, params = [], []
    if ids is not None:
        where.append(f"c.id in ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    for column, value in (("d.source_id", source), ("upper(c.country)", country), ("c.event", event)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if offence:
        where.append("exists (select 1 from json_each(c.offences) where value = ?)")
        params.append(offence)
    if since:
        where.append(f"{_DAY} >= ?")
        params.append(since)
    if until:
        where.append(f"{_DAY} <= ?")
        params.append(until)
    return (" where " + " and ".join(where) if where else ""), params


def listed(db, ids: list[int] | None = None, limit: int | None = None, *, source: str = "", country: str = "",
           offence: str = "", event: str = "", since: str = "", until: str = ""):
    """Claims matching the filters (or exactly `ids`), newest day first: each a dict of the
    claim's columns plus day, source_id, url, title, published, fetched_at, source_name.
    `country` compares upper-case; `since`/`until` are ISO days; empty filters are ignored.
    A generator: the caller may stop reading early."""
    where, params = _where(ids, source, country, offence, event, since, until)
    sql = _LISTED + where + " order by day desc, c.id"
    if limit:
        sql += f" limit {int(limit)}"
    for row in db.query(sql, params):
        yield dict(row)


def count_listed(db, *, source: str = "", country: str = "", offence: str = "", event: str = "", since: str = "",
                 until: str = "") -> int:
    where, params = _where(None, source, country, offence, event, since, until)
    return db.execute(f"select count(*) from claims c join documents d on d.id = c.document_id{where}",
                      params).fetchone()[0]


def countries_present(db) -> list[str]:
    return [r[0] for r in db.execute(
        "select distinct upper(country) from claims where country is not null and country != '' order by 1")]


def offences_present(db) -> list[str]:
    return [r[0] for r in db.execute("select distinct j.value from claims c, json_each(c.offences) j order by 1")]
