"""`vigil check`: validate the three configuration files and print what they set up."""

from __future__ import annotations

import os
from collections import Counter
from datetime import datetime, timezone

import click

from vigil.context import AppContext


def describe_politeness(p) -> str:
    """One line for a crawler.throttle.Politeness: `2 per host, AutoThrottle on (target 1), delay 0 s`."""
    throttle = f"AutoThrottle on (target {p.target_concurrency:g})" if p.autothrottle else "AutoThrottle off"
    return f"{p.per_domain} per host, {throttle}, delay {p.download_delay:g} s"


def describe_not_independent(source, sources) -> str:
    """The configured sources whose reports `source` never confirms: those its `independent_of`
    (an allow-list) leaves out. Shown so that a source added later, which such a list does not
    name, is seen to confirm nothing with it."""
    left_out = [s.id for s in sources if s.id != source.id and s.id not in source.independent_of]
    if not source.independent_of:
        return "any other source (independent_of: [])"
    return (", ".join(left_out) or "none") + " (independent_of lists the others)"


def describe_readers(readers) -> str:
    """One line for vigil.config.ReadersSettings: `feeds 2 processes (default for 2 cores), sites 1 (set)`."""
    cores = os.cpu_count() or 1
    parts = []
    for path in ("feeds", "sites"):
        count = readers.count(path)
        how = ("set in sources.yaml" if getattr(readers, path) is not None
               else f"default for {cores} core{'s' if cores != 1 else ''}")
        parts.append(f"{path} {count} process{'es' if count != 1 else ''} ({how})")
    return ", ".join(parts)


@click.command("check")
@click.pass_obj
def command(app: AppContext) -> None:
    """Validate sources.yaml, schedules.yaml and alerts.yaml and print a summary."""
    from alerts.channels.email import interpreter_warning
    from crawler.egress import EgressPolicy
    from vigil.config_warnings import config_warnings
    from vigil.schedule import make_trigger

    config = app.config
    sources = config.sources.sources
    enabled = [s for s in sources if s.enabled]
    # every warning is printed here and counted in the OK line, the machine's too; the egress
    # policy is built without from_setting, whose EGRESS log line would repeat this one
    egress = EgressPolicy(EgressPolicy.networks(config.sources.allow_private_addresses)).warning()
    warnings = config_warnings(config) + [w for w in (egress, interpreter_warning()) if w]
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"Configuration in {config.directory.resolve()}: OK"
               + (f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""))
    by_type = Counter(s.type for s in enabled)
    click.echo(
        f"\nSources: {len(sources)} configured, {len(enabled)} enabled "
        f"({', '.join(f'{n} {t}' for t, n in sorted(by_type.items())) or 'none'})"
    )
    for source in sources:
        where = source.url or ", ".join(source.start_urls)
        state = "" if source.enabled else "  [disabled]"
        country = f"  [only {source.country_filter}]" if source.country_filter else ""
        click.echo(f"  {source.id:<22} {source.type:<5} {source.org:<13} {where}{country}{state}")
        click.echo(f"  {'':<22} politeness: {describe_politeness(config.sources.politeness_of(source))}"
                   + ("  [own]" if source.politeness.model_dump(exclude_none=True) else ""))
        if source.independent_of is not None:
            click.echo(f"  {'':<22} never confirms: {describe_not_independent(source, sources)}")
    click.echo(f"\nReaders: {describe_readers(config.sources.readers)}")

    schedules = config.schedules
    now = datetime.now(timezone.utc)
    click.echo(f"\nJobs (time zone {schedules.timezone}):")
    for job in schedules.jobs:
        trigger = make_trigger(job, schedules.timezone)
        next_run = trigger.get_next_fire_time(None, now)
        when = f"every {job.every}" if job.every else f"cron {job.cron!r}"
        click.echo(f"  {job.id:<12} {job.run:<14} {when:<22} next: {next_run:%Y-%m-%d %H:%M %Z}")

    alerts = config.alerts
    click.echo(f"\nChannels ({len(alerts.channels)}):")
    for name, channel in alerts.channels.items():
        target = f"{channel.host}:{channel.port} -> {', '.join(channel.to)}" if channel.type == "email" else "webhook"
        click.echo(f"  {name:<22} {channel.type:<6} {target}")
    click.echo(f"\nRules ({len(alerts.rules)}), weeks start on {alerts.week_starts} ({alerts.timezone}):")
    for rule in alerts.rules:
        click.echo(f"  {rule.id:<22} {rule.type:<13} {rule.country}  -> {', '.join(rule.channels)}")
