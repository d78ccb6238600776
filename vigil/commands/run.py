"""`vigil run`: the scheduler service (foreground; systemd supervises it)."""

from __future__ import annotations

import sys

import click

from vigil.context import AppContext


@click.command("run")
@click.pass_obj
def command(app: AppContext) -> None:
    """Run every job of schedules.yaml on its schedule until SIGTERM or SIGINT."""
    from vigil.runlock import RunLock
    from vigil.service import Service

    config = app.config  # validate all three files before anything is scheduled
    # One service per data directory, locked before anything is read: a second one would
    # mark the first one's running jobs abandoned. The kernel releases the lock at exit.
    lock = RunLock(app.data_dir).acquire()
    app.may_create = True
    app.db  # create or migrate the database now, so a bad data directory fails at start
    app.close()
    try:
        code = Service(config, app.data_dir).run()
    finally:
        lock.release()
    sys.exit(code)
