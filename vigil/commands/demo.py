"""`vigil demo`: the whole pipeline once, on a bundled sample site, without a network."""

from __future__ import annotations

from pathlib import Path

import click

from vigil.context import AppContext


@click.command("demo")
@click.option("--keep", "keep_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the demo's configuration and data in DIR (default: a temporary directory).")
@click.pass_obj
def command(app: AppContext, keep_dir: Path | None) -> None:
    """Serve a sample site on 127.0.0.1 and run collect, extract, totals and alerts once."""
    import logging

    from vigil.demo.walkthrough import run_demo

    root = logging.getLogger()
    if root.level == logging.INFO:  # the demo tells its own story; -v brings the logs back
        root.setLevel(logging.WARNING)
    run_demo(keep_dir, say=click.echo)
