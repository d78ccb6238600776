"""`vigil extract`: claims from new documents; `jsonl` reads a file; `rerun` re-reads the archive."""

from __future__ import annotations

import sys
from datetime import date

import click

from alerts.plaintext import plain
from vigil.commands.options import day_option, deprecated_flag, extractor_for, utf8_lines, vocabulary_option
from vigil.context import AppContext
from vigil.errors import UsageError, VigilError


_since_option = day_option("--since", help="Only documents published on or after this day.")
_source_option = click.option("--source", "source_ids", multiple=True, metavar="ID",
                              help="Only documents of this source (repeatable).")


@click.group("extract", invoke_without_command=True)
@click.option("--jsonl", "jsonl", type=click.File("rb"), default=None, hidden=True)
@click.option("--explain", is_flag=True, hidden=True)
@click.option("--rerun", is_flag=True, hidden=True)
@click.option("--show", is_flag=True, hidden=True)
@day_option("--since", help="", hidden=True)
@click.option("--source", "source_ids", multiple=True, hidden=True)
@click.pass_context
def command(ctx: click.Context, jsonl, explain: bool, rerun: bool, show: bool, since, source_ids) -> None:
    """Extract execution claims (counts, dates, offences, places) from new documents.

    `extract jsonl` reads records from a file instead, with no database; `extract rerun`
    re-extracts archived documents and shows what changed.
    """
    # The hidden options are the verbs as flags of earlier releases (extract --jsonl FILE
    # [--explain], extract --rerun [--since] [--source] [--show]), kept for one release.
    app: AppContext = ctx.obj
    if ctx.invoked_subcommand is not None:
        if jsonl or explain or rerun or show or since or source_ids:
            raise UsageError(f"give `extract {ctx.invoked_subcommand}` its own options, after its name")
        return
    if explain and jsonl is None:
        raise UsageError("--explain goes with --jsonl")
    if jsonl is not None:
        if rerun or since or source_ids:
            raise UsageError("--jsonl works on its own: it reads a file, not the database")
        deprecated_flag("extract --jsonl FILE", "extract jsonl FILE")
        print_jsonl(jsonl, explain)
        return
    if (since or source_ids or show) and not rerun:
        raise UsageError("--since and --source go with --rerun")
    if rerun:
        deprecated_flag("extract --rerun", "extract rerun")
        run_rerun(app, since, source_ids, show=show, dry_run=False)
        return
    from vigil import extraction

    report = extraction.extract_new_documents(app.db, timezone=app.reference_timezone())
    click.echo(f"Extracted {report.summary()}.")
    if report.failed:
        raise extraction.ExtractionFailed(report)


@command.command("jsonl")
@click.argument("file", type=click.File("rb"))
@click.option("--explain", is_flag=True,
              help="Print each claim with the rules that made it, and each rejected candidate with the rule "
                   "that rejected it (text, not JSON).")
@vocabulary_option
def jsonl_command(file, explain: bool, vocabulary) -> None:
    """Print the claims of each JSONL record in FILE; no database.

    Records are {id, published, title, text[, lang]}, FILE '-' is stdin; one line per record,
    {"id": ..., "claims": [...]}, claims in the SCHEMA.md form. A record that cannot be read (not
    JSON, no text, a bad date or lang) gets an "error" field naming its line, the others are
    extracted, and the exit status is 1; 2 when FILE is not UTF-8."""
    print_jsonl(file, explain, extractor_for(vocabulary))


@command.command("rerun")
@_since_option
@_source_option
@click.option("--dry-run", is_flag=True,
              help="Work out and print what would change, on a scratch copy of the database; write nothing.")
@vocabulary_option
@click.pass_obj
def rerun_command(app: AppContext, since, source_ids, dry_run: bool, vocabulary) -> None:
    """Re-extract archived documents and show what changed.

    Pages are read back from the WARC archive (no network). Prints each claim added, removed or
    changed (field by field) and the weekly totals that moved; a claim that comes out the same
    keeps its id. --vocabulary goes with --dry-run: claims of a vocabulary being tried are never stored."""
    if vocabulary is not None and not dry_run:
        raise UsageError("--vocabulary goes with --dry-run: claims of a vocabulary being tried are never stored")
    run_rerun(app, since, source_ids, show=True, dry_run=dry_run, extractor=extractor_for(vocabulary))


def print_jsonl(file, explain: bool, extractor=None) -> None:
    """JSON lines as extract.jsonl writes them (JSON escapes what a program must not misread), or
    with `explain` text for a person, through plain() since record ids and evidence are report text.
    `extractor`: None for the shared packaged one."""
    from extract.jsonl import explain_jsonl, run_jsonl

    errors: list = []
    if not explain:
        for line in run_jsonl(utf8_lines(file), extractor, errors=errors):
            sys.stdout.write(line + "\n")
    else:
        for line in explain_jsonl(utf8_lines(file), extractor, errors=errors):
            sys.stdout.write(plain(line) + "\n")
    if errors:  # every other record was extracted; a script must still see that some were not
        where = "lines" if explain else "\"error\" fields"
        raise VigilError(f"{len(errors)} record{'s' if len(errors) != 1 else ''} not extracted "
                         f"(see the {where} above; the first: {plain(str(errors[0]))})")


def run_rerun(app: AppContext, since: date | None, source_ids, show: bool, dry_run: bool, extractor=None) -> None:
    """Re-run the extractor (None: the shared packaged one) over the archive (vigil.extraction.rerun)
    and print its report; with `dry_run`, over a scratch copy of the database that is thrown away."""
    import tempfile

    from vigil import extraction
    from vigil.alerting import compute_totals
    from vigil.context import require_store
    from vigil.store import open_scratch_copy

    sources = {s.id: s for s in app.sources().sources}
    unknown = [s for s in source_ids if s not in sources]
    if unknown:
        raise UsageError(f"--source {unknown[0]}: no such source in sources.yaml (known: {', '.join(sorted(sources))})")
    week_settings = app.week_settings()

    def weekly_totals(db) -> list[dict]:
        return [week.to_dict() for week in compute_totals(db, week_settings).all_weeks()]

    def run(db):
        return extraction.rerun(db, app.archive_dir, weekly_totals, since=since, source_ids=source_ids,
                                extractor=extractor, timezone=week_settings.timezone, sources=sources)

    if dry_run:
        require_store(app.data_dir)
        with tempfile.TemporaryDirectory(prefix="vigil-rerun-") as scratch:
            db = open_scratch_copy(app.data_dir, scratch)
            try:
                report = run(db)
            finally:
                db.close()
        click.echo("Dry run: nothing was written (ids of added claims are those a re-run now would give).")
    else:
        report = run(app.db)
    print_rerun(report, show)
    if report.failed:
        sys.exit(1)


def print_rerun(report, show: bool) -> None:
    """The summary, per-event counts, each claim that moved (with `show`), totals that moved, failures."""
    from vigil import claimdiff, extraction

    click.echo(f"Re-run: {report.summary()}.")
    for line in extraction.iter_counts(report):
        click.echo(f"  {line}")
    if show:
        for sign, rows in (("+", report.added), ("-", report.removed)):
            for row in rows:
                click.echo(f"  {sign} claim {row['id']}: {plain(claimdiff.summary(row))}  {plain(row['url'])}")
                click.echo(f"      \"{plain(row['evidence'])}\"")
        for old, new in report.changed:
            click.echo(f"  ~ claim {old['id']}: {plain('; '.join(claimdiff.changes(old, new)))}  {plain(new['url'])}")
    if report.moved_totals:
        click.echo("Weekly totals that moved:")
        for moved in report.moved_totals:
            click.echo(f"  {moved['week']} {moved['country']}: {moved['before']} -> {moved['after']}")
    for url, error in report.failed:
        click.echo(f"  failed: {plain(url)}: {plain(error)}", err=True)
