"""The `outbox` table: one row per notification per channel. The lifecycle (claim, send,
retry) is alerts.outbox's; the statements it runs are here, on a plain sqlite3 connection.
Times are the stored timestamp form (extract.notions.timestamp), which compares as text.
"""

from __future__ import annotations

import sqlite3
from typing import TypedDict


class OutboxRow(TypedDict):
    id: int
    dedup_key: str  # one notification per key and channel, ever
    alert_id: int | None
    channel: str
    kind: str  # alert | resolved | digest | test ...
    subject: str
    payload: str  # JSON, as the channel's payload() built it
    status: str  # pending | sending | sent | failed
    attempts: int
    next_attempt_at: str | None  # when due again; while sending, the lease's end
    last_error: str | None
    created_at: str
    sent_at: str | None


WAITING_COLUMNS = ("id", "channel", "kind", "subject", "status", "attempts", "next_attempt_at", "last_error")

_DUE = (
    "(status = 'pending' and (next_attempt_at is null or next_attempt_at <= :now))"
    " or (status = 'sending' and next_attempt_at <= :now)"
)


def insert(conn: sqlite3.Connection, *, dedup_key: str, alert_id: int | None, channel: str, kind: str, subject: str,
           payload: str, now: str) -> bool:
    """Add a pending row unless the channel already has the dedup key; True if added. No commit."""
    cursor = conn.execute(
        "insert or ignore into outbox (dedup_key, alert_id, channel, kind, subject, payload, status, attempts,"
        " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
        [dedup_key, alert_id, channel, kind, subject, payload, now, now],
    )
    return cursor.rowcount == 1


def take(conn: sqlite3.Connection, row_id: int, now: str, lease_until: str) -> int | None:
    """The conditional UPDATE: mark the row sending if it is due (or its lease ran out) and
    count the attempt; the attempt number, or None when another sender has it or it is not due."""
    with conn:
        cursor = conn.execute(
            f"update outbox set status = 'sending', attempts = attempts + 1, next_attempt_at = :lease"
            f" where id = :id and ({_DUE})",
            {"id": row_id, "now": now, "lease": lease_until},
        )
        if cursor.rowcount != 1:
            return None
        return conn.execute("select attempts from outbox where id = ?", [row_id]).fetchone()[0]


def finish(conn: sqlite3.Connection, row_id: int, attempts: int, values: dict) -> bool:
    """Write an attempt's outcome (column -> value) if the row is still that attempt's; True if written."""
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    with conn:
        cursor = conn.execute(
            f"update outbox set {assignments} where id = :id and status = 'sending' and attempts = :attempts",
            {**values, "id": row_id, "attempts": attempts},
        )
    return cursor.rowcount == 1


def _rows(conn: sqlite3.Connection, where: str, params) -> list[OutboxRow]:
    cursor = conn.execute(f"select * from outbox where {where} order by id", params)
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]


def due(conn: sqlite3.Connection, now: str, ids: list[int] | None = None) -> list[OutboxRow]:
    """Rows due at `now` (or whose sender's lease ran out), oldest first; only `ids` if given."""
    where = f"({_DUE})"
    if ids is not None:
        where += f" and id in ({','.join(str(int(i)) for i in ids)})"
    return _rows(conn, where, {"now": now})


def waiting(conn: sqlite3.Connection) -> list[dict]:
    """The WAITING_COLUMNS of rows pending or being sent, oldest first."""
    return [{k: r[k] for k in WAITING_COLUMNS} for r in _rows(conn, "status in ('pending', 'sending')", [])]


def find(conn: sqlite3.Connection, dedup_key: str, channel: str) -> OutboxRow | None:
    rows = _rows(conn, "dedup_key = ? and channel = ?", [dedup_key, channel])
    return rows[0] if rows else None


def has(conn: sqlite3.Connection, dedup_key: str, channel: str) -> bool:
    return conn.execute("select 1 from outbox where dedup_key = ? and channel = ?", [dedup_key, channel]).fetchone() is not None


# a row of a test message (`vigil alerts test`): shown when sent, never retried nor counted as backlog
_NOT_TEST = "coalesce(kind, '') != 'test'"


def requeue_failed(conn: sqlite3.Connection, now: str, channel: str | None = None) -> int:
    """Failed rows (of one channel) back to pending, due `now`, attempts from zero; how many. Test
    messages stay failed: they were for that moment (`vigil alerts test`), and staff must not get an
    old test among the real alerts once the channel is fixed."""
    where, params = f"status = 'failed' and {_NOT_TEST}", [now]
    if channel is not None:
        where += " and channel = ?"
        params.append(channel)
    with conn:
        cursor = conn.execute(
            f"update outbox set status = 'pending', attempts = 0, next_attempt_at = ? where {where}", params
        )
    return cursor.rowcount


def backlog(conn: sqlite3.Connection) -> tuple[int, str | None, int]:
    """(rows waiting, the oldest one's created_at, rows failed for good), test messages left out:
    their outcome was shown when sent and they are never retried."""
    pending, oldest = conn.execute(
        f"select count(*), min(created_at) from outbox where status in ('pending', 'sending') and {_NOT_TEST}"
    ).fetchone()
    failed = conn.execute(f"select count(*) from outbox where status = 'failed' and {_NOT_TEST}").fetchone()[0]
    return pending, oldest, failed
