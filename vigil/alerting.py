"""Glue between the store, alerts.yaml and the pure alerts/ package.

These are the functions the scheduler and the commands call: they read claims from the
database, hand them to alerts/ (totals, rules, channels, outbox) and write alert state and
outbox rows back. Nothing here decides what a total or an alert is; alerts/ does.
"""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from alerts.records import ClaimRecord
from alerts.totals import Totals
from alerts.weeks import WeekScheme
from vigil.config import AlertsFile

_CLAIMS_SQL = """
select c.id, c.document_id, c.event, c.country, c.count, c.qualifier, c.period_start, c.period_end,
       c.kind, c.offences, c.location, c.names, c.evidence,
       d.source_id, d.url, d.title, d.published
from claims c left join documents d on d.id = c.document_id
order by c.id
"""


def week_scheme(alerts_config: AlertsFile) -> WeekScheme:
    return WeekScheme.named(alerts_config.week_starts, alerts_config.timezone)


def load_records(db: sqlite_utils.Database, timezone: str = "UTC") -> list[ClaimRecord]:
    """Every stored claim with its document's source, URL, title and publication day."""
    cursor = db.execute(_CLAIMS_SQL)
    columns = [d[0] for d in cursor.description]
    return [ClaimRecord.from_row(dict(zip(columns, row)), timezone) for row in cursor.fetchall()]


def compute_totals(db: sqlite_utils.Database, alerts_config: AlertsFile) -> Totals:
    """Weekly and yearly totals over all stored claims, in the configured weeks."""
    scheme = week_scheme(alerts_config)
    return Totals(load_records(db, scheme.timezone), scheme)


def current_week(alerts_config: AlertsFile, now: datetime | None = None):
    return week_scheme(alerts_config).current(now)
