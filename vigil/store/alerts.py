"""The `alerts` table: the state of each (rule, key) pair the rules have fired on. Callers:
vigil.alerting (read states, save transitions, inside its write transaction) and the web view.
"""

from __future__ import annotations

from typing import NamedTuple


class AlertRow(NamedTuple):
    id: int
    rule_id: str
    key: str  # what the alert is about, e.g. "2025-W38" or "2025-W38:IR"
    value: int
    level: int  # highest threshold step notified
    state: str  # firing | resolved
    detail: str | None  # JSON


def all_alerts(db) -> list[AlertRow]:
    return [AlertRow(*row) for row in db.execute(
        "select id, rule_id, key, value, level, state, detail from alerts").fetchall()]


def insert_alert(db, *, rule_id: str, key: str, value: int, level: int, state: str, detail: str, now: str) -> int:
    """A new alert, first fired `now`; its id."""
    return db.execute(
        "insert into alerts (rule_id, key, value, level, state, detail, first_fired_at, updated_at)"
        " values (?, ?, ?, ?, ?, ?, ?, ?)",
        [rule_id, key, value, level, state, detail, now, now],
    ).lastrowid


def update_alert(db, alert_id: int, *, value: int, level: int, state: str, detail: str, now: str) -> None:
    db.execute(
        "update alerts set value = ?, level = ?, state = ?, detail = ?, updated_at = ? where id = ?",
        [value, level, state, detail, now, alert_id],
    )


def alert_keys(db) -> list[str | None]:
    """The key of every alert ever fired."""
    return [row[0] for row in db.execute("select key from alerts").fetchall()]
