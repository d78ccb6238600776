"""`vigil collect`: fetch the due feeds and sites now, and print what each one gave."""

from __future__ import annotations

import click

from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


@click.command("collect")
@click.option("--source", "source_ids", multiple=True, metavar="ID", help="Only this source (repeatable); runs it even if disabled.")
@click.option("--feeds-only", is_flag=True, help="Only feed sources (the scheduler's collect-feeds job).")
@click.option("--sites-only", is_flag=True, help="Only site sources, crawled by Scrapy (the crawl-sites job).")
@click.option("--force", is_flag=True, help="Fetch sources even if fetched within their min_interval.")
@click.pass_obj
def command(app: AppContext, source_ids: tuple[str, ...], feeds_only: bool, sites_only: bool, force: bool) -> None:
    """Fetch feeds and crawl sites into the database and the WARC archive."""
    from vigil.collect import CollectionFailed, collect

    if feeds_only and sites_only:
        raise UsageError("--feeds-only and --sites-only exclude each other (give neither to collect both)")
    kinds = ("feed",) if feeds_only else ("site",) if sites_only else ("feed", "site")
    report = collect(app, source_ids=source_ids or None, kinds=kinds, force=force)
    for source in report.sources:
        click.echo(source.line())
    click.echo(report.summary())
    if report.all_failed():
        raise VigilError(f"{CollectionFailed(report)}; see the errors above")
