"""The store: migrations applied on open, and two processes writing to one database file."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import sqlite_utils

from vigil.search import fts_query, snippet
from vigil.store import documents, migrations, open_store, schema_version, write_lock

TABLES = {"sources", "fetches", "documents", "claims", "alerts", "outbox", "job_runs", "feed_entries"}


def test_open_creates_schema_in_wal_mode(tmp_path: Path):
    db = open_store(tmp_path / "data")
    assert TABLES <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert schema_version(db) == migrations._migrations[-1].name
    assert db["documents"].detect_fts() is None and "documents_search" in db.table_names()  # m008_search_key


def test_reopen_is_idempotent_and_keeps_rows(tmp_path: Path):
    db = open_store(tmp_path)
    db["sources"].insert({"id": "ihr", "name": "Iran Human Rights", "org": "rights-group", "type": "feed"})
    db.close()
    again = open_store(tmp_path)
    assert again["sources"].count == 1
    assert [m.name for m in migrations.applied(again)] == [m.name for m in migrations._migrations]


def test_old_database_is_migrated_forward(tmp_path: Path):
    """A database created by the first release gains later migrations on open."""
    first = migrations._migrations[0]
    db = sqlite_utils.Database(tmp_path / "vigil.db")
    migrations.apply(db, stop_before=[m.name for m in migrations._migrations[1:]] or None)
    assert [m.name for m in migrations.applied(db)] == [first.name]
    db.close()
    db = open_store(tmp_path)
    assert not migrations.pending(db)


PERSIAN_TEXT = "بامداد سه\u200cشنبه بابک شهبازی در زندان قزلحصار اعدام شد؛ رسانه\u200cهای داخلی خبری ندادند."


def found(db, query: str) -> list[str]:
    return [row["url"] for row in documents.search(db, fts_query(query), 10)]


def test_documents_full_text_search_reads_persian_as_typed(tmp_path: Path):
    db = open_store(tmp_path)
    for url, title, text in (("https://example.org/a", "Two men hanged in Qezelhesar", "body"),
                             ("https://example.org/b", "Prison conditions", "body"),
                             ("https://example.org/fa", "اعدام در زندان قزلحصار", PERSIAN_TEXT)):
        assert documents.insert_document(db, {"url": url, "title": title, "text": text})
    assert found(db, "hanged") == ["https://example.org/a"]
    # with the ZWNJ a Persian keyboard types, without it, and with Arabic yeh and kaf
    for query in ("سه\u200cشنبه", "سهشنبه", "رسانه\u200cهای", "شهبازي", "شهبازی", "قزلحصار اعدام"):
        assert found(db, query) == ["https://example.org/fa"], query
    assert documents.search(db, fts_query("كسی"), 10) == []  # a folded word that is not there finds nothing
    documents.update_document(db, 3, {"text": "متن دیگر"})
    assert found(db, "شهبازي") == [] and found(db, "ديگر") == ["https://example.org/fa"]
    cut = snippet(PERSIAN_TEXT, "شهبازي")
    assert "\x02شهبازی\x03" in cut and "سه\u200cشنبه" in cut  # cut from the text as written


def test_the_search_migration_indexes_documents_stored_before_it(tmp_path: Path):
    path = tmp_path / "vigil.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="m008_search_key")
    db["documents"].insert({"url": "https://example.org/fa", "title": "t", "text": PERSIAN_TEXT})
    db.close()
    db = open_store(tmp_path)
    assert found(db, "رسانه\u200cهای") == ["https://example.org/fa"]


WRITER = textwrap.dedent(
    """
    import sys
    from vigil.store import open_store, write_lock
    db = open_store(sys.argv[1])
    for i in range(int(sys.argv[3])):
        with write_lock(db):
            n = db.execute("select count(*) from job_runs").fetchone()[0]
            db["job_runs"].insert({"job_id": sys.argv[2], "outcome": "ok", "summary": str(n)})
    print("done")
    """
)


def test_two_processes_write_at_once_without_locked_errors(tmp_path: Path):
    """The service and a command run by hand share the file: writers wait, nobody fails."""
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name, "200"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("service", "by-hand")
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0, err
        assert "locked" not in err
    db = open_store(tmp_path)
    assert db["job_runs"].count == 400
    # Each read-count-then-insert ran under the write lock, so the counts it saw are all distinct.
    seen = sorted(int(row["summary"]) for row in db["job_runs"].rows)
    assert seen == list(range(400))


def test_reader_works_while_writer_holds_lock(tmp_path: Path):
    db = open_store(tmp_path)
    db["sources"].insert({"id": "a", "name": "A", "org": "news", "type": "feed"})
    other = open_store(tmp_path)
    with write_lock(db):
        db["sources"].insert({"id": "b", "name": "B", "org": "news", "type": "feed"})
        # WAL: the reader sees the last committed state and is not blocked.
        assert [r["id"] for r in other["sources"].rows] == ["a"]
    assert sorted(r["id"] for r in other["sources"].rows) == ["a", "b"]


def test_concurrent_first_open_migrates_once(tmp_path: Path):
    script = "import sys; from vigil.store import open_store; open_store(sys.argv[1]); print('ok')"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    db = open_store(tmp_path)
    names = [m.name for m in migrations.applied(db)]
    assert len(names) == len(set(names)) == len(migrations._migrations)


def _plans(db, lookup) -> list[str]:
    """The query plan of each statement `lookup()` runs, as SQLite explains it."""
    statements = []
    db.conn.set_trace_callback(statements.append)
    try:
        lookup()
    finally:
        db.conn.set_trace_callback(None)
    # the traced text has its parameters filled in; the plan does not depend on their values
    return [" ".join(row[3] for row in db.conn.execute(f"explain query plan {s}")) for s in statements]


def test_new_document_lookups_use_an_index_not_a_scan_of_the_source(tmp_path: Path):
    """The same-text and same-day lookups run once per document stored, so each must be an
    index search: scanning the source's documents made a crawl quadratic in its size."""
    from vigil.store import documents

    db = open_store(tmp_path)
    for lookup, index in ((lambda: documents.with_content_hash(db, "s", "ab" * 32), "content_hash"),
                          (lambda: documents.fingerprinted_on(db, "s", "2025-09-01"), "idx_documents_source_day")):
        plans = _plans(db, lookup)
        assert plans and all(index in plan and "SCAN" not in plan for plan in plans), plans
