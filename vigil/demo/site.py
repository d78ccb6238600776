"""A tiny static web server for the bundled demo site, so `vigil demo` needs no network.

Feeds must carry absolute links, but the server's port is only known once it is bound:
pages and feeds are written with `{{BASE}}` and the server substitutes its own base URL
when it sends them. It answers conditional GETs with 304, as real publishers do, so a
second collect pass over the demo costs nothing, and it serves files under `root` only.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
import threading
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

log = logging.getLogger(__name__)

SITE_ROOT = Path(__file__).with_name("site")
PLACEHOLDER = b"{{BASE}}"
SUBSTITUTED = {".html", ".xml"}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
FEED_TYPES = {"feed.xml": "application/rss+xml; charset=utf-8", "atom.xml": "application/atom+xml; charset=utf-8"}


class DemoSite:
    """A running server: use as a context manager, or call `close()`."""

    def __init__(self, server: ThreadingHTTPServer, thread: threading.Thread):
        self._server, self._thread = server, thread
        host, port = server.server_address[:2]
        self.base_url = f"http://{host}:{port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "DemoSite":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def serve_site(root: Path = SITE_ROOT, host: str = "127.0.0.1", port: int = 0) -> DemoSite:
    """Serve `root` on host:port (0: any free port) from a background thread."""
    root = Path(root).resolve()
    if not root.is_dir():
        raise FileNotFoundError(f"demo site folder not found: {root}")
    server = ThreadingHTTPServer((host, port), _Handler)
    server.daemon_threads = True
    server.site_root = root  # type: ignore[attr-defined]
    server.base_url = "http://%s:%d" % server.server_address[:2]  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, name="vigil-demo-site", daemon=True)
    thread.start()
    return DemoSite(server, thread)


def resolve(root: Path, url_path: str) -> Path | None:
    """Map a URL path to a file under `root`, or None: no `..`, no escaping through symlinks."""
    parts = [unquote(p) for p in url_path.split("/") if p]
    if any(p in (".", "..") or "/" in p or "\\" in p or "\x00" in p for p in parts):
        return None
    candidate = root.joinpath(*parts)
    if candidate.is_dir():
        candidate = candidate / "index.html"  # the only kind of directory page there is
    try:
        candidate = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def content_type(path: Path) -> str:
    if path.name in FEED_TYPES:
        return FEED_TYPES[path.name]
    return CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


class _Handler(BaseHTTPRequestHandler):
    server_version = "VigilDemo/1"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        url_path = urlsplit(self.path).path
        path = resolve(self.server.site_root, url_path)
        if path is None:
            return self._plain(HTTPStatus.NOT_FOUND, b"Not found\n", send_body)
        if path.name == "index.html" and not url_path.endswith(("/", ".html")):
            # 1. a directory without its slash: redirect, so root-relative and relative links agree
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = path.read_bytes()
        if path.suffix in SUBSTITUTED:
            body = body.replace(PLACEHOLDER, self.server.base_url.encode())
        # 2. the ETag covers the substituted bytes, since the same file differs per base URL
        etag = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
        mtime = int(path.stat().st_mtime)
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(mtime, usegmt=True))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _not_modified(self, etag: str, mtime: int) -> bool:
        """If-None-Match wins over If-Modified-Since (RFC 9110, section 13.2.2)."""
        if_none_match = self.headers.get("If-None-Match")
        if if_none_match is not None:
            return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return mtime <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError, IndexError):
                return False
        return False

    def _plain(self, status: HTTPStatus, body: bytes, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        log.debug("demo site: " + format, *args)
