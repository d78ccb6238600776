"""The weekly digest: last week's totals, the change on the week before, who reported, and
the incidents worth reading, with a chart of the last 12 weeks."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from alerts.messages import chart_span, claim_item, web_links
from alerts.notification import Item, Notification, Section
from alerts.totals import Totals
from alerts.wording import counted

CHART_COUNTRIES = 4
NOTABLE = 5
TOP_SOURCES = 5


def digest_key(week_label: str) -> str:
    """One digest per week, ever: re-running the job the same week enqueues nothing new."""
    return f"digest:{week_label}"


def _change(now: int, before: int) -> str:
    if before == 0:
        return f"{now - before:+d} on the week before (none then)"
    return f"{now - before:+d} on the week before ({(now - before) * 100 / before:+.0f}%)"


def build_digest(totals: Totals, week_start: date, web_url: str | None = None, coverage=None,
                 unwatched: frozenset[date] = frozenset()) -> Notification:
    """The digest for the week starting `week_start` (normally the last complete week); with
    `web_url` (alerts.yaml) it links to each country's week in the web view. `coverage`
    (vigil.coverage.Coverage: `stopped`, `troubled`, `lines()`) says what collection did that
    week, so a week nothing was collected in never reads as a quiet one. `unwatched`: the weeks
    before the first collection; the chart starts after those of them that have no figure, as
    their 0 would read as quiet weeks (a new install; a kept demo's July before its August reports)."""
    scheme = totals.scheme
    label = scheme.label(week_start)
    before_start = week_start - timedelta(weeks=1)
    countries = sorted({w.country for w in totals.weeks(week_start, 2)})  # either week: a fall is news too
    rows, facts = [], []
    for country in countries:
        week, before = totals.week(week_start, country), totals.week(before_start, country)
        bound = f", bound {week.bound}" if week.bound is not None else ""
        rows.append(Item(f"{country}: {counted(week.total, 'execution')} ({week.reported} reported, "
                         f"{week.confirmed} confirmed, {counted(week.incidents, 'incident')}{bound}, "
                         f"{counted(week.sources, 'source')}); "
                         f"{_change(week.total, before.total)}"))
        facts.append((country, f"{week.total} ({week.total - before.total:+d})"))

    # each source's reports behind the figures, a report (not each claim of it) once
    reports: dict[object, str] = {}
    incidents = []
    for country in countries:
        for incident in totals.incidents_in(week_start, country):
            incidents.append(incident)
            reports.update((key, m.source_id or "unknown") for key, m in incident.reports.items())
        reports.update((b.claim.report_key, b.claim.source_id or "unknown") for b in totals.bounds_in(week_start, country))
    sources = Counter(reports.values())
    top_sources = tuple(Item(f"{name}: {counted(n, 'report')}") for name, n in
                        sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES])

    notable = []
    for incident in sorted(incidents, key=lambda i: (-i.count, -len(i.reports), i.first.id))[:NOTABLE]:
        item = claim_item(incident.first)
        who = ", ".join(incident.names) or incident.location or "unnamed"
        sure = "confirmed" if incident.confirmed else "reported only"
        relays = incident.relays()  # "ihr cites hengaw": why two reports may be one witness
        sure += f"; {relays}" if relays else ""
        text = f"{incident.country} {incident.day.isoformat()}: {incident.count} executed ({who}; {sure}) - {item.text}"
        notable.append(Item(text, item.url, f"{counted(len(incident.reports), 'report')}; {item.note}"))

    weeks = chart_span(totals, week_start, unwatched)
    twelve = {c: totals.series(c, week_start, weeks) for c in totals.countries()}
    busiest = sorted((c for c in twelve if any(v for _, v in twelve[c])), key=lambda c: (-sum(v for _, v in twelve[c]), c))
    return Notification(
        kind="digest",
        title=f"Vigil weekly digest: week {_week_named(scheme, week_start)}",
        summary=_summary(bool(countries), coverage, _week_named(scheme, totals.latest_week())),
        facts=tuple(facts),
        sections=tuple(s for s in (
            Section("Totals by country", tuple(rows)),
            Section("Sources behind the figures", top_sources),
            Section("Notable incidents", tuple(notable)),
            Section("Collection", tuple(Item(line) for line in (coverage.lines() if coverage is not None else ()))),
            Section("Check it in Vigil", tuple(item for country in countries
                                               for link in web_links(web_url, country, label) for item in link.items)),
        ) if s.items),
        chart={c: twelve[c] for c in busiest[:CHART_COUNTRIES]},
        chart_title=f"Executions per week, last {counted(weeks, 'week')}" if weeks > 1 else "Executions that week",
        dedup_key=digest_key(label),
    )


def _week_named(scheme, week_start: date | None) -> str | None:
    """`2025-W40 (2025-09-29 to 2025-10-05)`, as the title names a week; None for None."""
    if week_start is None:
        return None
    return f"{scheme.label(week_start)} ({week_start.isoformat()} to {(week_start + timedelta(days=6)).isoformat()})"


def _summary(recorded: bool, coverage, latest: str | None = None) -> str:
    """The digest's first line: what was recorded, and whether collection worked that week. A week
    before the first collection (a new install, a database filled from older reports) is
    neither quiet nor a failure: it was not watched; `latest`, the last week with figures, says
    where the data are."""
    if coverage is not None and coverage.before_collection:
        before = f"Vigil was not collecting yet that week (its first fetch was on {coverage.first_fetch.isoformat()})"
        if recorded:  # a figure told later of a past week ("64 in the past week")
            return f"{before}: the figures below come from reports published after it and may be low."
        where = f" The latest week with reported executions is {latest}." if latest else ""
        return f"{before}, so nothing is known of it: no figure, and not a quiet week.{where}"
    if coverage is not None and coverage.stopped:
        return ("Nothing was collected that week: no source could be read (see Collection), "
                "so the week is unknown, not quiet." if not recorded else
                "Collection failed that week (see Collection): the figures below come from reports read "
                "before it stopped and may be low.")
    troubled = coverage is not None and coverage.troubled
    if not recorded:
        return ("No executions were recorded that week by the sources that worked; collection failed or was "
                "stale for " + ", ".join(s.source_id for s in coverage.troubled) + " (see Collection)."
                if troubled else "No executions were recorded that week.")
    return "Executions recorded that week, deduplicated across sources." + (
        " Collection failed or was stale for " + ", ".join(s.source_id for s in coverage.troubled)
        + " (see Collection): the figures may be low." if troubled else "")
