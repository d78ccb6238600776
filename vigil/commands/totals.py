"""`vigil totals`: weekly execution totals per country, deduplicated across sources."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, timedelta

import click

from alerts.wording import counted
from vigil.commands.options import country_option, day_option
from vigil.context import AppContext

COLUMNS = ("week", "week_start", "country", "total", "reported", "confirmed", "incidents", "bound", "sources")
OFFENCE_COLUMNS = ("week", "week_start", "country", "offence", "total", "incidents", "with_other_charges", "bound",
                   "counted_under_each_charge")
OFFENCE_NOTE = ("An incident counts under each of its charges (8 executed for drug and murder charges are 8 "
                "drug and 8 murder): rows of one week overlap and do not add up to its total, and "
                "`with_other_charges` says how many of a row's executions were of incidents charged with "
                "another offence as well (the report gives no split). "
                "The row {all_charges} is the week's total, where a figure for the whole week that names no "
                "charge counts; `bound` is the figure for the whole week a row used.")


@click.command("totals")
@click.option("--weeks", "weeks", type=click.IntRange(1, 520), default=12, show_default=True, help="How many weeks.")
@country_option
@day_option("--as-of",
              help="Show the weeks up to the one holding this day (default: today), counted with every report and "
                   "review stored now; not a replay (`digest`/`alerts --dry-run --as-of` show what was known that day).")
@click.option("--by-offence", is_flag=True,
              help="One row per week, country and offence, then one for all charges (the week's total).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True, help="Output format."
)
@click.pass_obj
def command(app: AppContext, weeks: int, country: str | None, as_of: date | None, by_offence: bool, fmt: str) -> None:
    """Weekly totals of executions per country (or per offence), newest week last.

    A week starts on alerts.yaml's `week_starts` day; `week` is the ISO week label of that
    first day (with Monday starts, exactly the ISO week). `total` is the larger of the
    deduplicated incident sum and `bound`, the largest one-week figure a source gave.
    `reported` sums every incident, `confirmed` those confirmed by two independent sources,
    an official source or a reviewer. With --by-offence an incident counts under each of its
    charges, so the rows of one week overlap.
    """
    from vigil.alerting import compute_totals

    totals = compute_totals(app.read_db, app.week_settings())
    scheme = totals.scheme
    last_week = scheme.start_of(as_of or scheme.today())
    country = country.upper() if country else None
    if by_offence:
        rows = totals.offence_weeks(last_week, weeks, country)
        columns = OFFENCE_COLUMNS
    else:
        rows = [t.to_dict() for t in totals.weeks(last_week, weeks, country)]
        columns = COLUMNS
    shown = weeks_shown(scheme, last_week, weeks, country)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif rows:
        # --as-of picks the weeks; unlike a replay (digest/alerts --as-of) it counts what is stored now
        now_note = ", with the reports and reviews stored now (not a replay of that day)" if as_of else ""
        click.echo(f"{shown[0].upper()}{shown[1:]}{now_note}:")
        if by_offence:  # the note says it once, above the rows, instead of a column
            from alerts.totals import ALL_CHARGES

            click.echo(OFFENCE_NOTE.format(all_charges=ALL_CHARGES))
            columns = columns[:-1]
        echo_table(rows, columns)
    if not rows:
        # On stderr for csv and json, whose stdout a program reads.
        click.echo(f"No executions recorded in {shown}. {weeks_with_data(totals, country)}", err=fmt != "table")
    for line in collection_notes(app, scheme, last_week, weeks, before_first=not rows):
        click.echo(line, err=fmt != "table")


def collection_notes(app: AppContext, scheme, last_week: date, weeks: int, before_first: bool) -> list[str]:
    """For the weeks shown in which collection failed or was stale (vigil.coverage): which sources,
    since when, how many reports were read; so a dead feed never reads as a quiet week. With
    `before_first` (an empty answer), also the weeks before the store's first collection."""
    from vigil.coverage import week_coverage
    from vigil.errors import ConfigError

    try:
        sources = app.sources().enabled()
    except ConfigError:
        sources = None  # no sources.yaml here: the sources the store knows
    notes, unmonitored = [], []
    for back in range(weeks - 1, -1, -1):
        week_start = last_week - timedelta(weeks=back)
        coverage = week_coverage(app.read_db, week_start, scheme.timezone, sources)
        if coverage.before_collection:
            unmonitored.append(scheme.label(week_start))
        elif coverage.troubled:
            what = "nothing was collected" if coverage.stopped else "collection failed or was stale"
            notes.append(f"{scheme.label(week_start)}: {what} ({counted(coverage.read, 'report')} read): "
                         + "; ".join(f"{s.source_id} {s.problem}" for s in coverage.troubled))
    if notes:
        notes.insert(0, "Collection problems (these weeks' figures are incomplete, not quiet):")
    if unmonitored and before_first:
        # not a problem of a fresh install, but still no quiet week: Vigil was not reading yet
        span = unmonitored[0] if len(unmonitored) == 1 else f"{unmonitored[0]} to {unmonitored[-1]}"
        notes.insert(0, f"Not monitored yet: {span} came before the first collection (unknown, not quiet).")
    return notes


def weeks_shown(scheme, last_week: date, weeks: int, country: str | None) -> str:
    """`the 12 weeks 2025-W27 to 2025-W38 (2025-06-30 to 2025-09-21) for IR`: what a total
    or an empty answer is about, so a wrong --as-of or --country shows at once."""
    first_week = last_week - timedelta(weeks=weeks - 1)
    labels = scheme.label(last_week) if weeks == 1 else f"{scheme.label(first_week)} to {scheme.label(last_week)}"
    what = "the week" if weeks == 1 else f"the {weeks} weeks"
    return (f"{what} {labels} ({first_week} to {last_week + timedelta(days=6)})"
            + (f" for {country}" if country else ""))


def weeks_with_data(totals, country: str | None) -> str:
    """Where the data is, for an empty answer: `Weeks with data: 5, 2025-W36 to 2025-W40.`"""
    labels = sorted({w.week_start: w.week for w in totals.all_weeks() if country in (None, w.country)}.items())
    if not labels:
        return f"No week has any execution claim{' for ' + country if country else ''} in this database."
    span = labels[0][1] if len(labels) == 1 else f"{labels[0][1]} to {labels[-1][1]}"
    return (f"Weeks with data{' for ' + country if country else ''}: {len(labels)}, {span} "
            f"(--as-of {labels[-1][0] + timedelta(days=6)} shows the latest).")


def echo_table(rows: list[dict], columns: tuple[str, ...]) -> None:
    cells = [[("-" if row[c] is None else str(row[c])) for c in columns] for row in rows]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
