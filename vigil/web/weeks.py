"""The overview (weekly totals per country: chart and table, year to date against last year)
and a week's page (its incidents and every claim behind them)."""

from __future__ import annotations

from datetime import date, timedelta

from flask import Blueprint, abort, g, render_template, request

from alerts.trace import rejected_in, trace_week
from vigil.web.chart import weekly_chart
from vigil.web.claimrows import claim_rows, request_reviews, status_of
from vigil.web.figures import (alerted_weeks, figures, figures_end, is_alerted, same_week_last_year, week_row,
                               year_weeks)

bp = Blueprint("weeks", __name__)


def _country(totals) -> str:
    countries = totals.countries()
    wanted = (request.args.get("country") or "").upper()
    if wanted in countries:
        return wanted
    return "IR" if "IR" in countries or not countries else countries[0]


def _rests_on_claims(figure) -> bool:
    """Whether a year's figure (alerts.totals.YearFigure) counts any claim: a 0 that counts none
    is no figure, only the absence of one."""
    return figure.weeks_sum != 0 or figure.bound is not None


def _change(this, last) -> int | None:
    """`this.total - last.total` (alerts.totals.YearFigure), or None when `last` rests on no claim."""
    if not _rests_on_claims(last):
        return None
    return this.total - last.total


@bp.route("/")
def overview():
    fig = figures()
    totals, scheme = fig.totals, fig.scheme
    country = _country(totals)
    as_of = fig.as_of()
    try:
        year = int(request.args.get("year") or as_of.year)
    except ValueError:
        year = as_of.year
    through = as_of if year == as_of.year else date(year, 12, 31)
    alerted = alerted_weeks(g.db)
    reviews = request_reviews(g.db)
    rows, series, last_series = [], [], []
    for ws in year_weeks(scheme, year, through):
        weekly, lines = trace_week(totals, ws, country)
        row = week_row(weekly)
        row["alerted"] = is_alerted(alerted, weekly.week, country)
        row["unreviewed"] = sum(1 for line in lines if line.claim.id not in reviews)
        twin = same_week_last_year(scheme, ws)
        # the same rule as the year-to-date card: last year up to that week counts no claim
        # (none collected or kept) -> no figure ("n/a"), not a 0
        known = twin is not None and _rests_on_claims(totals.year(year - 1, country, twin + timedelta(days=6)))
        row["last_year"] = totals.week(twin, country).total if known else None
        series.append((weekly.week, weekly.total, row["alerted"]))
        last_series.append(row["last_year"])   # None (n/a) draws nothing, as the table shows no figure
        if weekly.total or weekly.incidents or weekly.bound is not None:
            rows.append(row)
    try:
        last_through = through.replace(year=year - 1)
    except ValueError:  # 29 February
        last_through = date(year - 1, 2, 28)
    ytd = {
        "this": totals.year(year, country, through),
        "last": totals.year(year - 1, country, last_through),
        "last_full": totals.year(year - 1, country),
        "through": through,
        "last_through": last_through,
    }
    # a change is only a change against figures: with no claim at all for last year (none
    # collected, or none kept) "+1000" would be this year's figure dressed as a rise
    ytd["change"] = _change(ytd["this"], ytd["last"])
    ytd["last_known"] = _rests_on_claims(ytd["last"])
    ytd["change_full"] = _change(ytd["this"], ytd["last_full"])
    # this year's figures end on the newest claim's day, not today: the page says so (and why)
    ytd["end"] = figures_end(fig, g.db) if year == as_of.year else None
    years = sorted({scheme.year_of(scheme.start_of(r.date)) for r in fig.reviewed if r.date}, reverse=True)
    return render_template(
        "weeks.html", rows=list(reversed(rows)), chart=weekly_chart(series, last_series), ytd=ytd, year=year,
        years=years or [year], country=country, countries=totals.countries() or [country],
    )


@bp.route("/weeks/<label>")
def week(label: str):
    fig = figures()
    totals, scheme = fig.totals, fig.scheme
    try:
        week_start = scheme.parse(label)
    except ValueError:
        abort(404)
    country = _country(totals)
    weekly, lines = trace_week(totals, week_start, country)
    extracted = fig.as_extracted.week(week_start, country)
    details = {r["id"]: r for r in claim_rows(g.db, ids=[line.claim.id for line in lines])}
    # Rejected claims are out of the figures; list them, in the week they would count in, so a
    # rejection can be seen and reversed.
    reviews = request_reviews(g.db)
    rejected_lines = rejected_in(totals, [r for r in fig.rejected if r.event == "executed"], week_start, country)
    rejected_rows = {r["id"]: r for r in claim_rows(g.db, ids=[line.claim.id for line in rejected_lines])}
    rejected = [{"line": line, "row": rejected_rows[line.claim.id]} for line in rejected_lines
                if line.claim.id in rejected_rows]
    incidents = []
    for line in lines:
        detail = details.get(line.claim.id, {})
        entry = {"line": line, "row": detail, "status": status_of(reviews.get(line.claim.id))}
        if line.status in ("counted", "merged"):
            if line.status == "counted":
                incidents.append({"number": line.incident, "count": line.counts, "claims": []})
            incidents[-1]["claims"].append(entry)
    bounds = [{"line": line, "row": details.get(line.claim.id, {}), "status": status_of(reviews.get(line.claim.id))}
              for line in lines if line.status in ("bound", "smaller bound")]
    alerted = is_alerted(alerted_weeks(g.db), weekly.week, country)
    return render_template(
        "week.html", weekly=week_row(weekly), raw=weekly, extracted=extracted, incidents=incidents, bounds=bounds,
        rejected=rejected, country=country, alerted=alerted,
        previous=scheme.label(scheme.back(week_start, 1)), next=scheme.label(scheme.back(week_start, -1)),
        week_end=week_start + timedelta(days=6),
    )
