"""The SQLite store: one database file shared by the service and by commands run by hand.

WAL mode lets readers work while a writer commits, and the busy timeout makes a second
writer wait for the lock instead of failing with "database is locked". The schema is
built by forward migrations (sqlite-utils `Migrations`), applied whenever the store is
opened, so an upgraded Vigil brings an old database up to date by itself.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from vigil.errors import StoreError

BUSY_TIMEOUT_MS = 30_000
DATABASE_NAME = "vigil.db"
ARCHIVE_DIR = "archive"  # WARC files, beside the database in the data directory

migrations = Migrations("vigil")


def utcnow() -> str:
    """Timestamps are stored as ISO 8601 text in UTC, which sorts and compares as text."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


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
def m015_reviews_and_users(db: sqlite_utils.Database) -> None:
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
