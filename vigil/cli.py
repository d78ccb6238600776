"""The `vigil` command: a click group with one subcommand per verb.

Library code raises typed errors (vigil.errors); only this module turns them into
messages on stderr and exit statuses: 2 for configuration or usage, 1 for the rest.
"""

from __future__ import annotations

import functools
import importlib
import logging
import os
import select
import sqlite3
import sys
from pathlib import Path

import click

from alerts.plaintext import plain
from vigil import __version__
from vigil.errors import ConfigError, VigilError

log = logging.getLogger("vigil")

# Each verb's module, imported only when that verb runs (or help lists it), so a command pays
# for the libraries it uses and no other: `vigil --version` loads neither Scrapy, spaCy,
# matplotlib nor Flask. Modules in vigil/commands/ keep heavy imports inside their functions.
COMMANDS = {
    "demo": "vigil.commands.demo",
    "collect": "vigil.commands.collect",
    "extract": "vigil.commands.extract",
    "eval": "vigil.commands.eval",
    "totals": "vigil.commands.totals",
    "claims": "vigil.commands.claims",
    "show": "vigil.commands.show",
    "review": "vigil.commands.review",
    "alerts": "vigil.commands.alerts",
    "digest": "vigil.commands.digest",
    "run": "vigil.commands.run",
    "status": "vigil.commands.status",
    "check": "vigil.commands.check",
    "archive": "vigil.commands.archive",
    "serve": "vigil.commands.serve",
    "users": "vigil.commands.users",
}


def setup_logging(verbosity: int) -> None:
    """Logs go to stderr with timestamps, so stdout carries only results."""
    level = {-1: logging.WARNING, 0: logging.INFO}.get(verbosity, logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for noisy in ("scrapy", "twisted", "filelock", "apscheduler.scheduler", "matplotlib", "mail.log"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # trafilatura warns of every stretch it discards ("discarding data"), which is its job, not a fault
    logging.getLogger("trafilatura").setLevel(max(level, logging.ERROR))


# What a shell reports for a program its reader stopped (128 + SIGPIPE), as `yes | head -1` ends.
EXIT_CLOSED_PIPE = 128 + 13


def stdout_closed() -> bool:
    """True when stdout is a pipe whose reading end is closed (`vigil show 47 | head -1` after
    head has its line): a pipe with no reader polls as an error. False for anything else, so a
    broken pipe of a socket (a mail server hanging up) is still reported as a failure."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):  # not a real file (a test runner's buffer), or closed
        return False


def end_quietly_on_closed_pipe() -> None:
    """Stop as a command-line tool does when its reader has gone: no message, status 141.
    stdout is pointed at /dev/null first, so the interpreter's last flush cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    sys.exit(EXIT_CLOSED_PIPE)


def handle_errors(func):
    """Map Vigil's typed errors to one message per line and the documented exit status."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            result = func(*args, **kwargs)
            sys.stdout.flush()  # output still buffered would otherwise meet a closed pipe at exit, unhandled
            return result
        except ConfigError as exc:
            for problem in exc.problems:
                click.echo(f"error: {problem}", err=True)
            if any("environment variable" in p and "is not set" in p for p in exc.problems):
                click.echo("hint: set them in the environment or give --env-file FILE "
                           "(the service's EnvironmentFile; deploy/vigil.env.example lists them)", err=True)
            sys.exit(exc.exit_code)
        except VigilError as exc:
            click.echo(f"error: {plain(exc)}", err=True)  # messages may quote URLs and text from reports
            sys.exit(exc.exit_code)
        except sqlite3.Error as exc:  # a fault of the store (read-only, full, corrupt): one line, no traceback
            log.debug("database error", exc_info=True)
            click.echo(f"error: the database failed: {exc} (is the data directory writable, the disk full?)", err=True)
            sys.exit(1)
        except OSError as exc:  # a disk fault outside the store (a full or read-only archive directory)
            if isinstance(exc, BrokenPipeError) and stdout_closed():
                end_quietly_on_closed_pipe()
            log.debug("disk error", exc_info=True)
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            sys.exit(1)

    return wrapper


class VigilGroup(click.Group):
    """Runs every subcommand under `handle_errors`; loads each from COMMANDS on first use
    (click's lazy-loading pattern: https://click.palletsprojects.com/en/stable/complex/#lazily-loading-subcommands)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        return importlib.import_module(COMMANDS[name]).command

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
@click.option(
    "--env-file",
    "env_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Read NAME=VALUE lines (the service's EnvironmentFile, e.g. /etc/vigil/vigil.env) into the "
    "environment first; variables already set win.",
)
@click.option("--init", "init", is_flag=True,
              help="Create the data directory and database if missing (collect and run always may).")
@click.option("-v", "--verbose", "verbose", count=True, help="More log output (debug).")
@click.option("-q", "--quiet", "quiet", is_flag=True, help="Only warnings and errors in the log.")
@click.version_option(__version__, "--version", prog_name="vigil")
@click.pass_context
def cli(ctx: click.Context, config_dir: Path, data_dir: Path, env_file: Path | None, init: bool, verbose: int,
        quiet: bool) -> None:
    """Vigil: collect execution reports, extract the figures, alert on weekly totals."""
    from vigil.context import AppContext

    setup_logging(-1 if quiet else verbose)
    if env_file is not None:
        from vigil.envfile import load_env_file

        handle_errors(load_env_file)(env_file)
    ctx.obj = AppContext(config_dir=config_dir, data_dir=data_dir, may_create=init)
    ctx.call_on_close(ctx.obj.close)


def main() -> None:
    cli(prog_name="vigil")


if __name__ == "__main__":
    main()
