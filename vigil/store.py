"""The SQLite store: one database file shared by the service and by commands run by hand.

WAL mode lets readers work while a writer commits, and the busy timeout makes a second
writer wait for the lock instead of failing with "database is locked". The schema is
built by forward migrations (sqlite-utils `Migrations`), applied whenever the store is
opened, so an upgraded Vigil brings an old database up to date by itself.
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
    path = Path(data_dir) / DATABASE_NAME
    if not path.is_file():
        raise StoreError(f"{path}: no database here (wrong --data? `vigil collect` creates it)")
    try:
        try:
            conn = _connect_readonly(path, "mode=ro")
        except sqlite3.OperationalError:
            if Path(f"{path}-wal").exists():
                raise
            conn = _connect_readonly(path, "immutable=1")
        db = sqlite_utils.Database(conn)
        pending = migrations.pending(db)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot read the database: {exc}") from exc
    if pending:
        db.close()
        raise StoreError(f"{path}: the database predates this version of Vigil ({len(pending)} migration(s) "
                         "pending); run `vigil run` or a command that writes (`vigil collect`) once to migrate it")
    return db


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
def m011_report_copies(db: sqlite_utils.Database) -> None:
    """Issue 11: a document's text fingerprint (near-duplicate copies are one report, vigil/copies.py)
    and a source's `independent_of` list from sources.yaml (JSON; NULL: independent of all)."""
    db["documents"].add_column("simhash", str)
    db["sources"].add_column("independent_of", str)
