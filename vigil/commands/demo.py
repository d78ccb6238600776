"""`vigil demo`: the whole pipeline once, on a bundled sample site, without a network."""

from __future__ import annotations

import secrets
import shutil
import tempfile
from pathlib import Path

import click

from vigil.context import AppContext

DEMO_USER = "demo"


@click.command("demo")
@click.option("--keep", "keep_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the demo's configuration and data in DIR/config and DIR/data (DIR new, empty or an "
                   "earlier demo's; default: a temporary directory).")
@click.option("--serve", "serve", is_flag=True,
              help="Then serve the web view over the demo's data on 127.0.0.1, with an admin login it prints (admins review too).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="With --serve: the port.")
@click.pass_obj
def command(app: AppContext, keep_dir: Path | None, serve: bool, port: int) -> None:
    """Serve a sample site on 127.0.0.1 and run collect, extract, totals and alerts once."""
    import logging

    from vigil.demo.walkthrough import run_demo

    root = logging.getLogger()
    if root.level == logging.INFO:  # the demo tells its own story; -v brings the logs back
        root.setLevel(logging.WARNING)
    from vigil.web.server import WebServer

    # bound before the demo runs: a port in use fails at once, not after half a minute of demo
    site = _AppLater()
    server = WebServer(site, "127.0.0.1", port) if serve else None
    temporary = serve and keep_dir is None
    if temporary:
        keep_dir = Path(tempfile.mkdtemp(prefix="vigil-demo-"))  # served after the demo: it must outlive it
    try:
        run_demo(keep_dir, say=click.echo, served=temporary)
        if server is not None:
            serve_demo(keep_dir, server, site)
    finally:
        if server is not None:
            server.close()
        if temporary:  # nobody asked to keep it: gone with the server, as without --serve
            shutil.rmtree(keep_dir, ignore_errors=True)


class _AppLater:
    """A WSGI app set once the demo's data exists; the server is bound before that."""

    app = None

    def __call__(self, environ, start_response):
        return self.app(environ, start_response)


def serve_demo(work_dir: Path, server, site: _AppLater) -> None:
    """Create a demo reviewer with a fresh random password and serve the demo's data on `server`."""
    from vigil.accounts import add_user, get_user, set_password
    from vigil.commands.serve import web_app

    demo_app = AppContext(config_dir=work_dir / "config", data_dir=work_dir / "data")
    password = secrets.token_urlsafe(12)
    if get_user(demo_app.db, DEMO_USER) is None:
        add_user(demo_app.db, DEMO_USER, "admin", password)
    else:
        set_password(demo_app.db, DEMO_USER, password)
    site.app = web_app(demo_app)
    try:
        click.echo(f"\nWeb view: {server.url}\n  log in as  {DEMO_USER}\n  password   {password}\n"
                   f"Open week 2025-W38 for the surge: {server.url}weeks/2025-W38?country=IR\nCtrl-C stops.")
        server.run()
    except KeyboardInterrupt:  # a stop before the loop runs is a clean stop too, as in vigil.web.server.serve
        server.close()
