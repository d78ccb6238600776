"""The durable outbox: every notification is a row first, and is sent from the row.

Lifecycle of a row (one per notification per channel; `(dedup_key, channel)` is unique):

    pending --claim--> sending --sent--> sent
       ^                  |--transient error--> pending (next_attempt_at = now + backoff)
       |                  |--permanent error / too many attempts--> failed
       +--lease expired---+  (the sender died: the row is claimed again)

1. `enqueue` inserts the row inside the caller's transaction (the alert state changes in
   the same transaction), ignoring a row whose dedup key the channel already has.
2. `claim` is a conditional UPDATE: only the process whose UPDATE changed the row
   (rowcount == 1) sends it. It sets `status = sending`, bumps `attempts` and stores the
   lease deadline in `next_attempt_at`.
3. After sending, the outcome is written only if the row is still ours (same `attempts`).

The crash point, and the trade-off chosen: if the process dies after the server accepted a
message but before step 3 is committed, nothing can tell whether it went out. Losing an
alert about an imminent execution is worse than repeating one, so Vigil chooses
**at-least-once**: once the lease expires, another run sends the row again. Such a
duplicate is detectable: the email carries the same Message-ID (derived from the dedup key)
and every channel shows the notice key (`Vigil notice <key>`, header `X-Vigil-Notice`).
A crash at any other point loses nothing and repeats nothing: before the claim the row is
pending; between claim and send the row waits out its lease and goes once.

Retries: transient errors only, after 30 s, then doubling up to an hour between attempts
(a 429's Retry-After is honoured instead), until MAX_ATTEMPTS. Within one flush, a channel
that failed transiently is not tried again, so a dead server costs one timeout per run.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Mapping

from alerts.channels import CHANNELS
from alerts.channels.deadline import MAX_DEADLINE
from alerts.channels.errors import DeliveryError, PermanentError, TransientError
from extract.notions import timestamp
# The outbox table's statements live with the rest of the store's SQL (vigil/store/); this is the
# one import of vigil/ from alerts/, for the one stage that is a table's lifecycle.
from vigil.store import outbox as table

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)  # longer than any send may take: every send has a deadline (channels.deadline)
assert LEASE.total_seconds() >= 2 * MAX_DEADLINE  # a send ends well before another may take it over
FIRST_RETRY = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
MAX_ATTEMPTS = 50  # about two days of hourly attempts after the first hour


def iso(moment: datetime) -> str:
    """The stored timestamp form (extract.notions.timestamp): UTC, seconds, comparable as text."""
    return timestamp(moment)


def backoff(attempts: int) -> timedelta:
    """Delay after the n-th failed attempt: 30 s, 1 min, 2 min, ... at most an hour."""
    return min(MAX_BACKOFF, FIRST_RETRY * 2 ** max(0, attempts - 1))


@dataclass(frozen=True)
class Delivery:
    id: int
    channel: str
    kind: str
    subject: str
    outcome: str  # sent | retry | failed
    attempts: int
    error: str | None = None
    next_attempt_at: str | None = None


@dataclass
class FlushReport:
    deliveries: list[Delivery] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)  # rows still waiting after this flush

    @property
    def sent(self) -> list[Delivery]:
        return [d for d in self.deliveries if d.outcome == "sent"]

    @property
    def failed(self) -> list[Delivery]:
        return [d for d in self.deliveries if d.outcome == "failed"]


def enqueue(conn: sqlite3.Connection, *, dedup_key: str, channel: str, kind: str, subject: str, payload: dict,
            now: datetime, alert_id: int | None = None) -> bool:
    """Step 1: add the row unless this channel already has this dedup key; True if added.

    Does not commit: the caller's transaction makes the alert state and the row one change.
    """
    return table.insert(conn, dedup_key=dedup_key, alert_id=alert_id, channel=channel, kind=kind, subject=subject,
                        payload=json.dumps(payload), now=iso(now))


def claim(conn: sqlite3.Connection, row_id: int, now: datetime, lease: timedelta = LEASE) -> int | None:
    """Step 2: take the row if it is due (or its sender's lease ran out); the attempt number, or None."""
    return table.take(conn, row_id, iso(now), iso(now + lease))


def _finish(conn: sqlite3.Connection, row_id: int, attempts: int, **values) -> bool:
    """Step 3: write the outcome if the row is still this attempt's (not re-claimed meanwhile)."""
    written = table.finish(conn, row_id, attempts, values)
    if not written:
        log.warning("outbox row %s was taken over by another sender; outcome of attempt %s not recorded", row_id, attempts)
    return written


def record_failure(conn: sqlite3.Connection, row_id: int, attempts: int, error: DeliveryError, now: datetime,
                   retry: bool = True) -> Delivery:
    """Transient errors go back to pending with a backoff (unless `retry` is False); the rest fail for good."""
    if retry and isinstance(error, TransientError) and attempts < MAX_ATTEMPTS:
        delay = backoff(attempts)
        if error.retry_after is not None:
            delay = timedelta(seconds=max(1, math.ceil(error.retry_after)))
        next_at = iso(now + delay)
        _finish(conn, row_id, attempts, status="pending", last_error=str(error), next_attempt_at=next_at)
        return Delivery(row_id, "", "", "", "retry", attempts, str(error), next_at)
    message = str(error) if isinstance(error, PermanentError) or not retry else f"gave up after {attempts} attempts: {error}"
    _finish(conn, row_id, attempts, status="failed", last_error=message, next_attempt_at=None)
    return Delivery(row_id, "", "", "", "failed", attempts, message)


def deliver(conn: sqlite3.Connection, row: dict, channels: Mapping[str, object], now: datetime,
            lease: timedelta = LEASE, retry: bool = True) -> Delivery | None:
    """Claim, send and record one row; None if another sender has it or it is not due.
    `retry=False`: a failure is final at once (a test message is for now or never)."""
    attempts = claim(conn, row["id"], now, lease)
    if attempts is None:
        return None
    config = channels.get(row["channel"])
    try:
        if config is None:
            raise PermanentError(f"alerts.yaml: channels: no channel named {row['channel']!r} any more")
        module = CHANNELS[config.type]
        module.send(json.loads(row["payload"]), config, row["dedup_key"])
    except DeliveryError as exc:
        result = record_failure(conn, row["id"], attempts, exc, now, retry)
    except Exception as exc:  # a bug or an unforeseen library error: log it, retry like a transient one
        log.exception("outbox row %s: unexpected error sending to %s", row["id"], row["channel"])
        result = record_failure(conn, row["id"], attempts, TransientError(f"{type(exc).__name__}: {exc}"), now, retry)
    else:
        _finish(conn, row["id"], attempts, status="sent", sent_at=iso(now), last_error=None, next_attempt_at=None)
        result = Delivery(row["id"], "", "", "", "sent", attempts)
    if result.outcome == "sent":
        log.info("outbox #%s delivered to %s: %s", row["id"], row["channel"], row["subject"])
    elif result.outcome == "retry":
        log.warning("outbox #%s to %s: attempt %s failed, next at %s: %s", row["id"], row["channel"], attempts,
                    result.next_attempt_at, result.error)
    else:
        log.error("outbox #%s to %s failed for good: %s", row["id"], row["channel"], result.error)
    return Delivery(row["id"], row["channel"], row["kind"], row["subject"], result.outcome, attempts,
                    result.error, result.next_attempt_at)


def flush(conn: sqlite3.Connection, channels: Mapping[str, object], now: datetime | None = None,
          lease: timedelta = LEASE, ids: list[int] | None = None) -> FlushReport:
    """Send every due row (or just `ids`), oldest first; report what went and what waits."""
    report = FlushReport()
    clock = (lambda: now) if now is not None else (lambda: datetime.now(timezone.utc))
    down: set[str] = set()
    for row in table.due(conn, iso(clock()), ids):
        if row["channel"] in down:
            continue
        delivery = deliver(conn, row, channels, clock(), lease)
        if delivery is None:
            continue
        report.deliveries.append(delivery)
        if delivery.outcome == "retry":
            down.add(row["channel"])
    report.pending = waiting(conn)
    return report


def requeue_failed(conn: sqlite3.Connection, now: datetime, channel: str | None = None) -> int:
    """Give notices that failed for good another round (after the channel's configuration was
    fixed): they go back to pending, due now, with their attempts counted afresh."""
    return table.requeue_failed(conn, iso(now), channel)


def waiting(conn: sqlite3.Connection) -> list[dict]:
    """Rows not yet delivered nor given up: pending, or being sent (maybe by a dead process)."""
    return table.waiting(conn)
