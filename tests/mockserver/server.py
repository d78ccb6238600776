"""The fixture web server: a real HTTP server on 127.0.0.1, port 0, run as a subprocess.

Started by tests/conftest.py and bench/collect.py: `python tests/mockserver/server.py`
prints its base URL (`http://127.0.0.1:PORT`) on the first line of stdout, then serves
until killed. Good content lives under `/t/<namespace>/...` (see pages.py); hostile
endpoints live at the top level. `/__requests__?prefix=P` returns the request log as
JSON (path, User-Agent, If-None-Match, If-Modified-Since), so tests can see what was sent.
`/__version__?ns=NAME&v=N` switches the namespace's changing feeds to version N (1 at
first), so a test can publish a new report between two collections. `/__latency__?ns=NAME&s=S`
makes every answer in the namespace wait S seconds first, and `/__inflight__?ns=NAME` returns
`{"max": N}`, the most requests of the namespace the server has had in hand at once, so a test
can see how hard a client presses one host. A second argument
picks the site's robots.txt: `default`, `503` (a server error with an HTML page), `404`,
`drop` (the connection closed without an answer) or `bom` (a UTF-8 BOM, then a group
disallowing `/t/*/news/`).
Modelled on Scrapy's tests/mockserver.
"""

from __future__ import annotations

import gzip
import json
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pages as mocksite  # noqa: E402  (run as a script: the directory is not a package)
import streams  # noqa: E402
import casepages  # noqa: E402
import moved  # noqa: E402
import stream  # noqa: E402

ETAG = '"v1"'
HUGE_BYTES = 3_000_000  # over the 1 MB limit the tests configure
BOMB_BYTES = 60_000_000  # what the gzip bomb expands to
STALL_SECONDS = 30

_log: list[dict] = []
_log_lock = threading.Lock()
_versions: dict[str, int] = {}  # namespace -> version of its changing feeds
_latency: dict[str, float] = {}  # namespace -> seconds each of its answers waits
_in_flight: dict[str, list[int]] = {}  # namespace -> [requests in hand now, most ever in hand]
ROBOTS_MODE = "default"
STUCK_VALIDATOR = "Sat, 16 Nov 2041 19:11:00 GMT"  # a Last-Modified (and ETag) decades ahead
_bomb: bytes | None = None
_bomb_lock = threading.Lock()
_moved_sites: set[str] = set()  # bases of moved.py sites that have moved


def gzip_bomb() -> bytes:
    global _bomb
    with _bomb_lock:
        if _bomb is None:
            _bomb = gzip.compress(b"\0" * BOMB_BYTES, compresslevel=9)
        return _bomb


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "VigilMock/1.0"

    def setup(self):
        super().setup()
        # headers and body go out in two writes: without NODELAY, Nagle and delayed ACKs add 40 ms
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format, *args):  # quiet: the tests read /__requests__ instead
        pass

    def do_GET(self):
        parts = urlsplit(self.path)
        with _log_lock:
            _log.append(
                {
                    "path": self.path,
                    "host": self.headers.get("Host"),
                    "user_agent": self.headers.get("User-Agent"),
                    "if_none_match": self.headers.get("If-None-Match"),
                    "if_modified_since": self.headers.get("If-Modified-Since"),
                    "time": time.time(),
                }
            )
        ns = re.match(r"^/t/([\w.-]+)/", parts.path)
        self.in_hand = ns.group(1) if ns else None
        if self.in_hand is not None:
            with _log_lock:
                counts = _in_flight.setdefault(self.in_hand, [0, 0])
                counts[0] += 1
                counts[1] = max(counts)
            time.sleep(_latency.get(self.in_hand, 0.0))
        try:
            self.route(parts.path, parse_qs(parts.query))
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.done_with_request()

    def send_response(self, code, message=None):
        # out of hand before the first byte leaves: a client may start its next request as soon as it reads this one
        self.done_with_request()
        super().send_response(code, message)

    def done_with_request(self) -> None:
        if getattr(self, "in_hand", None) is not None:
            with _log_lock:
                _in_flight[self.in_hand][0] -= 1
            self.in_hand = None

    # --- helpers -------------------------------------------------------------------------

    def send(self, status: int, body: bytes | str, content_type: str = "text/html; charset=utf-8", headers=()):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def cut_short(self, body: bytes, sent: int) -> None:
        """200 with the whole body's Content-Length, then only its first `sent` bytes, then hang up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[:sent])
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)
        self.close_connection = True

    def conditional(self, body: str, content_type: str) -> None:
        """Feed with validators: 304 when the client already has this version."""
        if self.headers.get("If-None-Match") == ETAG or self.headers.get("If-Modified-Since") == mocksite.LAST_MODIFIED:
            self.send_response(304)
            self.send_header("ETag", ETAG)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send(200, body, content_type, [("ETag", ETAG), ("Last-Modified", mocksite.LAST_MODIFIED)])

    def redirect(self, status: int, location: str) -> None:
        self.send(status, "", headers=[("Location", location)])

    # --- routes --------------------------------------------------------------------------

    def route(self, path: str, query: dict) -> None:
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_port}"
        root = f"http://{host}"
        match = re.match(r"^/t/([\w.-]+)(/.*)$", path)
        if match:
            return self.content(f"{root}/t/{match.group(1)}", match.group(2), query)
        if path == "/__requests__":
            prefix = query.get("prefix", [""])[0]
            with _log_lock:
                rows = [r for r in _log if r["path"].startswith(prefix)]
            return self.send(200, json.dumps(rows), "application/json")
        if path == "/__latency__":
            _latency[query["ns"][0]] = float(query["s"][0])
            return self.send(200, "ok", "text/plain")
        if path == "/__inflight__":
            with _log_lock:
                counts = _in_flight.get(query["ns"][0], [0, 0])
            return self.send(200, json.dumps({"max": counts[1]}), "application/json")
        if path == "/__version__":
            _versions[query["ns"][0]] = int(query["v"][0])
            return self.send(200, "ok", "text/plain")
        if path == "/robots.txt":
            return self.robots()
        return self.hostile(root, path, query)

    def robots(self) -> None:
        if ROBOTS_MODE == "503":
            return self.send(503, "<html><body><h1>Down for maintenance</h1></body></html>", headers=[("Retry-After", "120")])
        if ROBOTS_MODE == "404":
            return self.send(404, "<html><body>no robots here</body></html>")
        if ROBOTS_MODE == "drop":
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        if ROBOTS_MODE == "bom":
            return self.send(200, b"\xef\xbb\xbfUser-agent: *\nDisallow: /t/*/news/\n", "text/plain")
        return self.send(200, "User-agent: *\nDisallow: /private/\nDisallow: /t/*/private/\n", "text/plain")

    def changing(self, body: str, content_type: str, etag: str, last_modified: str) -> None:
        """A feed whose server answers 304 when If-None-Match matches or If-Modified-Since is not
        older than its Last-Modified (a naive server, as many are)."""
        since = self.headers.get("If-Modified-Since")
        fresh = since is not None and _http_date(since) is not None and _http_date(since) >= _http_date(last_modified)
        if self.headers.get("If-None-Match") == etag or fresh:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send(200, body, content_type, [("ETag", etag), ("Last-Modified", last_modified)])

    def content(self, base: str, path: str, query: dict) -> None:
        s = mocksite
        version = _versions.get(base.rsplit("/", 1)[1], 1)
        if path == "/feeds/bom.xml":  # starts with a UTF-8 byte order mark
            return self.send(200, b"\xef\xbb\xbf" + s.rss(base, [70]).encode(), "application/rss+xml")
        if path == "/feeds/nbsp.xml":  # declares &nbsp; in its DOCTYPE, as some real feeds do
            return self.send(200, s.nbsp_rss(base, [71]), "application/rss+xml")
        if path == "/feeds/gzip-label.xml":  # plain bytes sent as Content-Encoding: gzip
            return self.send(200, s.rss(base, [72]), "application/rss+xml", [("Content-Encoding", "gzip")])
        if path == "/feeds/xml-base.atom":  # the entry's own relative xml:base decides its link
            return self.send(200, s.xml_base_atom(base, 73), "application/atom+xml")
        if path == "/feeds/moving":  # the configured URL lacks the slash: 301 in front of a conditional GET
            return self.redirect(301, f"{base}/feeds/moving/")
        if path == "/feeds/moving/":
            return self.changing(s.rss(base, [74, 75][:version]), "application/rss+xml", f'"m{version}"',
                                 s.LAST_MODIFIED.replace("08:00", f"0{7 + version}:00"))
        if path == "/feeds/stuck.xml":  # validators stuck in 2041: answers 304 to them for ever
            return self.changing(s.rss(base, [76, 77][:version]), "application/rss+xml", f'"{STUCK_VALIDATOR}"',
                                 STUCK_VALIDATOR)
        if path == "/feeds/tehran.xml":  # dates in Tehran time, by offset and by zone name
            return self.send(200, s.tehran_rss(base), "application/rss+xml")
        if path == "/feeds/utc-dawn.xml":  # the dawn report, dated in UTC (Sunday 23:00)
            return self.send(200, s.tehran_rss(base, [("/reports/dawn/85", "Sun, 14 Sep 2025 23:00:00 +0000")]),
                             "application/rss+xml")
        match = re.match(r"^/reports/2025/09/17/report-(\d+)\.html$", path)
        if match:
            return self.send(200, s.article_page(base, int(match.group(1)), canonical=f"{base}{path}"))
        match = re.match(r"^/reports/dawn/(\d+)$", path)
        if match:
            return self.send(200, s.dawn_page(base, int(match.group(1))))
        if path.startswith("/stream/"):
            return self.stream(f"{base}/stream", path[len("/stream"):], query)
        if path.startswith("/moved/"):
            return self.moved(f"{base}/moved", path[len("/moved"):], query)
        if path == "/cases/feed.xml":
            names = query.get("page") or list(casepages.PAGES)
            return self.send(200, casepages.feed(f"{base}/cases", names), "application/rss+xml")
        match = re.match(r"^/cases/([\w-]+)\.html$", path)
        if match and match.group(1) in casepages.PAGES:
            return self.send(200, casepages.PAGES[match.group(1)]())
        if path == "/feeds/rss.xml":
            return self.conditional(s.rss(base, s.article_numbers(0, 6)), "application/rss+xml; charset=utf-8")
        if path == "/feeds/atom.xml":
            return self.conditional(s.atom(base, s.article_numbers(10, 4)), "application/atom+xml")
        if path == "/feeds/rdf.xml":
            return self.conditional(s.rdf(base, s.article_numbers(20, 4)), "application/rdf+xml")
        if path == "/feeds/repeat.xml":  # no validators, same entries every time, tracking links vary
            body = s.rss(base, s.article_numbers(30, 3))
            return self.send(200, body.replace("utm_medium=feed", f"utm_medium=feed{time.time_ns()}"), "application/xml")
        if path == "/feeds/duplicates.xml":  # the same article under another GUID, link and alias page
            body = s.rss(base, [40, 41]).replace("</channel>", (
                f"<item><title>again</title><link>{base}/articles/40?fbclid=zzz#top</link><guid>dup-40</guid></item>"
                f"<item><title>alias</title><link>{base}/articles/alias/41</link><guid>alias-41</guid></item>"
                "</channel>"))
            return self.send(200, body, "application/rss+xml")
        if path == "/feeds/world.xml":
            return self.send(200, s.rss(base, s.article_numbers(50, 6), title="World"), "application/rss+xml")
        if path == "/feeds/malformed.xml":
            return self.send(200, s.malformed_rss(base, [60, 61]), "application/rss+xml")
        if path == "/feeds/billion-laughs.xml":
            return self.send(200, s.billion_laughs(), "application/xml")
        # Article 80 cut short of its Content-Length (its report's first paragraphs sent, then the
        # connection closed) while the namespace is at version 1, whole from version 2 (__version__);
        # in a feed with the whole article 81, and on a listing page linking both.
        if path == "/feeds/cut-short.xml":
            return self.send(200, s.rss(base, [81], tracking=False).replace("</channel>", (
                f"<item><title>cut short</title><link>{base}/cut-short/80</link><guid>cut-80</guid></item>"
                "</channel>")), "application/rss+xml")
        if path == "/cut-short/":
            return self.send(200, f'<html><body><h2><a href="{base}/cut-short/80">80</a></h2>'
                                  f'<h2><a href="{base}/articles/81">81</a></h2></body></html>')
        if path == "/cut-short/80":
            body = s.article_page(base, 80, canonical=f"{base}{path}").encode("utf-8")
            return self.send(200, body) if version >= 2 else self.cut_short(body, body.index(b"</article>"))
        if path == "/feeds/hostile.xml":
            return self.send(200, s.hostile_rss(base), "application/rss+xml")
        if path == "/feeds/redirected.xml":
            return self.redirect(301, f"{base}/feeds/atom.xml")
        if path == "/feeds/offsite.xml":  # entries 70, 71 here; 72 on the host named by ?other=HOST:PORT
            other = query.get("other", ["localhost"])[0]
            body = s.rss(base, [70, 71], tracking=False).replace(
                "</channel>", f"<item><title>elsewhere</title><link>http://{other}{base[base.index('/t/'):]}"
                "/articles/72</link><guid>off-72</guid></item></channel>")
            return self.send(200, body, "application/rss+xml")
        match = re.match(r"^/(streams/([\w-]+)/([\w-]+)/(.+)|live/(.+))$", path)
        if match:  # multi-source report streams and the live feed (streams.py)
            ns = base.rsplit("/", 1)[1]
            found = (streams.stream_response(base, match.group(2), match.group(3), match.group(4), query)
                     if match.group(2) else streams.live_response(base, match.group(5), ns, query))
            if found is None:
                return self.send(404, "<html><body>not found</body></html>")
            status, content_type, body = found
            return self.send(status, body, content_type)
        if path == "/not-a-feed":
            return self.send(200, "<html><body><p>Page not found, sorry.</p></body></html>")
        if path == "/bench/site/":  # bench: listing page N of P, each linking `per` articles
            page, pages, per = (int(query.get(k, [d])[0]) for k, d in (("page", "1"), ("pages", "10"), ("per", "10")))
            return self.send(200, s.bench_listing(base, page, pages, per))
        match = re.match(r"^/bench/site/report-(\d+)$", path)
        if match:
            return self.send(200, s.article_page(base, int(match.group(1)), canonical=f"{base}{path}"))
        match = re.match(r"^/bench/feed/(\d+)\.xml$", path)
        if match:  # bench: feed i lists articles i*per .. i*per+per-1
            per = int(query.get("per", ["10"])[0])
            numbers = s.article_numbers(int(match.group(1)) * per, per)
            return self.conditional(s.rss(base, numbers, tracking=False), "application/rss+xml")
        match = re.match(r"^/articles/alias/(\d+)$", path)
        if match:
            n = int(match.group(1))
            return self.send(200, s.article_page(base, n, canonical=f"{base}/articles/{n}"))
        match = re.match(r"^/articles/(\d+)$", path)
        if match:
            return self.send(200, s.article_page(base, int(match.group(1))))
        if path in ("/news/", "/news"):
            page = int(query.get("page", ["1"])[0])
            other = query.get("other", [None])[0]
            return self.send(200, s.listing_page(base, page, other_host=other and f"http://{other}{base[base.index('/t/'):]}"))
        match = re.match(r"^/news/\d{4}/\d{2}/report-(\d+)$", path)
        if match:
            n = int(match.group(1))
            return self.send(200, s.article_page(base, n, canonical=f"{base}{path}"))
        if path.startswith("/private/"):
            return self.send(200, s.article_page(base, 666))
        return self.send(404, "<html><body>not found</body></html>")

    def moved(self, base: str, path: str, query: dict) -> None:
        """The moved site of moved.py."""
        if path == "/feed.xml":
            return self.send(200, moved.feed(base, int(query.get("phase", ["1"])[0])), "application/rss+xml")
        if path == "/feed-old.xml":
            return self.redirect(301, f"{base}/feed.xml?phase=1")
        if path == "/p":
            return self.redirect(301, f"{base}/old/report-{query.get('id', ['a'])[0]}")
        if path == "/move":  # from now on, report a's old address redirects to its new one
            _moved_sites.add(base)
            return self.send(200, "moved")
        if path == "/old/report-a" and base in _moved_sites:
            return self.redirect(301, f"{base}/new/report-a")
        match = re.match(r"^/(old|new)/report-([abcd])$", path)
        if match:
            return self.send(200, moved.page(base, match.group(2), match.group(1) == "new"))
        return self.send(404, "<html><body>not found</body></html>")

    def stream(self, base: str, path: str, query: dict) -> None:
        """The six-week stream of stream.py: /<source>/index?page=N, articles, /ledger/feed/."""
        body = None
        match = re.match(r"^/(oldtown|desk)/index$", path)
        if match:
            body = stream.listing_page(base, match.group(1), int(query.get("page", ["1"])[0]))
        elif path == "/oldtown/read.php":
            body = stream.article_page(base, "oldtown", query.get("id", [""])[0])
        elif re.match(r"^/ledger/feed/?$", path):
            upto, redesign = (int(query[k][0]) if k in query else None for k in ("upto", "redesign"))
            return self.send(200, stream.feed(base, "ledger", upto, redesign), "application/rss+xml; charset=utf-8")
        elif re.match(r"^/ledger/[\w-]+/$", path):
            body = stream.article_page(base, "ledger", path.split("/")[2], redesigned="theme" in query)
        elif re.match(r"^/desk/news/[\w-]+$", path):
            body = stream.article_page(base, "desk", path.split("/")[3])
        if body is None:
            return self.send(404, "<html><body>not found</body></html>")
        return self.send(200, body)

    def hostile(self, root: str, path: str, query: dict) -> None:
        match = re.match(r"^/status/(\d{3})$", path)
        if match:
            return self.send(int(match.group(1)), f"<html><body>status {match.group(1)}</body></html>")
        if path == "/stall":  # accept, read the request, never answer
            time.sleep(STALL_SECONDS)
            return
        if path == "/drip":  # answer, then trickle the body a byte at a time
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            for _ in range(STALL_SECONDS * 10):
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
            return
        if path == "/drop":  # close the connection without a response
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        if path == "/truncated":  # promise 10000 bytes, send 199, hang up
            return self.cut_short((b"<html><body><p>" + b"cut " * 45 + b"</p>").ljust(10000, b" "), 199)
        if path == "/truncated-chunked":  # a chunked body whose last chunk never comes
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            part = b"<html><body><p>" + b"cut " * 45
            self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            self.close_connection = True
            return
        if path == "/huge":
            return self.send(200, b"<html><body>" + b"<p>big page</p>" * (HUGE_BYTES // 15) + b"</body></html>")
        if path == "/gzip-bomb":
            bomb = gzip_bomb()
            return self.send(200, bomb, "text/html", [("Content-Encoding", "gzip")])
        if path == "/redirect-loop/a":
            return self.redirect(302, "/redirect-loop/b")
        if path == "/redirect-loop/b":
            return self.redirect(302, f"{root}/redirect-loop/a")
        if path == "/redirect/to":  # an open redirect: 302 to ?url=
            return self.redirect(302, query.get("url", ["/"])[0])
        if path == "/redirect/ftp":
            return self.redirect(301, "ftp://127.0.0.1/pub/file.html")
        if path == "/pdf":
            return self.send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "application/pdf")
        if path == "/empty":
            return self.send(200, b"", "text/html")
        if path == "/wrong-charset":  # declared UTF-8, written in windows-1256 (Arabic script)
            text = "<html><body><article><h1>اعدام</h1><p>" + "اعدام سه زندانی در زندان قزلحصار کرج " * 20
            body = (text + "</p></article></body></html>").replace("ی", "ي").replace("ک", "ك").encode("cp1256")
            return self.send(200, body, "text/html; charset=utf-8")
        if path == "/latin1-declared-utf8":  # declared ISO-8859-1, written in UTF-8
            text = "<html><body><article><h1>Exécutions à Téhéran</h1><p>" + "Rapport sur les exécutions en Iran. " * 20
            return self.send(200, (text + "</p></article></body></html>").encode("utf-8"), "text/html; charset=iso-8859-1")
        return self.send(404, "<html><body>not found</body></html>")


def _http_date(value: str):
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


def main() -> None:
    global ROBOTS_MODE
    host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
    ROBOTS_MODE = sys.argv[2] if len(sys.argv) > 2 else "default"
    server = Server((host, 0), Handler)
    if ROBOTS_MODE == "default":  # built before serving: on a loaded machine it takes longer than a test's 1 s timeout
        gzip_bomb()
    print(f"http://{host}:{server.server_port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
