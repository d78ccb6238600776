"""Opening Vigil's database: one SQLite file shared by the service and by commands run by hand.

WAL mode lets readers work while a writer commits, and the busy timeout makes a second writer
wait for the lock instead of failing with "database is locked". Opening for writing applies the
pending migrations (vigil.store.schema), so an upgraded Vigil brings an old database up to date
by itself; read-only and scratch openings never write to the real file.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import sqlite_utils

from extract.notions import timestamp
from vigil.errors import StoreError
from vigil.store.schema import migrations

BUSY_TIMEOUT_MS = 30_000
DATABASE_NAME = "vigil.db"
ARCHIVE_DIR = "archive"  # WARC files, beside the database in the data directory


def utcnow() -> str:
    """Now in the stored timestamp form (extract.notions.timestamp), which compares as text."""
    return timestamp()


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
        _use_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = sqlite_utils.Database(conn)
        if migrate:
            apply_migrations(db)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{data_dir / DATABASE_NAME}: cannot open the database: {exc}") from exc
    return db


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL (it persists in the file: a no-op after the first opening), waiting out another
    process's switch. Changing the journal mode needs an exclusive lock, and "if SQLite determines that
    invoking the busy handler could result in a deadlock, it will go ahead and return SQLITE_BUSY to the
    application instead" (https://www.sqlite.org/c3ref/busy_handler.html), so two processes opening a
    new database together failed at once with "database is locked" (red CI, tests/test_store.py).
    Raises sqlite3.Error after the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


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
