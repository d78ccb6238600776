"""`vigil serve`: the web view for monitoring staff."""

from __future__ import annotations

import ipaddress

import click

from vigil.context import AppContext


def web_app(app: AppContext, behind_proxy: int = 0):
    from vigil.web.app import WebSettings, create_app

    settings = WebSettings(data_dir=app.data_dir, weeks=app.week_settings(), secure_cookies=behind_proxy > 0,
                           proxies=behind_proxy)
    app.db  # migrate the store (users, reviews) before the first request
    return create_app(settings)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. Keep 127.0.0.1 and put a TLS reverse proxy in front (README).")
@click.option("--port", type=click.IntRange(0, 65535), default=8080, show_default=True, help="Port (0: any free port).")
@click.option("--behind-proxy", "behind_proxy", type=click.IntRange(0, 5), default=0, metavar="N",
              help="N reverse proxies in front terminate TLS: trust their X-Forwarded-For/-Proto and "
                   "send the session cookie only over HTTPS.")
@click.pass_obj
def command(app: AppContext, host: str, port: int, behind_proxy: int) -> None:
    """Serve the web view for staff: weeks, claims, archived pages, reviews (login required)."""
    from vigil.accounts import list_users
    from vigil.web.server import serve

    flask_app = web_app(app, behind_proxy)
    if not list_users(app.db):
        click.echo("No accounts yet: create one with `vigil users add NAME --role admin`.", err=True)
    try:
        public = not ipaddress.ip_address(host).is_loopback
    except ValueError:
        public = True
    if public and not behind_proxy:
        click.echo(f"warning: serving on {host} without TLS; passwords and session cookies cross the network "
                   "in clear text. Bind 127.0.0.1 behind a TLS reverse proxy instead (README).", err=True)
    serve(flask_app, host, port, say=click.echo)
