"""`vigil alerts`: evaluate the rules, queue what changed, deliver the outbox; `test` and `retry`."""

from __future__ import annotations

from datetime import date

import click

from alerts.plaintext import plain
from alerts.wording import counted
from vigil.commands.options import day_option, deprecated_flag
from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


@click.group("alerts", invoke_without_command=True)
@click.option("--dry-run", is_flag=True, help="Show what would be notified; change and send nothing.")
@day_option("--as-of",
              help="With --dry-run: replay what would have been notified that day, with the message bodies, as "
                   "known that day: reports collected and reviews made by then.")
@click.option("--test", "test_channel", metavar="CHANNEL", hidden=True)  # deprecated: `alerts test CHANNEL`
@click.option("--retry-failed", is_flag=True, hidden=True)  # deprecated: `alerts retry`
@click.pass_context
def command(ctx: click.Context, dry_run: bool, as_of: date | None, test_channel: str | None,
            retry_failed: bool) -> None:
    """Evaluate alert rules, queue notices for what changed, and deliver the outbox.

    Weekly rules look at the current week and alerts.yaml's `lookback` weeks before it, so a
    report collected late still alerts for its week, once, saying it is late news.
    """
    app: AppContext = ctx.obj
    if ctx.invoked_subcommand is not None:
        if dry_run or as_of or test_channel or retry_failed:
            raise UsageError(f"give `alerts {ctx.invoked_subcommand}` its own options, after its name")
        return
    if retry_failed:
        deprecated_flag("alerts --retry-failed", "alerts retry")
        if not dry_run:
            requeue(app)
    if test_channel is not None:
        deprecated_flag("alerts --test CHANNEL", "alerts test CHANNEL")
        send_test_message(app, test_channel)
        return
    deliver(app, dry_run, as_of)


@command.command("test")
@click.argument("channel")
@click.pass_obj
def test(app: AppContext, channel: str) -> None:
    """Send a test message to CHANNEL (a name under alerts.yaml's `channels`) now."""
    send_test_message(app, channel)


@command.command("retry")
@click.pass_obj
def retry(app: AppContext) -> None:
    """Queue notices that failed for good again (after fixing a channel), then run as `vigil alerts`.

    The requeued notices are delivered at once, with anything the rules newly find due."""
    requeue(app)
    deliver(app, dry_run=False, as_of=None)


def requeue(app: AppContext) -> None:
    from datetime import datetime, timezone

    from alerts import outbox

    count = outbox.requeue_failed(app.db.conn, datetime.now(timezone.utc))
    click.echo(f"Requeued {counted(count, 'failed notice')}.")


def send_test_message(app: AppContext, channel: str) -> None:
    """Raises UsageError naming the configured channels for an unknown one, VigilError if not delivered."""
    from vigil.alerting import send_test

    alerts_config = app.alerts()
    delivery = send_test(app.db, alerts_config, channel)
    if delivery.outcome != "sent":
        raise VigilError(f"{channel}: test message not delivered: {delivery.error}")
    click.echo(f"Test message sent to {channel}.")


def deliver(app: AppContext, dry_run: bool, as_of: str | None) -> None:
    from vigil.alerting import REPLAY_NOTE, evaluate_and_deliver

    day = replay_day(as_of, dry_run)
    alerts_config = app.alert_rules() if dry_run else app.alerts()
    # the sources matter only to the collection-stopped notice, which goes to the digest channels:
    # without those, alerts.yaml alone is enough, as it was before that notice
    sources = app.sources().sources if alerts_config.digest_channels else None
    report = evaluate_and_deliver(app.read_db if dry_run else app.db, alerts_config, dry_run=dry_run, as_of=day,
                                  sources=sources)
    if day is not None:
        click.echo(f"Replay {REPLAY_NOTE.format(day=day.isoformat())}.")
    print_report(report)
    if report.flushed is not None and report.flushed.failed:
        raise VigilError(f"{counted(len(report.flushed.failed), 'notice')} could not be delivered (see above)")


def replay_day(as_of: date | None, dry_run: bool) -> date | None:
    """The day `--as-of` names; a usage error without --dry-run, since a replay must send nothing."""
    if as_of is not None and not dry_run:
        raise UsageError("--as-of replays a past day: give --dry-run too (a replay sends nothing)")
    return as_of


def print_report(report) -> None:
    """What was queued, delivered, failed and is still waiting (vigil.alerting.AlertsReport); a summary line last."""
    queued = [n for n in report.notices if n.new]
    if queued:
        click.echo("Would queue:" if report.dry_run else "Queued:")
        for n in queued:
            click.echo(f"  {n.kind:<9} {n.channel:<20} {plain(n.subject)}")
    shown = set()
    for n in queued:  # a dry run shows each message once, as its plain-text part reads
        if n.body and n.dedup_key not in shown:
            shown.add(n.dedup_key)
            click.echo(f"\n--- {n.dedup_key} ---\n{plain(n.body, multiline=True).rstrip()}\n")
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
                   f"({counted(row['attempts'], 'attempt')}, {when}{error})")
    click.echo(report.summary())
