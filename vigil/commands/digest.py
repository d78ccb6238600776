"""`vigil digest`: last week's totals and notable incidents to the digest channels, once a week."""

from __future__ import annotations

import click

from alerts.wording import counted
from vigil.commands.alerts import print_report, replay_day
from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


@click.command("digest")
@click.option("--dry-run", is_flag=True, help="Show what would be sent; change and send nothing.")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
              help="With --dry-run: replay the digest due that day (the week before it), with its body.")
@click.pass_obj
def command(app: AppContext, dry_run: bool, as_of: str | None) -> None:
    """Send the weekly digest (last week's totals, change, top sources, notable incidents)."""
    from vigil.alerting import send_digest

    day = replay_day(as_of, dry_run)
    alerts_config = app.alert_rules() if dry_run else app.alerts()
    if not alerts_config.digest_channels:
        raise UsageError("alerts.yaml: digest_channels: no channel configured for the digest")
    report = send_digest(app.read_db if dry_run else app.db, alerts_config, dry_run=dry_run, as_of=day)
    if not any(n.new for n in report.notices):
        click.echo(f"The digest for {report.notices[0].key} was already queued; nothing new to send.")
    print_report(report)
    if report.flushed is not None and report.flushed.failed:
        raise VigilError(f"{counted(len(report.flushed.failed), 'digest notice')} could not be delivered (see above)")
