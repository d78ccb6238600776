"""`vigil claims --week`: the claims behind a week's total, and what was done with each."""

from __future__ import annotations

import json

import click

from alerts.plaintext import plain
from alerts.trace import trace_week
from alerts.wording import counted
from vigil.alerting import compute_totals, week_scheme
from vigil.commands.options import country_option
from vigil.context import AppContext
from vigil.errors import UsageError


@click.command("claims")
@click.option("--week", "week", required=True, metavar="YYYY-Www", help="The week, as `vigil totals` labels it (2025-W38).")
@country_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def command(app: AppContext, week: str, country: str | None, fmt: str) -> None:
    """List the claims behind a week's total: source, URL, date, evidence, and whether each
    was counted, merged into another report of the same incident, or used as a bound."""
    settings = app.week_settings()
    try:
        week_start = week_scheme(settings).parse(week)
    except ValueError as exc:
        raise UsageError(f"--week: {exc}")
    totals = compute_totals(app.read_db, settings)
    countries = [country.upper()] if country else totals.countries()
    traces = [trace_week(totals, week_start, c) for c in countries]
    traces = [(weekly, lines) for weekly, lines in traces if lines]
    if fmt == "json":
        click.echo(json.dumps([{**w.to_dict(), "claims": [line.to_dict() for line in lines]} for w, lines in traces], indent=2))
        return
    if not traces:
        click.echo(f"No execution claims in {week} (week of {week_start}){' for ' + country.upper() if country else ''}.")
        return
    for weekly, lines in traces:
        bound = f"bound {weekly.bound}" if weekly.bound is not None else "no bound"
        click.echo(
            f"{weekly.week} (week of {weekly.week_start}) {weekly.country}: total {weekly.total} "
            f"= max(reported {weekly.reported} over {counted(weekly.incidents, 'incident')}, {bound}); "
            f"confirmed {weekly.confirmed}; {counted(weekly.sources, 'source')}"
        )
        for line in lines:
            click.echo(describe(line))
        click.echo("")


def describe(line) -> str:
    c = line.claim
    if line.status == "counted":
        sure = f"confirmed: {line.confirmation}" if line.confirmation else "reported only"
        what = f"COUNTED   incident {line.incident}: {line.counts} ({sure}{'; ' + line.why if line.why else ''})"
    elif line.status == "merged":
        what = f"MERGED    into #{line.into} (incident {line.incident}; matched #{line.matched}: {line.why})"
    elif line.status == "bound":
        what = f"BOUND     {line.counts} ({'used: sets the total' if line.used else 'not above the incident sum'})"
    else:
        what = f"UNUSED    another bound of {line.counts}, not above the one used"
    period = c.period_start.isoformat() if c.period_start else "?"
    if c.period_end and c.period_end != c.period_start:
        period += f"..{c.period_end.isoformat()}"
    head = f"  #{c.id:<6} {what}  [{c.kind} {c.qualifier} {c.count}, {period}]"
    source = f"    {c.source_id or '?'}  published {c.published or '?'}  {plain(c.url or '(no URL)')}"
    evidence = " ".join(plain(c.evidence).split())
    rules = f"\n    rules: {', '.join(c.rules)}" if c.rules else ""
    return f"{head}\n{source}\n    \"{evidence}\"{rules}"
