"""Test helpers for the web view: the demo's data served by a real server on 127.0.0.1, port 0,
and a small cookie-keeping HTTP client that does not follow redirects (so tests see them)."""

from __future__ import annotations

import html
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.cookiejar import CookieJar
from pathlib import Path

from vigil.accounts import add_user
from vigil.config import WeekSettings
from vigil.store import open_store
from vigil.web.app import WebSettings, create_app
from vigil.web.server import WebServer

PASSWORD = "a long test password"


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    set_cookies: list[str]

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def csrf(self) -> str:
        match = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', self.text) or re.search(
            r'id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)"', self.text)
        assert match, "no CSRF token on the page"
        return html.unescape(match.group(1))


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Client:
    def __init__(self, base: str):
        self.base = base.rstrip("/")
        self.jar = CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect)

    def request(self, path: str, data: dict | None = None, headers: dict | None = None) -> Response:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=20) as r:
                return Response(r.status, dict(r.headers), r.read(), r.headers.get_all("Set-Cookie") or [])
        except urllib.error.HTTPError as e:
            return Response(e.code, dict(e.headers), e.read(), e.headers.get_all("Set-Cookie") or [])

    def get(self, path: str, **kw) -> Response:
        return self.request(path, **kw)

    def post(self, path: str, data: dict, **kw) -> Response:
        return self.request(path, data=data, **kw)

    def login(self, name: str, password: str = PASSWORD) -> Response:
        token = self.get("/login").csrf()
        return self.post("/login", {"csrf_token": token, "name": name, "password": password})


class RunningWeb:
    """The web view over a copy of the demo's data, served from a thread; `client()` makes a browser-less user."""

    def __init__(self, source_data: Path, data_dir: Path, **settings):
        shutil.copytree(source_data, data_dir)
        self.data_dir = data_dir
        db = open_store(data_dir)
        for name, role in (("viewer", "viewer"), ("reviewer", "reviewer"), ("admin", "admin")):
            add_user(db, name, role, PASSWORD)
        db.close()
        self.app = create_app(WebSettings(data_dir=data_dir, weeks=WeekSettings(), **settings))
        self.server = WebServer(self.app, "127.0.0.1", 0)
        self.url = self.server.url
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def client(self) -> Client:
        return Client(self.url)

    def signed_in(self, user: str = "reviewer") -> Client:
        """A client signed in as one of the users made above (viewer, reviewer, admin)."""
        client = self.client()
        assert client.login(user).status == 302
        return client

    def db(self):
        return open_store(self.data_dir)

    def close(self) -> None:
        self.server.close()
