"""Options that several commands share, as decorators, so each is declared once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from vigil.errors import UsageError


def _country_code(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO code or a country's name -> the code; anything else is a usage error, not a
    silent "no executions" for a country that cannot be in the data."""
    if value is None:
        return None
    from vigil import countries  # YAML data: read when a country is given, not for `--help`

    try:
        return countries.resolve(value)
    except countries.UnknownCountry as exc:
        raise UsageError(f"--country: {exc}")


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option's value as a date (None stays None); anything else is a usage error naming
    the option, worded the same for every command that takes a day."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: not a date: {value!r} (use YYYY-MM-DD)") from None


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    return parse_day(value, param.opts[0])


def day_option(name: str, help: str, **kwargs):
    """A `--NAME YYYY-MM-DD` option whose value reaches the command as a date (or None)."""
    return click.option(name, callback=_day, default=None, metavar="YYYY-MM-DD", help=help, **kwargs)


country_option = click.option(
    "--country", "country", callback=_country_code, help="Only this country (ISO code, e.g. IR; or its name)."
)


def utf8_lines(file):
    """The lines of a JSONL `file` opened in binary ("rb"), decoded as UTF-8 (a byte-order mark
    at its start dropped). A line that is not UTF-8 (a file saved as UTF-16 or Windows-1256) is
    a usage error naming the file and line; decoded by click it would end in a traceback."""
    name = "stdin" if file.name in ("-", "<stdin>") else file.name
    for number, raw in enumerate(file, start=1):
        try:
            yield raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{name}: line {number}: not UTF-8 text (byte {raw[exc.start]:#04x} at column "
                             f"{exc.start + 1}); save the file as UTF-8") from None


def deprecated_flag(old: str, new: str) -> None:
    """Say once, on stderr, that a verb given as a flag has become a subcommand.

    The old flags stay as hidden aliases for one release so scripts and unit files keep
    working; stdout is untouched, so what a program reads does not change."""
    click.echo(f"note: `vigil {old}` is deprecated and goes in the next release; use `vigil {new}`", err=True)


vocabulary_option = click.option(
    "--vocabulary", "vocabulary", metavar="DIR", type=click.Path(path_type=Path), default=None,
    help="Extract with the vocabulary files in DIR (edited copies of extract/data/ files: vocab.yaml, events.yaml, "
         "...) in place of the packaged ones, to try a phrase without editing the package.")


def extractor_for(vocabulary: Path | None):
    """An Extractor reading the vocabulary overrides in `vocabulary` (None: None, the caller's
    shared packaged one). A bad override is a usage error naming its file and entry."""
    if vocabulary is None:
        return None
    from extract import Extractor
    from extract.lexicon import VocabularyFileError

    try:
        return Extractor(vocabulary=vocabulary)
    except (VocabularyFileError, OSError) as exc:
        raise UsageError(f"--vocabulary {vocabulary}: {exc}")
    except UnicodeDecodeError as exc:  # extract/ reads the files as UTF-8; find the one that is not
        for path in sorted(p for p in vocabulary.iterdir() if p.is_file()):
            if path.read_bytes() == exc.object:
                raise UsageError(f"--vocabulary {vocabulary}: {path}: not UTF-8 text (byte "
                                 f"{exc.object[exc.start]:#04x} at offset {exc.start}); save it as UTF-8") from None
        raise UsageError(f"--vocabulary {vocabulary}: a file is not UTF-8 text; save it as UTF-8") from None
