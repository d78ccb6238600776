"""`vigil run`: the scheduler service (foreground; systemd supervises it)."""

from __future__ import annotations

import sys

import click

from vigil.context import AppContext
from vigil.service import Service


@click.command("run")
@click.pass_obj
def command(app: AppContext) -> None:
    """Run every job of schedules.yaml on its schedule until SIGTERM or SIGINT."""
    config = app.config  # validate all three files before anything is scheduled
    app.db  # create or migrate the database now, so a bad data directory fails at start
    app.close()
    sys.exit(Service(config, app.data_dir).run())
