"""`vigil alerts`: evaluate the rules, queue what changed, deliver the outbox."""

from __future__ import annotations

from datetime import date, datetime, timezone

import click

from alerts import outbox
from alerts.plaintext import plain
from alerts.wording import counted

from vigil.alerting import AlertsReport, evaluate_and_deliver, send_test
from vigil.commands.totals import parse_day_option
from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


@click.command("alerts")
@click.option("--dry-run", is_flag=True, help="Show what would be notified; change and send nothing.")
@click.option("--test", "test_channel", metavar="CHANNEL", help="Send a test message to this channel and stop.")
@click.option("--retry-failed", is_flag=True,
              help="Put notices that failed for good back in the queue first (after fixing a channel).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="With --dry-run: replay what would have been notified that day, with the message bodies.")
@click.pass_obj
def command(app: AppContext, dry_run: bool, test_channel: str | None, retry_failed: bool, as_of: str | None) -> None:
    """Evaluate alert rules, queue notices for what changed, and deliver the outbox.

    Weekly rules look at the current week and alerts.yaml's `lookback` weeks before it, so a
    report collected late still alerts for its week, once, saying it is late news.
    """
    day = replay_day(as_of, dry_run)
    alerts_config = app.alerts()
    if retry_failed and not dry_run:
        count = outbox.requeue_failed(app.db.conn, datetime.now(timezone.utc))
        click.echo(f"Requeued {counted(count, 'failed notice')}.")
    if test_channel is not None:
        app.may_create = True  # trying a channel on a new install, before anything was collected
        delivery = send_test(app.db, alerts_config, test_channel)
        if delivery.outcome != "sent":
            raise VigilError(f"{test_channel}: test message not delivered: {delivery.error}")
        click.echo(f"Test message sent to {test_channel}.")
        return
    report = evaluate_and_deliver(app.read_db if dry_run else app.db, alerts_config, dry_run=dry_run, as_of=day)
    print_report(report)
    if report.flushed is not None and report.flushed.failed:
        raise VigilError(f"{counted(len(report.flushed.failed), 'notice')} could not be delivered (see above)")


def replay_day(as_of: str | None, dry_run: bool) -> date | None:
    """The day `--as-of` names; a usage error without --dry-run, since a replay must send nothing."""
    if as_of is not None and not dry_run:
        raise UsageError("--as-of replays a past day: give --dry-run too (a replay sends nothing)")
    return parse_day_option(as_of, "--as-of")


def print_report(report: AlertsReport) -> None:
    """What was queued, delivered, failed and is still waiting; a summary line last."""
    queued = [n for n in report.notices if n.new]
    if queued:
        click.echo("Would queue:" if report.dry_run else "Queued:")
        for n in queued:
            click.echo(f"  {n.kind:<9} {n.channel:<20} {plain(n.subject)}")
    shown = set()
    for n in queued:  # a dry run shows each message once, as its plain-text part reads
        if n.body and n.dedup_key not in shown:
            shown.add(n.dedup_key)
            click.echo(f"\n--- {n.dedup_key} ---\n{n.body.rstrip()}\n")
    if report.flushed is not None:
        for d in report.flushed.deliveries:
            if d.outcome == "sent":
                click.echo(f"Delivered: #{d.id} {d.channel}: {plain(d.subject)}")
            elif d.outcome == "failed":
                click.echo(f"Failed:    #{d.id} {d.channel}: {plain(d.subject)}: {plain(d.error)}")
    for row in report.pending:
        when = f"next attempt {row['next_attempt_at']}" if row["status"] == "pending" else f"being sent until {row['next_attempt_at']}"
        error = f"; last error: {plain(row['last_error'])}" if row["last_error"] else ""
        click.echo(f"Waiting:   #{row['id']} {row['channel']}: {plain(row['subject'])} "
                   f"({row['attempts']} attempts, {when}{error})")
    click.echo(report.summary())
