"""`vigil totals`: weekly execution totals per country, deduplicated across sources."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date

import click

from vigil.alerting import compute_totals
from vigil.context import AppContext
from vigil.errors import UsageError

COLUMNS = ("week", "week_start", "country", "total", "reported", "confirmed", "incidents", "bound", "sources")
OFFENCE_COLUMNS = ("week", "week_start", "country", "offence", "total", "incidents", "counted_under_each_charge")
OFFENCE_NOTE = ("An incident counts under each of its charges (8 executed for drug and murder charges are 8 "
                "drug and 8 murder): rows of one week overlap and do not add up to its total.")


def parse_day_option(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)")


@click.command("totals")
@click.option("--weeks", "weeks", type=click.IntRange(1, 520), default=12, show_default=True, help="How many weeks.")
@click.option("--country", "country", help="Only this country (ISO code, e.g. IR).")
@click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help="Show the weeks up to the one holding this day (default: today).")
@click.option("--by-offence", is_flag=True, help="One row per week, country and offence.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format."
)
@click.pass_obj
def command(app: AppContext, weeks: int, country: str | None, as_of: str | None, by_offence: bool, fmt: str) -> None:
    """Weekly totals of executions per country (or per offence), newest week last.

    A week starts on alerts.yaml's `week_starts` day; `week` is the ISO week label of that
    first day (with Monday starts, exactly the ISO week). `total` is the larger of the
    deduplicated incident sum and `bound`, the largest one-week figure a source gave.
    `reported` sums every incident, `confirmed` those confirmed by two independent sources,
    an official source or a reviewer. With --by-offence an incident counts under each of its
    charges, so the rows of one week overlap.
    """
    totals = compute_totals(app.db, app.week_settings())
    scheme = totals.scheme
    last_week = scheme.start_of(parse_day_option(as_of, "--as-of") or scheme.today())
    country = country.upper() if country else None
    if by_offence:
        rows = totals.offence_weeks(last_week, weeks, country)
        columns = OFFENCE_COLUMNS
    else:
        rows = [t.to_dict() for t in totals.weeks(last_week, weeks, country)]
        columns = COLUMNS
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    else:
        if by_offence:  # the note says it once, above the rows, instead of a column
            click.echo(OFFENCE_NOTE)
            columns = columns[:-1]
        echo_table(rows, columns)


def echo_table(rows: list[dict], columns: tuple[str, ...]) -> None:
    if not rows:
        click.echo("No executions recorded in these weeks.")
        return
    cells = [[("-" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
