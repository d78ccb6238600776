"""`vigil digest`: last week's totals and notable incidents to the digest channels, once a week."""

from __future__ import annotations

from datetime import date

import click

from alerts.wording import counted
from vigil.commands.alerts import print_report, replay_day
from vigil.commands.options import day_option
from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


@click.command("digest")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; change and send nothing.")
@day_option("--as-of",
              help="With --dry-run: replay the digest due that day (the week before it), with its body, as known "
                   "that day: reports collected and reviews made by then.")
@click.pass_obj
def command(app: AppContext, dry_run: bool, as_of: date | None) -> None:
    """Send the weekly digest (last week's totals, change, top sources, notable incidents)."""
    from vigil.alerting import REPLAY_NOTE, send_digest

    day = replay_day(as_of, dry_run)
    alerts_config = app.alert_rules() if dry_run else app.alerts()
    if not alerts_config.digest_channels:
        raise UsageError("alerts.yaml: digest_channels: no channel configured for the digest")
    report = send_digest(app.read_db if dry_run else app.db, alerts_config, dry_run=dry_run, as_of=day)
    if day is not None:
        click.echo(f"Replay {REPLAY_NOTE.format(day=day.isoformat())}.")
    if not any(n.new for n in report.notices):
        click.echo(f"The digest for {report.notices[0].key} was already queued; nothing new to send.")
    print_report(report)
    if report.flushed is not None and report.flushed.failed:
        raise VigilError(f"{counted(len(report.flushed.failed), 'digest notice')} could not be delivered (see above)")
