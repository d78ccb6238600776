"""`vigil archive check`: read every WARC record back and report the damaged ones."""

from __future__ import annotations

import click

from alerts.plaintext import plain
from alerts.wording import counted
from vigil.context import AppContext
from vigil.errors import VigilError


@click.group("archive")
def command() -> None:
    """Inspect the WARC archive."""


@command.command("check")
@click.pass_obj
def check(app: AppContext) -> None:
    """Read every record of every WARC file, checking its length and digests; exit 1 if any is damaged.

    Damage in the middle of a file is stepped over (the next record's start is found), so the
    records after it are checked too; a file cut inside its last record is damage as well."""
    from crawler.archive_check import check_file
    from vigil.context import require_store

    require_store(app.data_dir)  # a mistyped --data must not read as "0 WARC files, 0 problems"
    files = sorted(app.archive_dir.glob("*.warc.gz")) if app.archive_dir.is_dir() else []
    records = damaged = unchecked = 0
    for path in files:
        result = check_file(path)
        records += result.records
        unchecked += result.unchecked_bytes
        for problem in result.problems:
            damaged += 1
            click.echo(f"{path.name}@{plain(problem)}")  # a damaged header's bytes are not for the terminal
    unread = f" ({counted(unchecked, 'byte')} in no readable record)" if unchecked else ""
    click.echo(f"{counted(len(files), 'WARC file')}, {counted(records, 'record')} read, "
               f"{counted(damaged, 'problem')}{unread}.")
    if damaged:
        raise VigilError(f"{app.archive_dir}: {counted(damaged, 'damaged WARC record')} (see above); documents read from "
                         "them keep their stored text; re-collect the sources to fetch them again")
