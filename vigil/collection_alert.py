"""An alert to staff when collection has stopped: every enabled source failing run after run or
stale, by the same findings `vigil status` reports (vigil/health.py). Operators read `vigil
status`; staff read the digest's channels, and a dead feed must not wait a week to be seen.

Sent through the outbox to `digest_channels`, at most once a day (dedup key per day) while it lasts.
"""

from __future__ import annotations

from datetime import datetime

from alerts.notification import Item, Notification, Section
from alerts.wording import counted
from vigil.health import FAILING_SOURCE_RUNS, stale_sources
from vigil.store import sources as store_sources


def stopped_sources(db, sources, now: datetime) -> list[str]:
    """One finding per enabled source when each is failing or stale, else []."""
    enabled = [s for s in sources if s.enabled]
    if not enabled or not store_sources.has_sources_table(db):
        return []
    ids = {s.id for s in enabled}
    findings = {f.id: f"{f.id}: failed {f.failures} runs in a row since {f.last_success_at[:10] if f.last_success_at else 'its first run'}: "
                      f"{' '.join(str(f.last_error).split())[:200]}"
                for f in store_sources.failing_sources(db, FAILING_SOURCE_RUNS) if f.id in ids}
    for stale in stale_sources(db, enabled, now):
        findings.setdefault(stale["id"], f"{stale['id']}: no new report since {stale['since']:%Y-%m-%d} "
                                         f"(expected every {stale['expected_update_period']})")
    return [findings[i] for i in sorted(ids)] if set(findings) == ids else []


def collection_notification(findings: list[str], now: datetime) -> Notification:
    return Notification(
        kind="alert",
        title=f"Collection has stopped: all {counted(len(findings), 'source')} failing or stale",
        summary="Vigil is reading no new reports, so the weekly figures from now on are unknown, not quiet. "
                "`vigil status` on the server shows the details.",
        sections=(Section("Sources", tuple(Item(f) for f in findings)),),
        dedup_key=f"collection-stopped:{now:%Y-%m-%d}",
    )
