"""What keeps the web view closed to everyone but staff: login guard, roles, CSRF, headers, limits.

Rights groups are targets of state hackers, so everything but the login page (and its
stylesheet) needs a session; every POST carries a CSRF token (Flask-WTF); failed logins are
rate-limited per account name and per address (Flask-Limiter); every response carries a
Content-Security-Policy that allows no script at all, and the archived pages get a stricter,
sandboxed one of their own (vigil/web/archived.py).
"""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

from flask import abort, current_app, g, redirect, request, session, url_for
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFProtect
from werkzeug.middleware.proxy_fix import ProxyFix

from vigil.accounts import User, get_user_by_id
from vigil.store import users

SECRET_FILE = "web-secret.key"  # in the data directory, mode 0600; signs session cookies
PUBLIC_ENDPOINTS = frozenset({"auth.login", "static"})
APP_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)

csrf = CSRFProtect()
limiter = Limiter(get_remote_address, storage_uri="memory://", default_limits=[])


def secret_key(data_dir: Path) -> bytes:
    """The key that signs session cookies: made once, kept beside the database, readable by its owner only."""
    path = Path(data_dir) / SECRET_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def password_stamp(password_hash: str) -> str:
    """A session remembers this: a new password (or hash) ends every session made with the old one."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]


def local_path(target: str | None, default: str) -> str:
    """`target` if it is a path on this site, else `default`: a `next=https://evil.example/`
    (or `//evil.example`, or `/\\evil.example`, which browsers read as a host) must never
    turn a form into a redirector."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    parts = urlsplit(target)
    return default if parts.scheme or parts.netloc else target


def log_in(user: User) -> None:
    session.clear()
    session.permanent = True
    session["uid"] = user.id
    session["stamp"] = _stamp_of(user.id)


def _stamp_of(user_id: int) -> str | None:
    password_hash = users.password_hash_of(g.db, user_id)
    return password_stamp(password_hash) if password_hash is not None else None


def _load_user() -> User | None:
    uid = session.get("uid")
    if uid is None:
        return None
    user = get_user_by_id(g.db, uid)
    if user is None or user.disabled_at or session.get("stamp") != _stamp_of(uid):
        session.clear()
        return None
    return user


def requires(role: str):
    """View decorator: 403 unless the signed-in account has at least `role`."""

    def wrap(view):
        @functools.wraps(view)
        def inner(*args, **kwargs):
            if not g.user.can(role):
                abort(403, f"This needs the {role} role; your account ({g.user.name}) has the {g.user.role} role: "
                           "ask an admin.")
            return view(*args, **kwargs)

        return inner

    return wrap


def install(app, settings) -> None:
    if settings.proxies:
        # Trust X-Forwarded-For/-Proto only from the configured number of proxies, so the
        # rate limit sees the client's address and not the proxy's.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings.proxies, x_proto=settings.proxies,
                                x_host=settings.proxies)
    csrf.init_app(app)
    limiter.init_app(app)

    @app.before_request
    def require_login():
        g.user = _load_user()
        if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
            if request.method == "GET" and request.endpoint is not None:
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            abort(401)

    @app.after_request
    def headers(response):
        response.headers.setdefault("Content-Security-Policy", APP_CSP)
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        if current_app.config["SESSION_COOKIE_SECURE"]:
            response.headers["Strict-Transport-Security"] = "max-age=31536000"
        return response
