"""The SQLite store: one database file shared by the service and by commands run by hand.

Every SQL statement of Vigil is in this package (tests/test_store_owner.py checks it), one
module per concern, each with the types of its rows:

- `database`: opening the file (WAL, busy timeout, read-only, scratch copy) and the write lock;
- `schema`: the forward migrations that build the tables;
- `sources`: sources, fetches, feed_entries (FetchRow, LastFeedAnswer, FailingSource);
- `documents`: documents, document_aliases, page_blocks, full-text search (DocumentRow);
- `claims`: claims (ClaimRow, the one definition of a claim's row);
- `reviews`: reviews (ReviewKey, Review); `users`: users (UserRow);
- `alerts`: alerts (AlertRow); `outbox`: outbox (OutboxRow);
- `jobs`: job_runs (LastRun).

The names below are the ones the rest of Vigil imports from `vigil.store`.
"""

from __future__ import annotations

from vigil.store.database import (ARCHIVE_DIR, BUSY_TIMEOUT_MS, DATABASE_NAME, apply_migrations, open_scratch_copy,
                                  open_store, open_store_readonly, schema_version, utcnow, write_lock)
from vigil.store.schema import migrations

__all__ = ["ARCHIVE_DIR", "BUSY_TIMEOUT_MS", "DATABASE_NAME", "apply_migrations", "migrations", "open_scratch_copy",
           "open_store", "open_store_readonly", "schema_version", "utcnow", "write_lock"]
