"""`vigil extract`: claims from new documents, from a JSONL file, or a re-run over the archive."""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from alerts.plaintext import plain
from vigil.context import AppContext
from vigil.errors import UsageError


def _since(ctx, param, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)")


def _claim_line(row: dict) -> str:
    period = row["period_start"] if row["period_start"] == row["period_end"] else f"{row['period_start']}..{row['period_end']}"
    return f"{row['event']} {row['country']} {row['count']} ({row['qualifier']}, {row['kind']}, {period})"


@click.command("extract")
@click.option("--jsonl", "jsonl", type=click.File("r", encoding="utf-8"), default=None,
              help="Read records {id, published, title, text} from FILE ('-': stdin) and print claims; no database.")
@click.option("--rerun", is_flag=True, help="Re-extract archived documents (read back from WARC) and report what moved.")
@click.option("--since", callback=_since, default=None, help="With --rerun: only documents published on or after DATE.")
@click.option("--source", "source_ids", multiple=True, help="With --rerun: only documents of this source (repeatable).")
@click.option("--show", is_flag=True, help="With --rerun: list each added, removed and changed claim.")
@click.pass_obj
def command(app: AppContext, jsonl, rerun: bool, since, source_ids, show: bool) -> None:
    """Extract execution claims (counts, dates, offences, places) from reports."""
    if jsonl is not None:
        if rerun or since or source_ids:
            raise UsageError("--jsonl works on its own: it reads a file, not the database")
        from extract.jsonl import run_jsonl

        for line in run_jsonl(jsonl):
            sys.stdout.write(line + "\n")
        return
    if (since or source_ids) and not rerun:
        raise UsageError("--since and --source go with --rerun")
    from vigil import extraction

    if not rerun:
        report = extraction.extract_new_documents(app.db, timezone=app.reference_timezone())
        click.echo(f"Extracted {report.summary()}.")
        if report.failed:
            raise extraction.ExtractionFailed(report)
        return
    known = {s.id for s in app.sources().sources}
    unknown = [s for s in source_ids if s not in known]
    if unknown:
        raise UsageError(f"--source {unknown[0]}: no such source in sources.yaml (known: {', '.join(sorted(known))})")
    from vigil.alerting import compute_totals

    week_settings = app.week_settings()

    def weekly_totals(db) -> list[dict]:
        return [week.to_dict() for week in compute_totals(db, week_settings).all_weeks()]

    report = extraction.rerun(app.db, app.archive_dir, weekly_totals, since=since, source_ids=source_ids,
                              timezone=week_settings.timezone)
    click.echo(f"Re-run: {report.summary()}.")
    for line in extraction.iter_counts(report):
        click.echo(f"  {line}")
    if show:
        for row in report.added:
            click.echo(f"  + {_claim_line(row)}  {plain(row['url'])}\n      {row['evidence']!r}")
        for row in report.removed:
            click.echo(f"  - {_claim_line(row)}  {plain(row['url'])}\n      {row['evidence']!r}")
        for old, new in report.changed:
            click.echo(f"  ~ {_claim_line(old)} -> {_claim_line(new)}  {plain(new['url'])}")
    if report.moved_totals:
        click.echo("Weekly totals that moved:")
        for moved in report.moved_totals:
            click.echo(f"  {moved['week']} {moved['country']}: {moved['before']} -> {moved['after']}")
    for url, error in report.failed:
        click.echo(f"  failed: {plain(url)}: {plain(error)}", err=True)
    if report.failed:
        sys.exit(1)
