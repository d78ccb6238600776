"""Glue between the store, alerts.yaml and the pure alerts/ package.

These are the functions the scheduler and the commands call: they read claims from the
database, hand them to alerts/ (totals, rules, state, channels, outbox) and write alert
state and outbox rows back. Nothing here decides what a total or an alert is; alerts/ does.

Alert state and the outbox rows it causes are written in one transaction under the write
lock, so two runs at once (the service and a person at the terminal) cannot both notify.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import sqlite_utils

from alerts import outbox
from alerts.channels import CHANNELS
from alerts.channels.email import render_text
from alerts.digest import build_digest
from alerts.messages import CHART_WEEKS, alert_notification, test_notification
from alerts.notification import Notification
from alerts.records import ClaimRecord, local_day
from alerts.replay import known_by, replay
from alerts.rules import evaluate
from alerts.state import AlertState, Transition, transition
from alerts.totals import Totals
from alerts.weeks import WeekScheme
from extract.notions import timestamp
from vigil.config import AlertRules, AlertsFile, WeekSettings
from vigil.copies import Doc, fingerprint, originals
from vigil.errors import UsageError
from vigil.reviews import apply_reviews
from vigil.store import alerts as store_alerts
from vigil.store import claims as store_claims
from vigil.store import documents as store_documents
from vigil.store import outbox as store_outbox
from vigil.store import write_lock

log = logging.getLogger(__name__)

def week_scheme(alerts_config: AlertsFile | WeekSettings) -> WeekScheme:
    return WeekScheme.named(alerts_config.week_starts, alerts_config.timezone)


def report_originals(db: sqlite_utils.Database, timezone: str = "UTC") -> dict[int, int]:
    """document id -> the document it is a near-duplicate copy of (vigil/copies.py).

    Documents extracted before fingerprints were stored get theirs computed here, in memory."""
    docs = [
        Doc(doc_id, source_id, local_day(published, timezone), simhash if simhash else fingerprint(text))
        for doc_id, source_id, published, simhash, text in store_documents.fingerprints_of_extracted(db)
    ]
    return originals(docs)


def load_records(db: sqlite_utils.Database, timezone: str = "UTC") -> list[ClaimRecord]:
    """Every stored claim with its document's source (and the source's independence), URL,
    title, publication and collection days, and the report it is a copy of, if any."""
    copies = report_originals(db, timezone)
    records = []
    for fields in store_claims.with_sources(db):
        fields["report"] = copies.get(fields["document_id"])
        records.append(ClaimRecord.from_row(fields, timezone))
    return records


def reviewed_records(db: sqlite_utils.Database, alerts_config: AlertsFile | WeekSettings) -> list[ClaimRecord]:
    """Every stored claim (all events) as reviewed by staff: rejected ones dropped, corrected ones corrected."""
    return apply_reviews(db, load_records(db, week_scheme(alerts_config).timezone))


def compute_totals(db: sqlite_utils.Database, alerts_config: AlertsFile | WeekSettings,
                   records: list[ClaimRecord] | None = None) -> Totals:
    """Weekly and yearly totals over all stored claims as reviewed by staff (or over `records`
    from reviewed_records), in the configured weeks."""
    return Totals(reviewed_records(db, alerts_config) if records is None else records, week_scheme(alerts_config))


# What a replay (`--as-of D`) shows, in the words every command that replays prints.
REPLAY_NOTE = "as known on {day}: reports collected and reviews made by then"


def known_on_day(db: sqlite_utils.Database, records: list[ClaimRecord], scheme: WeekScheme,
                 day: date) -> list[ClaimRecord]:
    """The records as known on `day`: the reports collected by then (alerts.replay.known_by),
    with the reviews made by the end of that day in the weeks' timezone, and no later ones."""
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=ZoneInfo(scheme.timezone))
    return apply_reviews(db, known_by(records, day), made_by=timestamp(end - timedelta(seconds=1)))


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(timezone.utc)


# --- alerts ---------------------------------------------------------------------------


@dataclass
class Notice:
    """A notification enqueued (or, in a dry run, that would be)."""

    rule_id: str
    key: str
    kind: str  # firing | escalated | resolved | digest | test
    channel: str
    subject: str
    dedup_key: str
    new: bool  # False: the channel already had it
    body: str = ""  # the message as plain text (shown by dry runs)


@dataclass
class AlertsReport:
    dry_run: bool = False
    notices: list[Notice] = field(default_factory=list)
    flushed: outbox.FlushReport | None = None
    pending: list[dict] = field(default_factory=list)

    def summary(self) -> str:
        new = [n for n in self.notices if n.new]
        parts = [f"{len(new)} notice{'s' if len(new) != 1 else ''} {'would be ' if self.dry_run else ''}queued"]
        if self.flushed is not None:
            parts.append(f"{len(self.flushed.sent)} sent, {len(self.flushed.failed)} failed")
        parts.append(f"{len(self.pending)} waiting")
        return ", ".join(parts)


def _stored_states(db: sqlite_utils.Database) -> dict[tuple[str, str], tuple[int, AlertState]]:
    states = {}
    for alert_id, rule_id, key, value, level, state, detail in store_alerts.all_alerts(db):
        episode = json.loads(detail or "{}").get("episode", 1)
        states[(rule_id, key)] = (alert_id, AlertState(rule_id, key, value, level, state, episode))
    return states


def _save_state(db: sqlite_utils.Database, alert_id: int | None, t: Transition, now: str) -> int:
    a = t.after
    detail = json.dumps({**t.finding.detail, "episode": a.episode})
    if alert_id is None:
        return store_alerts.insert_alert(db, rule_id=a.rule_id, key=a.key, value=a.value, level=a.level,
                                         state=a.state, detail=detail, now=now)
    store_alerts.update_alert(db, alert_id, value=a.value, level=a.level, state=a.state, detail=detail, now=now)
    return alert_id


def _enqueue(db, alerts_config: AlertsFile | AlertRules, notification: Notification, channel_names, now: datetime,
             alert_id: int | None = None, dry_run: bool = False) -> list[tuple[str, bool, str]]:
    """Render the notification for each channel and add the outbox rows; (channel, new, subject).
    A dry run adds nothing and says whether the channel would get it (`new`)."""
    added = []
    for name in channel_names:
        if dry_run:
            added.append((name, not store_outbox.has(db.conn, notification.dedup_key, name), notification.title))
            continue
        config = alerts_config.channels[name]
        payload = CHANNELS[config.type].payload(notification, config, name)
        new = outbox.enqueue(
            db.conn, dedup_key=notification.dedup_key, channel=name, kind=notification.kind,
            subject=notification.title, payload=payload, now=now, alert_id=alert_id,
        )
        if new:
            log.info("queued %s notice %s for %s: %s", notification.kind, notification.dedup_key, name, notification.title)
        added.append((name, new, notification.title))
    return added


def evaluate_rules(db: sqlite_utils.Database, alerts_config: AlertsFile | AlertRules, now: datetime | None = None,
                   dry_run: bool = False) -> list[Notice]:
    """Evaluate every rule, update alert state and enqueue the notices the changes call for."""
    now = _now(now)
    scheme = week_scheme(alerts_config)
    today = scheme.today(now)
    # Rules see what was known at `now`: an evaluation of past weeks must not read later reports.
    records = known_by(apply_reviews(db, load_records(db, scheme.timezone)), today)
    totals = Totals(records, scheme)
    rules = {rule.id: rule for rule in alerts_config.rules}
    notices: list[Notice] = []

    def run() -> None:
        stored = _stored_states(db)
        known: dict[str, dict[str, str]] = {}
        for (rule_id, key), (_, state) in stored.items():
            known.setdefault(rule_id, {})[key] = state.state
        for finding in evaluate(alerts_config.rules, totals, records, today, known, alerts_config.lookback):
            rule = rules[finding.rule_id]
            alert_id, before = stored.get((finding.rule_id, finding.key), (None, None))
            t = transition(before, finding, rule.resolve)
            if t.after is None or not t.changed:
                continue
            if not dry_run:
                alert_id = _save_state(db, alert_id, t, outbox.iso(now))
            if t.notify:
                notification = alert_notification(t, rule.step, totals, alerts_config.web_url,
                                                  _unwatched_for(db, scheme, t))
                body = render_text(notification) if dry_run else ""
                for channel, new, subject in _enqueue(db, alerts_config, notification, rule.channels, now,
                                                      alert_id, dry_run):
                    notices.append(Notice(rule.id, finding.key, t.notify, channel, subject, t.dedup_key, new, body))

    if dry_run:
        run()
    else:
        with write_lock(db):
            run()
    return notices


def _unwatched_for(db: sqlite_utils.Database, scheme: WeekScheme, t: Transition) -> frozenset[date]:
    chart_week = t.finding.chart_week
    return unwatched_weeks(db, scheme, chart_week) if chart_week is not None else frozenset()


def replay_rules(db: sqlite_utils.Database, alerts_config: AlertsFile | AlertRules, day: date) -> list[Notice]:
    """What the alerts job would have notified on `day` (alerts/replay.py); changes nothing."""
    scheme = week_scheme(alerts_config)
    records = load_records(db, scheme.timezone)
    notices = []
    def as_reviewed(known: list[ClaimRecord], on: date) -> list[ClaimRecord]:
        return known_on_day(db, known, scheme, on)

    for done in replay(alerts_config.rules, records, scheme, day, alerts_config.lookback, as_reviewed):
        t = done.transition
        notification = alert_notification(t, done.rule.step, done.totals, alerts_config.web_url,
                                          _unwatched_for(db, scheme, t))
        body = render_text(notification)
        notices += [Notice(done.rule.id, t.finding.key, t.notify, channel, notification.title, t.dedup_key, True, body)
                    for channel in done.rule.channels]
    return notices


def flush_outbox(db: sqlite_utils.Database, alerts_config: AlertsFile, now: datetime | None = None,
                 lease: timedelta = outbox.LEASE) -> outbox.FlushReport:
    """Send every due outbox row; rows whose sender died are retried once their lease ends."""
    return outbox.flush(db.conn, alerts_config.channels, now, lease)


def evaluate_and_deliver(db: sqlite_utils.Database, alerts_config: AlertsFile | AlertRules, now: datetime | None = None,
                         dry_run: bool = False, as_of: date | None = None, sources: list | None = None) -> AlertsReport:
    """The `alerts` job: evaluate rules, enqueue notices, flush the outbox (dry run: neither).
    `as_of` (dry runs only) replays what would have been notified that day, from the reports
    collected and the reviews made by then (REPLAY_NOTE). With `sources` (the configured ones),
    staff on `digest_channels` are told once a day while every source is failing or stale."""
    if as_of is not None:
        if not dry_run:
            raise ValueError("a replay (as_of) is a dry run only: it sends nothing")
        return AlertsReport(dry_run=True, notices=replay_rules(db, alerts_config, as_of), pending=[])
    notices = evaluate_rules(db, alerts_config, now, dry_run)
    if sources is not None and alerts_config.digest_channels:
        notices += _collection_stopped(db, alerts_config, sources, _now(now), dry_run)
    if dry_run:
        return AlertsReport(dry_run=True, notices=notices, pending=outbox.waiting(db.conn))
    flushed = flush_outbox(db, alerts_config, now)
    return AlertsReport(notices=notices, flushed=flushed, pending=flushed.pending)


def _collection_stopped(db, alerts_config, sources, now: datetime, dry_run: bool) -> list[Notice]:
    from vigil.collection_alert import collection_notification, stopped_sources

    findings = stopped_sources(db, sources, now)
    if not findings:
        return []
    notification = collection_notification(findings, now)
    if dry_run:
        added = _enqueue(db, alerts_config, notification, alerts_config.digest_channels, now, dry_run=True)
    else:
        with write_lock(db):
            added = _enqueue(db, alerts_config, notification, alerts_config.digest_channels, now)
    return [Notice("collection", f"{now:%Y-%m-%d}", "collection", channel, subject, notification.dedup_key, new)
            for channel, new, subject in added]


def unwatched_weeks(db: sqlite_utils.Database, scheme: WeekScheme, last_week: date,
                    sources: list | None = None) -> frozenset[date]:
    """The weeks of a chart ending with `last_week` that came before the store's first collection
    (vigil.coverage), which a chart leaves out where they hold no figure."""
    from vigil.coverage import week_coverage

    chart = [last_week - timedelta(weeks=n) for n in range(1, CHART_WEEKS)]
    return frozenset(ws for ws in chart if week_coverage(db, ws, scheme.timezone, sources).before_collection)


# --- digest and test --------------------------------------------------------------------


def send_digest(db: sqlite_utils.Database, alerts_config: AlertsFile | AlertRules, now: datetime | None = None,
                dry_run: bool = False, as_of: date | None = None, sources: list | None = None) -> AlertsReport:
    """The `digest` job: last complete week's digest to `digest_channels`, once per week.

    `as_of` (dry runs only) replays the digest that day: the week before it, from the
    reports collected and the reviews made by then (REPLAY_NOTE). `sources` (the enabled
    configured sources; default: the store's) are those whose collection the digest reports."""
    now = _now(now)
    scheme = week_scheme(alerts_config)
    if as_of is not None:
        if not dry_run:
            raise ValueError("a replay (as_of) is a dry run only: it sends nothing")
        totals = Totals(known_on_day(db, load_records(db, scheme.timezone), scheme, as_of), scheme)
        last_week = scheme.start_of(as_of) - timedelta(weeks=1)
    else:
        totals = compute_totals(db, alerts_config)
        last_week = totals.scheme.current(now) - timedelta(weeks=1)
    from vigil.coverage import week_coverage

    coverage = week_coverage(db, last_week, scheme.timezone, sources)
    unwatched = unwatched_weeks(db, scheme, last_week, sources)
    notification = build_digest(totals, last_week, alerts_config.web_url, coverage, unwatched)
    if dry_run:
        added = _enqueue(db, alerts_config, notification, alerts_config.digest_channels, now, dry_run=True)
    else:
        with write_lock(db):
            added = _enqueue(db, alerts_config, notification, alerts_config.digest_channels, now)
    body = render_text(notification) if dry_run else ""
    notices = [Notice("digest", totals.scheme.label(last_week), "digest", channel, subject,
                      notification.dedup_key, new or as_of is not None, body) for channel, new, subject in added]
    if dry_run:
        return AlertsReport(dry_run=True, notices=notices, pending=outbox.waiting(db.conn))
    flushed = flush_outbox(db, alerts_config, now)
    return AlertsReport(notices=notices, flushed=flushed, pending=flushed.pending)


def send_test(db: sqlite_utils.Database, alerts_config: AlertsFile, channel_name: str,
              now: datetime | None = None) -> outbox.Delivery:
    """Send a test message through the outbox to one channel, at once; the delivery outcome."""
    if channel_name not in alerts_config.channels:
        configured = ", ".join(sorted(alerts_config.channels)) or "none"
        raise UsageError(f"alerts.yaml: channels: no channel named {channel_name!r} (configured: {configured})")
    now = _now(now)
    dedup_key = f"test:{now.astimezone(timezone.utc).isoformat(timespec='microseconds')}"
    with write_lock(db):
        _enqueue(db, alerts_config, test_notification(channel_name, dedup_key), [channel_name], now)
    row = store_outbox.find(db.conn, dedup_key, channel_name)
    # a test is for now: never delivered hours later by a retry, nor logged as due for one
    return outbox.deliver(db.conn, row, alerts_config.channels, now, retry=False)
