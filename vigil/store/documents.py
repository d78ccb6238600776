"""Documents (one per canonical URL), their other addresses (`document_aliases`) and the line
hashes of each source's pages (`page_blocks`, from which vigil.templates learns a template).
Callers: vigil.ingest, vigil.documents, vigil.moved, vigil.templates, vigil.crawl,
vigil.extraction, vigil.alerting, the web view. Writes run inside the caller's transaction.
"""

from __future__ import annotations

from typing import Iterable, TypedDict

from vigil.store import utcnow
from vigil.search import search_key


class DocumentRow(TypedDict, total=False):
    """A `documents` row (times ISO UTC; `published` an ISO date or datetime on the source's clock)."""

    id: int
    url: str  # canonical, unique
    source_id: str
    guid: str | None
    title: str | None
    published: str | None
    lang: str | None
    text: str | None
    content_hash: str | None  # sha256 of text
    fetched_at: str | None
    fetch_id: int | None
    warc_file: str | None
    warc_offset: int | None
    warc_length: int | None
    page_url: str | None  # the address it was read from, canonical
    text_method: str | None
    date_from: str | None  # feed | page-metadata | text | modified
    template_digest: str | None
    simhash: str | None  # vigil.copies.fingerprint
    extractor_version: str | None  # the version that last extracted it; None: not yet
    extracted_at: str | None


# The columns a new document is stored with (the rest are set by extraction).
NEW_DOCUMENT_COLUMNS = ("url", "source_id", "guid", "title", "published", "lang", "text", "content_hash",
                        "fetched_at", "fetch_id", "warc_file", "warc_offset", "warc_length", "page_url",
                        "text_method", "date_from", "template_digest", "simhash")


def insert_document(db, row: DocumentRow) -> bool:
    """Insert a document keyed by canonical URL; False when that URL is already stored."""
    cursor = db.execute(
        f"insert into documents ({', '.join(NEW_DOCUMENT_COLUMNS)}) "
        f"values ({', '.join('?' * len(NEW_DOCUMENT_COLUMNS))}) on conflict(url) do nothing",
        [row.get(c) for c in NEW_DOCUMENT_COLUMNS],
    )
    if cursor.rowcount == 1:
        index_document(db, cursor.lastrowid, row.get("title"), row.get("text"))
    return cursor.rowcount == 1


def index_document(db, document_id: int, title: str | None, text: str | None) -> None:
    """(Re)place the document's row in the full-text index, in the search key (vigil.search)."""
    db.execute("delete from documents_search where rowid = ?", [document_id])
    db.execute("insert into documents_search (rowid, title, text) values (?, ?, ?)",
               [document_id, search_key(title), search_key(text)])


def get_document(db, document_id: int) -> DocumentRow | None:
    rows = list(db.query("select * from documents where id = ?", [document_id]))
    return DocumentRow(**rows[0]) if rows else None


def update_document(db, document_id: int, changes: dict) -> None:
    """Set the given columns of one document (no commit of its own)."""
    db["documents"].update(document_id, changes)
    if "title" in changes or "text" in changes:
        row = db.execute("select title, text from documents where id = ?", [document_id]).fetchone()
        index_document(db, document_id, row[0], row[1])


def set_page_url(db, document_id: int, page_url: str) -> None:
    """Record where a document was read from, unless already known."""
    db.execute("update documents set page_url = ? where id = ? and page_url is null", [page_url, document_id])


def count_documents(db) -> int:
    return db["documents"].count


def newest_published(db) -> str | None:
    return db.execute("select max(published) from documents").fetchone()[0]


def published_from(db, day: str) -> list[str]:
    """The publication timestamps (ISO, as stored) of the documents published on `day` (YYYY-MM-DD,
    as stored) or later; the caller reads them in its own time zone."""
    return [r[0] for r in db.execute("select published from documents where published >= ?", [day])]


def date_fetches_by_publication(db) -> None:
    """Set every dated document's `fetched_at` to its publication (the demo's backdated archive)."""
    db.execute("update documents set fetched_at = published where published is not null")


def search(db, query: str, limit: int) -> list[dict]:
    """Documents whose title or text match a full-text `query` (SQLite FTS5 syntax over the
    search key, vigil.search), best first: id, url, title, text, published, source_name and
    `claims` (how many)."""
    return [dict(r) for r in db.query(
        """select d.id, d.url, d.title, d.text, d.published, coalesce(s.name, d.source_id) as source_name,
                  (select count(*) from claims c where c.document_id = d.id) as claims
           from documents_search join documents d on d.id = documents_search.rowid
           left join sources s on s.id = d.source_id
           where documents_search match ? order by rank limit ?""",
        [query, limit],
    )]


# --- for extraction -----------------------------------------------------------------------


def unextracted(db, limit: int | None = None) -> list[dict]:
    """Documents no extractor version has processed, by id: id, title, text, published, url, lang
    and `source_timezone` (the source's own `timezone:`, or None)."""
    sql = ("select d.id, d.title, d.text, d.published, d.url, d.lang, s.timezone as source_timezone "
           "from documents d left join sources s on s.id = d.source_id where d.extractor_version is null order by d.id")
    return [dict(r) for r in db.query(sql + (f" limit {int(limit)}" if limit else ""))]


def archived_documents(db, since: str | None = None, source_ids: Iterable[str] = ()) -> list[dict]:
    """Every document with an archived page (published on or after the ISO day `since`, of the
    given sources), by id: the whole row plus `source_timezone`."""
    where, params = ["warc_file is not null"], []
    if since:
        where.append("published >= ?")
        params.append(since)
    source_ids = list(source_ids)
    if source_ids:
        where.append(f"source_id in ({', '.join('?' for _ in source_ids)})")
        params.extend(source_ids)
    sql = (f"select documents.*, sources.timezone as source_timezone from documents left join sources "
           f"on sources.id = documents.source_id where {' and '.join(where)} order by documents.id")
    return [dict(r) for r in db.query(sql, params)]


def fingerprints_of_extracted(db) -> list[tuple[int, str, str | None, str | None, str | None]]:
    """(id, source_id, published, simhash, text) of each document with claims; text only where
    no fingerprint is stored (vigil.copies computes it then)."""
    return db.execute(
        "select d.id, d.source_id, d.published, d.simhash, case when d.simhash is null then d.text end "
        "from documents d where exists (select 1 from claims c where c.document_id = d.id)"
    ).fetchall()


# --- addresses: moved reports (vigil.moved) and known URLs (vigil.crawl) ------------------


def document_for_url(db, url: str) -> int | None:
    """The id of the document stored at `url` or known under it as an alias."""
    row = db.execute("select id from documents where url = ? union all "
                     "select document_id from document_aliases where url = ? limit 1", [url, url]).fetchone()
    return row[0] if row else None


def stored_at(db, url: str) -> tuple[int, str | None] | None:
    """(id, page_url) of the document whose canonical URL is `url`, or None."""
    row = db.execute("select id, page_url from documents where url = ?", [url]).fetchone()
    return (row[0], row[1]) if row else None


def with_content_hash(db, source_id: str, content_hash: str) -> int | None:
    """A document of the source with exactly this text (its sha256), or None."""
    row = db.execute("select id from documents where source_id = ? and content_hash = ? limit 1",
                     [source_id, content_hash]).fetchone()
    return row[0] if row else None


def fingerprinted_on(db, source_id: str, day: str) -> list[tuple[int, str | None, str]]:
    """(id, title, simhash) of the source's fingerprinted documents published on ISO `day` ('' : undated)."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "select id, title, simhash from documents where source_id = ? and simhash is not null "
        "and coalesce(substr(published, 1, 10), '') = ?", [source_id, day])]


def add_alias(db, url: str, document_id: int, source_id: str, reason: str) -> None:
    """Keep `url` as another address of a document (never the document's own URL)."""
    db.execute("insert or ignore into document_aliases (url, document_id, source_id, reason, added_at) "
               "select ?, ?, ?, ?, ? where not exists (select 1 from documents where url = ?)",
               [url, document_id, source_id, reason, utcnow(), url])


def known_urls(db, source_id: str) -> list[str]:
    """Every canonical URL and alias the source's documents are stored under."""
    return [r[0] for r in db.execute("select url from documents where source_id = ? union "
                                     "select url from document_aliases where source_id = ?", [source_id, source_id])]


# --- page_blocks: the line hashes of each page (vigil.templates) --------------------------


def replace_page_blocks(db, source_id: str, page_url: str, hashes: Iterable[str]) -> None:
    """Replace the line hashes kept for one page of a source (inside a write transaction)."""
    db.execute("delete from page_blocks where source_id = ? and page_url = ?", [source_id, page_url])
    db.conn.executemany("insert or ignore into page_blocks (source_id, page_url, block_hash) values (?, ?, ?)",
                        [(source_id, page_url, h) for h in sorted(set(hashes))])


def common_blocks(db, source_id: str, min_pages: int) -> frozenset[str]:
    """The hashes of the lines found on at least `min_pages` pages of the source."""
    rows = db.execute(
        "select block_hash from page_blocks where source_id = ? group by block_hash having count(*) >= ?",
        [source_id, min_pages],
    )
    return frozenset(r[0] for r in rows)


def page_blocks(db, source_id: str, page_url: str) -> set[str]:
    return {r[0] for r in db.execute("select block_hash from page_blocks where source_id = ? and page_url = ?",
                                     [source_id, page_url])}


def templated_documents(db, source_id: str) -> list[dict]:
    """id, page_url and template_digest of the source's documents whose page is known."""
    return [dict(r) for r in db.query(
        "select id, page_url, template_digest from documents where source_id = ? and page_url is not null",
        [source_id])]


def unlearnt_pages(db, source_id: str) -> list[tuple[int, str, str, int]]:
    """(id, url, warc_file, warc_offset) of the source's archived documents whose page has
    taught the template nothing yet (no `page_url`, or none of its hashes kept)."""
    return [(r["id"], r["url"], r["warc_file"], r["warc_offset"]) for r in db.query(
        "select id, url, warc_file, warc_offset from documents where source_id = ? and warc_file is not null and "
        "(page_url is null or page_url not in (select page_url from page_blocks where source_id = ?))",
        [source_id, source_id])]
