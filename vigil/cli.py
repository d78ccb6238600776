"""The `vigil` command: a click group with one subcommand per verb.

Library code raises typed errors (vigil.errors); only this module turns them into
messages on stderr and exit statuses: 2 for configuration or usage, 1 for the rest.
"""

from __future__ import annotations

import functools
import logging
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import click

from vigil.context import AppContext
from vigil.errors import ConfigError, VigilError

log = logging.getLogger("vigil")


def _version() -> str:
    try:
        return version("vigil")
    except PackageNotFoundError:
        return "unknown"


def setup_logging(verbosity: int) -> None:
    """Logs go to stderr with timestamps, so stdout carries only results."""
    level = {-1: logging.WARNING, 0: logging.INFO}.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("scrapy", "twisted", "filelock", "trafilatura", "apscheduler.scheduler", "matplotlib", "mail.log"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


def handle_errors(func):
    """Map Vigil's typed errors to one message per line and the documented exit status."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            sys.exit(exc.exit_code)
        except VigilError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


class VigilGroup(click.Group):
    """Runs every subcommand under `handle_errors`."""

    def invoke(self, ctx):
        return handle_errors(super().invoke)(ctx)


@click.group(cls=VigilGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="VIGIL_CONFIG",
    default=".",
    show_default=True,
    help="Directory holding sources.yaml, schedules.yaml and alerts.yaml (env VIGIL_CONFIG).",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="VIGIL_DATA",
    default="data",
    show_default=True,
    help="Directory for the database and the WARC archive (env VIGIL_DATA).",
)
@click.option("-v", "--verbose", "verbose", count=True, help="More log output (debug).")
@click.option("-q", "--quiet", "quiet", is_flag=True, help="Only warnings and errors in the log.")
@click.version_option(_version(), "--version", prog_name="vigil")
@click.pass_context
def cli(ctx: click.Context, config_dir: Path, data_dir: Path, verbose: int, quiet: bool) -> None:
    """Vigil: collect execution reports, extract the figures, alert on weekly totals."""
    setup_logging(-1 if quiet else verbose)
    ctx.obj = AppContext(config_dir=config_dir, data_dir=data_dir)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    """Commands live in vigil/commands/, one module per verb, registered here explicitly."""
    from vigil.commands import (alerts, check, claims, collect, demo, digest, extract, run, serve, status, totals,
                                users)

    for module in (demo, collect, extract, totals, claims, alerts, digest, run, status, check, serve, users):
        cli.add_command(module.command)


_register()


def main() -> None:
    cli(prog_name="vigil")


if __name__ == "__main__":
    main()
