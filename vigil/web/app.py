"""The Flask application: configuration, security hooks and the blueprints, put together once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from flask import Flask, g, render_template
from werkzeug.exceptions import HTTPException

from vigil.config import WeekSettings
from vigil.store import ARCHIVE_DIR, open_store
from vigil.web import admin, archived, auth, browse, claims, export, security, weeks
from vigil.web.format import register_filters, shown


@dataclass(frozen=True)
class WebSettings:
    """What the application needs to know besides the request.

    `secure_cookies`: mark the session cookie Secure (only sent over HTTPS), for a server behind
    a TLS-terminating reverse proxy; `proxies`: how many proxies in front set X-Forwarded-*.
    `login_limits`: Flask-Limiter strings for failed logins, per account name and per address.
    """

    data_dir: Path
    weeks: WeekSettings
    secure_cookies: bool = False
    proxies: int = 0
    login_limits: tuple[str, str] = ("5 per 15 minutes", "30 per 15 minutes")
    session_hours: int = 12


def create_app(settings: WebSettings, secret_key: bytes | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=secret_key or security.secret_key(settings.data_dir),
        SESSION_COOKIE_NAME="vigil_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",  # Lax lets a link in an alert email open a page; CSRF tokens guard every POST
        SESSION_COOKIE_SECURE=settings.secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=settings.session_hours),
        WTF_CSRF_TIME_LIMIT=settings.session_hours * 3600,
        MAX_CONTENT_LENGTH=64 * 1024,  # forms only; nothing is uploaded
        VIGIL=settings,
    )
    # `finalize` is read when a template is compiled, so it is set before the environment exists.
    app.jinja_options = {**app.jinja_options, "finalize": shown}
    app.jinja_env.autoescape = True  # also for templates not ending in .html: report text is hostile
    register_filters(app)

    @app.before_request
    def open_database():  # registered before the login guard, which needs it
        g.db = open_store(settings.data_dir)

    @app.teardown_request
    def close_database(_exc):
        db = g.pop("db", None)
        if db is not None:
            db.close()

    security.install(app, settings)

    @app.errorhandler(HTTPException)
    def http_error(exc):
        if exc.code == 429:  # the login page explains a rate limit itself
            return exc
        return render_template("error.html", code=exc.code, name=exc.name, message=exc.description), exc.code

    app.config["ARCHIVE_DIR"] = settings.data_dir / ARCHIVE_DIR
    for module in (auth, weeks, claims, archived, browse, export, admin):
        app.register_blueprint(module.bp)
    return app
