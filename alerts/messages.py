"""Turning a rule's finding (and what changed) into the notification staff receive."""

from __future__ import annotations

from datetime import date, timedelta

from alerts.notification import Item, Notification, Section
from alerts.records import ClaimRecord
from alerts.state import Transition
from alerts.totals import Totals
from alerts.wording import counted


CHART_WEEKS = 12  # the weeks a notice's chart shows


def chart_span(totals: Totals, last_week: date, unwatched: frozenset[date], countries: list[str] | None = None) -> int:
    """How many weeks (1 to CHART_WEEKS) a chart ending with `last_week` draws: it starts after
    the leading weeks that came before the first collection (`unwatched`) and have no figure for
    `countries` (None: any country), as their 0 would read as quiet weeks (a new install; a
    replayed demo's weeks before its first reports)."""
    countries = totals.countries() if countries is None else countries
    weeks = CHART_WEEKS
    while weeks > 1:
        first = last_week - timedelta(weeks=weeks - 1)
        if first not in unwatched or any(totals.week(first, c).total for c in countries):
            break
        weeks -= 1
    return weeks


def claim_item(claim: ClaimRecord) -> Item:
    """A report as a link: its title, then source (and the organisations it cites), date and the
    evidence sentence."""
    published = claim.published.isoformat() if claim.published else "undated"
    citing = f" citing {', '.join(claim.relayed)}" if claim.relayed else ""  # whose figure it is
    note = f"{claim.source_id or 'unknown source'}{citing}, {published}: {' '.join(claim.evidence.split())}"
    return Item(claim.title or claim.url or f"claim {claim.id}", claim.url, note)


def web_links(web_url: str | None, country: str, week_label: str | None = None,
              claims: tuple[ClaimRecord, ...] = ()) -> tuple[Section, ...]:
    """Where staff check a notice in the web view (`vigil serve` at `web_url`, alerts.yaml): the
    week's page, which lists every claim behind the figure with its evidence sentence and archived
    page, or each claim's page; the report's own link may be dead by the time anyone looks.
    No `web_url`: no section."""
    if not web_url:
        return ()
    if claims:
        items = tuple(Item(f"Claim #{c.id}: its evidence sentence and the archived page", f"{web_url}/claims/{c.id}")
                      for c in claims)
    elif week_label:
        items = (Item(f"Week {week_label}, {country}: every claim behind the figure, with its evidence and "
                      "archived page", f"{web_url}/weeks/{week_label}?country={country}"),)
    else:
        items = (Item(f"Weekly totals, {country}", f"{web_url}/?country={country}"),)
    return (Section("Check it in Vigil", items),)


def _day(day) -> str:
    """`2 October 2025`: how a message names a day."""
    return f"{day.day} {day:%B %Y}"


def _executions(n: int) -> str:
    return f"{n} execution{'' if n == 1 else 's'}"


def _headline(t: Transition, step: int | None) -> str:
    f = t.finding
    week = f.key.partition(":")[0]
    facts = dict(f.facts)
    resolved = t.notify == "resolved"
    if f.rule_type == "weekly_total":
        if resolved:
            return f"Resolved: {f.country} week {week} total now {f.value}, below {f.threshold}"
        reached = f.threshold + t.after.level * (step or 0)
        return f"{f.country}: {_executions(f.value)} in week {week} (at or above {reached})"
    if f.rule_type == "weekly_rise":
        if resolved:
            return f"Resolved: {f.country} week {week} rise now {f.value}%, below {f.threshold}%"
        return f"{f.country}: executions up {f.value}% in week {week} ({facts['compared']})"
    if f.rule_type == "offence":
        if resolved:  # what remains may be none of them: name what the rule watches
            watched = " or ".join(facts["watched offences"].split(", "))
            return f"Resolved: {f.country} week {week} now {_executions(f.value)} for {watched}"
        # "or": each execution counted was for at least one of the charges named, not for all of them
        charged = " or ".join(facts["offences"].split(", "))
        return f"{f.country}: {_executions(f.value)} for {charged} in week {week}"
    if f.rule_type == "year_to_date":
        year = int(week)
        if resolved:
            return f"Resolved: {f.country} {year} figure now {f.value}, not above {year - 1}"
        return f"{f.country}: {year} executions so far ({f.value}) have passed the {year - 1} total ({f.threshold - 1})"
    if f.rule_type == "imminent":
        first = f.evidence[0] if f.evidence else None
        about = f" ({first.title})" if first and first.title else ""
        return f"Imminent execution reported, {f.country}: {f.title_hint}{about}"
    return f"{f.rule_id}: {f.key} = {f.value}"


def alert_notification(t: Transition, rule_step: int | None, totals: Totals | None,
                       web_url: str | None = None, unwatched: frozenset[date] = frozenset()) -> Notification:
    """The notice for one transition; the chart shows the country's last 12 weeks, less those
    before the first collection with no figure (`unwatched`, chart_span); with `web_url` it links
    to the week (or for an imminent execution, the claims) in the web view."""
    f = t.finding
    title = _headline(t, rule_step)
    verb = {"firing": "Alert", "escalated": "Alert (higher)", "resolved": "Resolved"}.get(t.notify, "Alert")
    summary = f"{verb} from rule {f.rule_id}."
    if f.late is not None and t.notify != "resolved":
        title = f"Late news: {title}"
        summary += (f" Late news: week {f.key.partition(':')[0]} is over; it reached {f.value}"
                    f"{'%' if f.rule_type == 'weekly_rise' else ''} with reports collected on {_day(f.late)}.")
    if t.notify == "escalated":
        summary += f" The value has passed another step since the last notice (now {f.value})."
    sections = ()
    if f.evidence:
        heading = "Reports" if f.rule_type == "imminent" else "Reports behind the figure"
        sections = (Section(heading, tuple(claim_item(c) for c in f.evidence)),)
    if f.rule_type == "imminent":
        sections += web_links(web_url, f.country, claims=f.evidence)
    else:  # weekly rules' keys start with their week's label; year_to_date's with the year
        week_label = f.key.partition(":")[0]
        sections += web_links(web_url, f.country, week_label if "-W" in week_label else None)
    chart, chart_title = {}, ""
    if totals is not None and f.chart_week is not None:
        weeks = chart_span(totals, f.chart_week, unwatched, [f.country])
        chart = {f.country: totals.series(f.country, f.chart_week, weeks)}
        chart_title = (f"Executions per week, {f.country}, last {counted(weeks, 'week')}" if weeks > 1
                       else f"Executions that week, {f.country}")
    return Notification(
        kind="resolved" if t.notify == "resolved" else "alert",
        title=title,
        summary=summary,
        facts=f.facts,
        sections=sections,
        chart=chart,
        chart_title=chart_title,
        dedup_key=t.dedup_key,
    )


def test_notification(channel_name: str, dedup_key: str) -> Notification:
    return Notification(
        kind="test",
        title=f"Vigil test message to {channel_name}",
        summary="If you can read this, Vigil can deliver alerts through this channel.",
        facts=(("channel", channel_name),),
        dedup_key=dedup_key,
    )
