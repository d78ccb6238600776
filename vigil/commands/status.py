"""`vigil status`: is the service healthy? Exit status 1 when something needs a person."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import datetime, timezone

import click

from alerts.plaintext import plain
from vigil.context import AppContext


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def _json_value(value) -> str:
    """Times as ISO 8601 (`2025-09-22T08:00:05+00:00`), like the store's own timestamps."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _failing_pages(health) -> None:
    """Article pages never archived: each on two lines, its source and URL, then its streak."""
    from vigil.health import FAILING_PAGE_RUNS

    total = health.failing_pages_total
    click.echo(f"Pages failing {FAILING_PAGE_RUNS} runs in a row or more (not archived): {total or 'none'}")
    for page in health.failing_pages:
        since = datetime.fromisoformat(page["since"]).astimezone(timezone.utc)
        click.echo(f"  {page['source_id']:<20} {plain(page['url'])}")
        click.echo(f"  {'':<20} {page['runs']} runs in a row since {since:%Y-%m-%d %H:%M} UTC: "
                   f"{plain(page['last_error'] or 'no detail')}")
    if total > len(health.failing_pages):
        click.echo(f"  ... and {total - len(health.failing_pages)} more (the {len(health.failing_pages)} "
                   "that failed most recently are shown)")


@click.command("status")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def command(app: AppContext, fmt: str) -> None:
    """Show each job's last run, failing sources and pages, outbox backlog and storage; exit 1 if unhealthy."""
    from vigil.health import assess

    health = assess(app.read_db, app.service_files(), app.data_dir)
    if fmt == "json":
        click.echo(json.dumps({"healthy": health.healthy, **asdict(health)}, default=_json_value, indent=2))
        sys.exit(0 if health.healthy else 1)
    if health.service_pid is None:
        click.echo("Running: no `vigil run` holds this data directory")
    else:
        click.echo(f"Running: pid {health.service_pid or 'unknown'} (it holds this data directory's lock)")
    click.echo("Jobs:" + (" none has run: this is a `vigil demo --keep` directory, whose stages the demo ran "
                          "once without the service" if health.demo_without_service else ""))
    for job in health.jobs:
        if job.last_started is None:
            click.echo(f"  {job.job_id:<12} never run")
            continue
        took = f"{job.duration_ms / 1000:.1f}s" if job.duration_ms is not None else "-"
        flag = "  OVERDUE" if job.overdue else ""
        click.echo(f"  {job.job_id:<12} {job.last_started:%Y-%m-%d %H:%M:%S} UTC  {job.outcome:<9} {took:>8}{flag}")
    click.echo(f"Sources failing: {len(health.failing_sources) or 'none'}")
    for source in health.failing_sources:
        click.echo(f"  {source['id']:<20} {source['failures']} runs in a row: {plain(source['last_error'])}")
    _failing_pages(health)
    click.echo(f"Sources stale: {len(health.stale_sources) or 'none'}")
    for source in health.stale_sources:
        click.echo(f"  {source['id']:<20} no new report since {source['since']:%Y-%m-%d %H:%M} UTC "
                   f"(expected every {source['expected_update_period']})")
    if health.warned_sources:
        click.echo(f"Sources with a warning: {len(health.warned_sources)}")
    for source in health.warned_sources:
        click.echo(f"  {source['id']:<20} {plain(source['warning'])}")
    outbox = health.outbox
    click.echo(f"Outbox: {outbox['pending']} waiting, {outbox['failed']} failed"
               + (f", oldest waiting since {outbox['oldest_pending']}" if outbox["oldest_pending"] else ""))
    sizes = health.sizes
    click.echo(f"Store: {sizes['documents']} documents, {sizes['claims']} claims; "
               f"database {_size(sizes['database_bytes'])}, archive {_size(sizes['archive_bytes'])}")
    service = health.service
    if service is not None:
        state = (f"stopped at {service['stopped_at']}" if service["stopped_at"]
                 else f"last heartbeat {service['beat_at'] or 'never'}")
        # the pid is said once: on the Running line when this heartbeat is the lock holder's
        who = "" if service["pid"] == health.service_pid else f"pid {service['pid']} "
        click.echo(f"Service: {who}on {service['host']}, started {service['started_at']}, {state}")
    if health.healthy:
        click.echo("Healthy.")
        return
    click.echo("Unhealthy:")
    for problem in health.problems:
        click.echo(f"  - {plain(problem)}")
    sys.exit(1)
