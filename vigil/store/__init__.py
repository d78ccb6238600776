"""The SQLite store: one database file shared by the service and by commands run by hand.

WAL mode lets readers work while a writer commits, and the busy timeout makes a second
writer wait for the lock instead of failing with "database is locked". The schema is
built by forward migrations (sqlite-utils `Migrations`), applied whenever the store is
opened, so an upgraded Vigil brings an old database up to date by itself.

Every SQL statement of Vigil is in this package (tests/test_store_owner.py checks it), one
module per table group, each with the types of its rows:

- `sources`: sources, fetches, feed_entries (FetchRow, LastFeedAnswer, FailingSource);
- `documents`: documents, document_aliases, page_blocks, full-text search (DocumentRow);
- `claims`: claims (ClaimRow, the one definition of a claim's row);
- `reviews`: reviews (ReviewKey, Review); `users`: users (UserRow);
- `alerts`: alerts (AlertRow); `outbox`: outbox (OutboxRow);
- `jobs`: job_runs (LastRun).

This module opens the database, holds the migrations and the write lock.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from extract.notions import timestamp
from vigil.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
DATABASE_NAME = "vigil.db"
ARCHIVE_DIR = "archive"  # WARC files, beside the database in the data directory

migrations = Migrations("vigil")


def utcnow() -> str:
    """Now in the stored timestamp form (extract.notions.timestamp), which compares as text."""
    return timestamp()


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["sources"].create(
        {
            "id": str,
            "name": str,
            "org": str,
            "type": str,
            "url": str,
            "enabled": int,
            "last_fetch_at": str,
            "last_success_at": str,
            "consecutive_failures": int,
            "last_error": str,
        },
        pk="id",
        defaults={"consecutive_failures": 0, "enabled": 1},
    )
    db["fetches"].create(
        {
            "id": int,
            "source_id": str,
            "url": str,
            "kind": str,  # feed | listing | article | robots
            "fetched_at": str,
            "status": int,
            "etag": str,
            "last_modified": str,
            "content_type": str,
            "bytes": int,
            "duration_ms": int,
            "error": str,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["fetches"].create_index(["source_id", "url", "fetched_at"])
    db["documents"].create(
        {
            "id": int,
            "url": str,  # canonical URL, unique
            "source_id": str,
            "guid": str,
            "title": str,
            "published": str,
            "lang": str,
            "text": str,
            "content_hash": str,
            "fetched_at": str,
            "fetch_id": int,
            "warc_file": str,
            "warc_offset": int,
            "warc_length": int,
            "extractor_version": str,  # version that last processed it; NULL: not yet
            "extracted_at": str,
        },
        pk="id",
        not_null={"url"},
        foreign_keys=[("source_id", "sources", "id"), ("fetch_id", "fetches", "id")],
    )
    db["documents"].create_index(["url"], unique=True)
    db["documents"].create_index(["extractor_version"])
    db["documents"].create_index(["published"])
    db["documents"].enable_fts(["title", "text"], create_triggers=True)
    db["feed_entries"].create(
        {"source_id": str, "guid": str, "url": str, "first_seen_at": str},
        pk=("source_id", "guid"),
    )
    db["claims"].create(
        {
            "id": int,
            "document_id": int,
            "event": str,
            "country": str,
            "count": int,
            "qualifier": str,
            "period_start": str,
            "period_end": str,
            "kind": str,
            "offences": str,  # JSON list
            "location": str,
            "names": str,  # JSON list
            "evidence": str,
            "field": str,  # "text" or "title"
            "start_char": int,
            "end_char": int,
            "extractor_version": str,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["claims"].create_index(["document_id"])
    db["claims"].create_index(["period_start", "period_end"])
    db["alerts"].create(
        {
            "id": int,
            "rule_id": str,
            "key": str,  # what the alert is about, e.g. "2025-W38" or "2025-W38:IR"
            "value": int,
            "level": int,  # highest threshold step notified
            "state": str,  # firing | resolved
            "detail": str,  # JSON
            "first_fired_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["alerts"].create_index(["rule_id", "key"], unique=True)
    db["outbox"].create(
        {
            "id": int,
            "dedup_key": str,  # one notification per key and channel, ever
            "alert_id": int,
            "channel": str,
            "kind": str,  # alert | resolved | digest | test
            "subject": str,
            "payload": str,  # JSON, as the channel's payload() built it
            "status": str,  # pending | sending | sent | failed
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"attempts": 0, "status": "pending"},
    )
    db["outbox"].create_index(["dedup_key", "channel"], unique=True)
    db["outbox"].create_index(["status", "next_attempt_at"])
    db["job_runs"].create(
        {
            "id": int,
            "job_id": str,
            "started_at": str,
            "finished_at": str,
            "duration_ms": int,
            "outcome": str,  # running | ok | error | abandoned
            "error": str,
            "summary": str,
        },
        pk="id",
    )
    db["job_runs"].create_index(["job_id", "started_at"])


@migrations()
def m002_collection_robustness(db: sqlite_utils.Database) -> None:
    """fetches.`warning`: what was odd about an exchange that still went through (a plain body
    labelled gzip); fetches.`server_date`: the response's Date header, which a Last-Modified
    must not be after; sources.`timezone`: the source's IANA zone (sources.yaml), whose
    calendar day is a report's reference day."""
    db["fetches"].add_column("warning", str)
    db["fetches"].add_column("server_date", str)
    db["sources"].add_column("timezone", str)
@migrations()
def m003_claim_rules(db: sqlite_utils.Database) -> None:
    # the ids of the extractor rules that made each claim (JSON list), so "why this claim?" is one look
    db["claims"].add_column("rules", str)


def open_store(data_dir: Path | str, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database in `data_dir`, with WAL and a busy timeout."""
    data_dir = Path(data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            data_dir / DATABASE_NAME,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=False,
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = sqlite_utils.Database(conn)
        if migrate:
            apply_migrations(db)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{data_dir / DATABASE_NAME}: cannot open the database: {exc}") from exc
    return db


def open_store_readonly(data_dir: Path | str) -> sqlite_utils.Database:
    """Open the database for reading only: no directory or file is created, no migration runs,
    nothing is written, so read commands work on a read-only filesystem or a copy.

    SQLite cannot open a WAL database read-only where it may not create the `-shm` file;
    when no `-wal` file exists the main file holds every committed change, so it is then
    opened as immutable instead (https://www.sqlite.org/wal.html#readonly).
    Raises StoreError when there is no database, it cannot be read, or it needs migrating.
    """
    path = _existing_database(data_dir)
    try:
        db = sqlite_utils.Database(_read_only_connection(path))
        pending = migrations.pending(db)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot read the database: {exc}") from exc
    if pending:
        db.close()
        raise StoreError(f"{path}: the database predates this version of Vigil ({len(pending)} migration(s) "
                         "pending); run `vigil run` or a command that writes (`vigil collect`) once to migrate it")
    return db


def open_scratch_copy(data_dir: Path | str, scratch_dir: Path | str) -> sqlite_utils.Database:
    """A private copy of the database in `scratch_dir` (migrated), for a dry run that does all
    the work of a command and throws it away: the real database is only read (SQLite's online
    backup from a read-only connection), so nothing in `data_dir` changes and other processes'
    writers are never held up. Raises StoreError when the database cannot be read."""
    path = _existing_database(data_dir)
    try:
        source = _read_only_connection(path)
        target = sqlite3.connect(Path(scratch_dir) / DATABASE_NAME, check_same_thread=False)
        source.backup(target)
        source.close()
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot read the database: {exc}") from exc
    db = sqlite_utils.Database(target)
    apply_migrations(db)
    return db


def _existing_database(data_dir: Path | str) -> Path:
    """The database file of `data_dir`; StoreError when there is none (a read never creates one)."""
    path = Path(data_dir) / DATABASE_NAME
    if not path.is_file():
        raise StoreError(f"{path}: no database here (wrong --data? `vigil collect` creates it)")
    return path


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A read-only connection; immutable when SQLite may not create the `-shm` file and no `-wal`
    file holds changes the main file lacks (see open_store_readonly). Raises sqlite3.Error."""
    try:
        return _connect_readonly(path, "mode=ro")
    except sqlite3.OperationalError:
        if Path(f"{path}-wal").exists():
            raise
        return _connect_readonly(path, "immutable=1")


def _connect_readonly(path: Path, mode: str) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                           check_same_thread=False)
    conn.execute("select count(*) from sqlite_master").fetchone()  # fail here, not at the first query
    return conn


def apply_migrations(db: sqlite_utils.Database) -> None:
    """Bring the schema up to date; concurrent openers serialise on a write lock.

    `BEGIN IMMEDIATE` takes the write lock before reading which migrations are
    pending, so two processes starting together cannot both apply the same one.
    """
    if not migrations.pending(db):
        return
    with write_lock(db):
        migrations.apply(db)


class _write_lock:
    """Hold SQLite's write lock for a block: other writers wait (busy timeout), readers go on."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def __enter__(self):
        self.db.conn.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def write_lock(db: sqlite_utils.Database) -> _write_lock:
    """A transaction that takes the write lock at once, for read-modify-write sequences."""
    return _write_lock(db)


def schema_version(db: sqlite_utils.Database) -> str | None:
    applied = migrations.applied(db)
    return applied[-1].name if applied else None


@migrations()
def m004_report_copies(db: sqlite_utils.Database) -> None:
    """Issue 11: a document's text fingerprint (near-duplicate copies are one report, vigil/copies.py)
    and a source's `independent_of` list from sources.yaml (JSON; NULL: independent of all)."""
    db["documents"].add_column("simhash", str)
    db["sources"].add_column("independent_of", str)


@migrations()
def m005_template_blocks(db: sqlite_utils.Database) -> None:
    """Per-source template learning, how each document's text and date were found, moved reports.

    - `page_blocks`: the line hashes of each page of a source (crawler.blocks), the listing
      pages too; a hash on many pages of one source is its template (vigil.templates).
    - documents: `page_url` (the fetched address, canonical), `text_method` and `date_from`
      (which way the text and the date were found), `template_digest` (what template was cut
      from it).
    - `document_aliases`: other addresses of a stored document (a moved report).
    - sources: a feed's permanent redirect, followed once it has held for a few polls.
    """
    db["page_blocks"].create({"source_id": str, "page_url": str, "block_hash": str},
                             pk=("source_id", "page_url", "block_hash"))
    db["page_blocks"].create_index(["source_id", "block_hash"])
    # `simhash` (vigil.copies.fingerprint) came with m004_report_copies, which serves both uses
    for column in ("page_url", "text_method", "date_from", "template_digest"):
        db["documents"].add_column(column, str)
    db["documents"].create_index(["source_id", "page_url"])
    db["document_aliases"].create({"url": str, "document_id": int, "source_id": str, "reason": str, "added_at": str},
                                  pk="url", foreign_keys=[("document_id", "documents", "id")])
    db["document_aliases"].create_index(["document_id"])
    db["sources"].add_column("feed_url", str)  # the address polled instead of sources.url after a move
    db["sources"].add_column("redirect_target", str)  # where the configured feed URL redirects permanently
    db["sources"].add_column("redirect_polls", int)  # consecutive polls that redirect there


@migrations()
def m006_reviews_and_users(db: sqlite_utils.Database) -> None:
    """Issue 15: staff accounts for `vigil serve`, and the append-only audit table of reviews.

    A review is keyed on where its claim was read (document, field, evidence span, event,
    country, and the claim's place among claims of that span), never on a claim row id, so it
    still applies after `vigil extract --rerun` has replaced the rows. Triggers refuse UPDATE
    and DELETE: a decision is changed by appending a newer review, and the history stays.
    """
    db["users"].create(
        {
            "id": int,
            "name": str,
            "role": str,  # viewer | reviewer | admin
            "password_hash": str,  # argon2id, PHC string
            "created_at": str,
            "disabled_at": str,
        },
        pk="id",
        not_null={"name", "role", "password_hash"},
    )
    db["users"].create_index(["name"], unique=True)
    db["reviews"].create(
        {
            "id": int,
            "document_id": int,
            "field": str,
            "start_char": int,
            "end_char": int,
            "event": str,  # as extracted, not as corrected
            "country": str,
            "ordinal": int,  # 0 for the first claim of this span, event and country, 1 for the next
            "action": str,  # confirm | reject | correct
            "reason": str,
            "corrections": str,  # JSON: the corrected fields (count, period_start, period_end, event, country, location)
            "original": str,  # JSON: the claim as it stood when reviewed
            "reviewer": str,
            "created_at": str,
        },
        pk="id",
        not_null={"document_id", "action", "reviewer", "created_at"},
    )
    db["reviews"].create_index(["document_id", "field", "start_char"])
    db.execute(
        "create trigger reviews_no_update before update on reviews"
        " begin select raise(abort, 'reviews are append-only'); end"
    )
    db.execute(
        "create trigger reviews_no_delete before delete on reviews"
        " begin select raise(abort, 'reviews are append-only'); end"
    )


@migrations()
def m007_document_lookups(db: sqlite_utils.Database) -> None:
    """Issue 17: the two lookups made for every new document (vigil.moved.earlier_document) by index.

    Exactly the same text (`with_content_hash`) and the same publication day (`fingerprinted_on`)
    were read by scanning all of the source's documents, once per document stored: a crawl of
    n pages cost n scans of a source that grows to n documents.
    """
    db["documents"].create_index(["source_id", "content_hash"])
    # an index on the expression the lookup filters on (the ISO day, '' for undated), so it is used
    db.execute("create index if not exists idx_documents_source_day on documents"
               " (source_id, coalesce(substr(published, 1, 10), ''))")


@migrations()
def m008_search_key(db: sqlite_utils.Database) -> None:
    """The full-text index holds each document's title and text in the search key
    (vigil.search.search_key), so a word typed with or without its ZWNJ, or with Arabic ي ك
    for Persian ی ک, finds the report. SQLite's tokenizer cannot fold letters, so the index
    is its own table, kept by vigil.store.documents, no longer the triggers of documents_fts.
    """
    from vigil.search import search_key

    db["documents"].disable_fts()
    db.execute("create virtual table documents_search using fts5 (title, text)")
    for document_id, title, text in db.execute("select id, title, text from documents").fetchall():
        db.execute("insert into documents_search (rowid, title, text) values (?, ?, ?)",
                   [document_id, search_key(title), search_key(text)])


@migrations()
def m009_claim_support(db: sqlite_utils.Database) -> None:
    """claims.`support`: the other sentences of its report a claim was merged from or dated by, each
    with the values it states (JSON list of extract.claims.Support dicts), so a reviewer finds the
    sentence that gave a day or a place the evidence sentence lacks. Empty for claims stored
    before; `vigil extract rerun` fills it in."""
    db["claims"].add_column("support", str)
