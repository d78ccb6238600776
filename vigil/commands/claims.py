"""`vigil claims --week`: the claims behind a week's total, and what was done with each;
with `--event`, the sentenced and imminent claims of the week too."""

from __future__ import annotations

import json

import click

from alerts.plaintext import plain
from alerts.wording import counted
from vigil.commands.options import country_option
from vigil.context import AppContext
from vigil.errors import UsageError
from vigil.provenance import support_note

EVENTS = ("executed", "sentenced", "imminent")  # as extract/ names them (SCHEMA.md `event`)


@click.command("claims")
@click.option("--week", "week", required=True, metavar="YYYY-Www", help="The week, as `vigil totals` labels it (2025-W38).")
@country_option
@click.option("--event", "event", type=click.Choice([*EVENTS, "all"]), default="executed", show_default=True,
              help="Which claims: executions (those behind the total), death sentences, imminent executions, or all.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def command(app: AppContext, week: str, country: str | None, event: str, fmt: str) -> None:
    """List the claims behind a week's total: source, URL, date, evidence, and whether each
    was counted, merged into another report of the same incident, or used as a bound.

    With --event sentenced, imminent or all, also the claims of death sentences and of
    imminent executions placed in that week; totals never count them.
    """
    from alerts.trace import listed_lines, listed_week, rejected_in, trace_week
    from vigil.alerting import compute_totals, load_records, week_scheme
    from vigil.reviews import split_reviews

    settings = app.week_settings()
    scheme = week_scheme(settings)
    try:
        week_start = scheme.parse(week)
    except ValueError as exc:
        raise UsageError(f"--week: {exc}")
    records, rejected = split_reviews(app.read_db, load_records(app.read_db, scheme.timezone))
    totals = compute_totals(app.read_db, settings, records)
    events = EVENTS if event == "all" else (event,)
    traces = []
    if "executed" in events:
        executed_rejected = [r for r in rejected if r.event == "executed"]
        countries = [country.upper()] if country else sorted(
            set(totals.countries()) | {r.country for r in executed_rejected})
        traces = []
        for code in countries:
            weekly, lines = trace_week(totals, week_start, code)
            lines += rejected_in(totals, executed_rejected, week_start, code)
            if lines:
                traces.append((weekly, lines))
    others = []  # (event, country, lines): claims that are listed, never counted
    for other in events[1:] if "executed" in events else events:
        listed = [r for r in records if r.event == other and listed_week(totals, r) == week_start
                  and (not country or r.country == country.upper())]
        for code in sorted({r.country for r in listed} | {r.country for r in rejected if r.event == other}):
            lines = listed_lines([r for r in listed if r.country == code], scheme, week_start)
            lines += rejected_in(totals, [r for r in rejected if r.event == other], week_start, code)
            if lines:
                others.append((other, code, lines))
    if fmt == "json":
        out = [{**w.to_dict(), "event": "executed", "claims": [line.to_dict() for line in lines]} for w, lines in traces]
        out += [{"week": week, "week_start": week_start.isoformat(), "country": code, "event": other,
                 "claims": [line.to_dict() for line in lines]} for other, code, lines in others]
        click.echo(json.dumps(out, indent=2))
        return
    if not traces and not others:
        what = "execution claims" if event == "executed" else "claims" if event == "all" else f"{event} claims"
        click.echo(f"No {what} in {week} (week of {week_start}){' for ' + country.upper() if country else ''}.")
        return
    for weekly, lines in traces:
        bound = f"bound {weekly.bound}" if weekly.bound is not None else "no bound"
        click.echo(
            f"{weekly.week} (week of {weekly.week_start}) {weekly.country}: total {weekly.total} "
            f"= max(reported {weekly.reported} over {counted(weekly.incidents, 'incident')}, {bound}); "
            f"confirmed {weekly.confirmed}; {counted(weekly.sources, 'source')}"
            + rejected_note(lines)
        )
        for line in lines:
            click.echo(describe(line))
        click.echo("")
    for other, code, lines in others:
        listed = [line for line in lines if line.status == "listed"]
        cases = len({line.incident for line in listed if line.incident is not None})
        same = f" of {counted(cases, 'incident')}" if cases < sum(1 for line in listed if line.incident is not None) else ""
        click.echo(f"{week} (week of {week_start}) {code}: {counted(len(listed), f'{other} claim')}{same} "
                   f"(listed, not counted: totals count executions){rejected_note(lines)}")
        for line in lines:
            click.echo(describe(line))
        click.echo("")


def rejected_note(lines) -> str:
    """'; 1 claim rejected by reviewers (not counted)' when the week lists any, else ''."""
    rejected = sum(1 for line in lines if line.status == "rejected")
    return f"; {counted(rejected, 'claim')} rejected by reviewers (not counted)" if rejected else ""


def describe(line) -> str:
    c = line.claim
    if line.status == "counted":
        what = f"COUNTED   incident {line.incident}: {line.counts} ({line.sureness()}{'; ' + line.why if line.why else ''})"
    elif line.status == "rejected":
        what = f"REJECTED  {line.counts}, not counted"
    elif line.status == "merged":
        what = f"MERGED    into #{line.into} (incident {line.incident}; matched #{line.matched}: {line.why})"
    elif line.status == "bound":
        what = f"BOUND     {line.counts} ({'used: sets the total' if line.used else 'not above the incident sum'})"
    elif line.status == "listed" and line.into is not None:
        what = f"SAME      as #{line.into} (incident {line.incident}; matched #{line.matched}: {line.why})"
    elif line.status == "listed":
        what = f"{c.event.upper():<9} {f'incident {line.incident}: {line.counts}, ' if line.incident else ''}not counted"
    else:
        what = f"UNUSED    {line.other_bound_note()}"
    period = c.period_start.isoformat() if c.period_start else "?"
    if c.period_end and c.period_end != c.period_start:
        period += f"..{c.period_end.isoformat()}"
    head = f"  #{c.id:<6} {what}  [{c.kind} {c.qualifier} {c.count}, {period}]"
    # a relay ("IHR said at least 64 ...") is the cited organisation's figure, not the relaying source's
    citing = f" citing {', '.join(c.relayed)}" if c.relayed else ""
    source = f"    {c.source_id or '?'}{citing}  published {c.published or '?'}  {plain(c.url or '(no URL)')}"
    evidence = " ".join(plain(c.evidence).split())
    # the other sentences the claim rests on (a body sentence that gave a headline's day)
    support = "".join(f"\n    also from {support_note(s)}: \"{' '.join(plain(s.get('evidence') or '').split())}\""
                      for s in c.support)
    rules = f"\n    rules: {', '.join(c.rules)}" if c.rules else ""
    spans = f"\n    {line.spans}" if line.spans else ""
    review = f"\n    review: {plain(c.review.describe())} at {c.review.created_at}" if c.review is not None else ""
    return f"{head}\n{source}\n    \"{evidence}\"{support}{rules}{spans}{review}"
