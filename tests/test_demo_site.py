"""The bundled demo site and its server, tested against the real server on 127.0.0.1."""

from __future__ import annotations

import http.client
import re
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest

from vigil.demo.site import SITE_ROOT, serve_site

ARTICLES = sorted(p for p in SITE_ROOT.rglob("*.html") if re.search(r"/20\d\d/\d\d/", p.as_posix()))


@pytest.fixture(scope="module")
def site():
    with serve_site(SITE_ROOT) as running:
        yield running


def get(url: str, headers: dict | None = None):
    """(status, headers, body) without raising on 3xx/4xx, so tests can look at them."""
    request = urllib.request.Request(url, headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def raw_get(site, target: str) -> int:
    """Send a request target as-is (urllib would normalise `..` away)."""
    parts = urlsplit(site.base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.putrequest("GET", target, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


class Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.published = self.title = None
        self.links: list[tuple[str, str]] = []
        self._in_title = False
        self.footer = self.article = self.composed = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("property") == "article:published_time":
            self.published = attrs.get("content")
        if tag == "title":
            self._in_title = True
        if tag == "article":
            self.article = True
        if tag == "a":
            self.links.append((attrs.get("class") or "", attrs.get("href") or ""))

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data):
        if self._in_title:
            self.title = (self.title or "") + data
        if "Sample page bundled with Vigil's demo; facts as publicly reported by" in data:
            self.footer = True
        if "Sample page bundled with Vigil's demo; composed for the demo" in data:
            self.footer = self.composed = True


def parse(body: bytes) -> Meta:
    meta = Meta()
    meta.feed(body.decode("utf-8"))
    return meta


def test_the_site_has_about_thirty_articles_from_four_sources():
    sources = {p.relative_to(SITE_ROOT).parts[0] for p in ARTICLES}
    assert sources == {"ihr", "hrana", "hengaw", "hrana-fa"}
    assert 20 <= len(ARTICLES) <= 40


def test_pages_are_served_as_utf8_html(site):
    status, headers, body = get(site.base_url + "/")
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body)
    assert b"Vigil demo sources" in body


def test_base_placeholder_is_replaced_with_the_servers_own_url(site):
    for path in ("/ihr/feed.xml", "/hrana/atom.xml", "/ihr/2025/09/babak-shahbazi-executed.html"):
        status, _, body = get(site.base_url + path)
        assert status == 200
        assert b"{{BASE}}" not in body
        assert site.base_url.encode() in body


def test_feeds_have_feed_content_types(site):
    assert get(site.base_url + "/ihr/feed.xml")[1]["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert get(site.base_url + "/hrana/atom.xml")[1]["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert get(site.base_url + "/robots.txt")[1]["Content-Type"] == "text/plain; charset=utf-8"
    assert get(site.base_url + "/hrana-fa/feed.xml")[1]["Content-Type"] == "application/rss+xml; charset=utf-8"


@pytest.mark.parametrize("path, version", [("/ihr/feed.xml", "rss20"), ("/hrana/atom.xml", "atom10"),
                                           ("/hrana-fa/feed.xml", "rss20")])
def test_feeds_parse_and_every_link_resolves_to_a_dated_article(site, path, version):
    status, _, body = get(site.base_url + path)
    parsed = feedparser.parse(body)
    assert status == 200 and not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == version
    source = path.split("/")[1]
    assert len(parsed.entries) == len([p for p in ARTICLES if p.relative_to(SITE_ROOT).parts[0] == source])
    for entry in parsed.entries:
        assert entry.link.startswith(site.base_url + f"/{source}/2025/")
        assert entry.id == entry.link
        assert entry.title and entry.summary and entry.published_parsed
        page_status, headers, page = get(entry.link)
        assert page_status == 200, entry.link
        assert parse(page).published, entry.link


def test_hengaw_listing_pages_link_every_article_and_the_next_page(site):
    seen, url, pages = [], site.base_url + "/hengaw/news/", 0
    while url:
        status, _, body = get(url)
        assert status == 200, url
        pages += 1
        meta = parse(body)
        # the crawler's selectors: h2.entry-title a for articles, a.next for the next page
        entries = re.findall(rb'<h2 class="entry-title"><a href="([^"]+)"', body)
        seen += [urljoin(url, href.decode()) for href in entries]
        nexts = [href for cls, href in meta.links if "next" in cls.split()]
        url = urljoin(url, nexts[0]) if nexts else None
    assert pages == 2
    hengaw = sorted(p for p in ARTICLES if p.relative_to(SITE_ROOT).parts[0] == "hengaw")
    assert sorted(seen) == sorted(site.base_url + "/" + p.relative_to(SITE_ROOT).as_posix() for p in hengaw)
    for link in seen:
        assert get(link)[0] == 200


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.relative_to(SITE_ROOT).as_posix())
def test_every_article_has_a_title_a_published_date_a_body_and_the_sample_footer(page):
    meta = parse(page.read_bytes())
    assert meta.title
    assert meta.published and re.match(r"^2025-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", meta.published)
    assert meta.article and meta.footer
    paragraphs = re.findall(r"<p>", page.read_text(encoding="utf-8").split("<article>")[1].split("</article>")[0])
    assert 3 <= len(paragraphs) <= 6


def test_persian_pages_are_right_to_left_and_one_says_it_was_composed_for_the_demo():
    persian = [p for p in ARTICLES if p.relative_to(SITE_ROOT).parts[0] == "hrana-fa"]
    assert len(persian) == 4
    for page in persian:
        assert '<html lang="fa" dir="rtl">' in page.read_text(encoding="utf-8")
    composed = [p.name for p in ARTICLES if parse(p.read_bytes()).composed]
    assert composed == ["edam-zendani-baloch-zahedan.html"]  # vigil/demo/EXPECTED.md: E7


def test_conditional_get_answers_304(site):
    url = site.base_url + "/ihr/feed.xml"
    status, headers, _ = get(url)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert status == 200 and etag and last_modified
    status, headers, body = get(url, {"If-None-Match": etag})
    assert (status, body) == (304, b"")
    assert headers["ETag"] == etag
    assert get(url, {"If-Modified-Since": last_modified})[0] == 304
    assert get(url, {"If-None-Match": '"something-else"'})[0] == 200
    assert get(url, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200


def test_etag_differs_between_servers_because_the_body_does(site):
    with serve_site(SITE_ROOT) as other:
        first = get(site.base_url + "/ihr/feed.xml")[1]["ETag"]
        second = get(other.base_url + "/ihr/feed.xml")[1]["ETag"]
    assert first != second


def test_missing_files_are_404(site):
    assert get(site.base_url + "/ihr/2025/09/no-such-report.html")[0] == 404
    assert get(site.base_url + "/nowhere/")[0] == 404


def test_directories_serve_only_their_index(site, tmp_path):
    (tmp_path / "bare").mkdir()
    (tmp_path / "bare" / "notes.html").write_text("<p>hidden</p>", encoding="utf-8")
    with serve_site(tmp_path) as other:
        assert get(other.base_url + "/bare/")[0] == 404  # no listing
        assert get(other.base_url + "/bare/notes.html")[0] == 200
    status, headers, _ = get(site.base_url + "/hengaw/news")
    assert status == 301 and headers["Location"] == "/hengaw/news/"


@pytest.mark.parametrize(
    "target",
    [
        "/../../../../etc/passwd",
        "/ihr/../../site.py",
        "/%2e%2e/site.py",
        "/ihr/%2e%2e%2f%2e%2e%2fsite.py",
        "/ihr/..%5c..%5csite.py",
        "/ihr/feed.xml%00.html",
    ],
)
def test_path_traversal_is_refused(site, target):
    assert raw_get(site, target) == 404


def test_symlinks_out_of_the_root_are_refused(tmp_path):
    (tmp_path / "root").mkdir()
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (tmp_path / "root" / "link.txt").symlink_to(tmp_path / "secret.txt")
    with serve_site(tmp_path / "root") as other:
        assert get(other.base_url + "/link.txt")[0] == 404


def test_head_has_headers_and_no_body(site):
    parts = urlsplit(site.base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        connection.request("HEAD", "/hrana/atom.xml")
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b"")
        assert int(response.headers["Content-Length"]) > 0
    finally:
        connection.close()


def test_robots_allows_everything(site):
    status, _, body = get(site.base_url + "/robots.txt")
    assert status == 200
    assert b"User-agent: *" in body and b"Allow: /" in body and b"Disallow: /" not in body


def test_a_missing_root_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        serve_site(tmp_path / "absent")


def test_closing_frees_the_port():
    running = serve_site(SITE_ROOT)
    url = running.base_url
    running.close()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/", timeout=2)


def test_site_root_ships_inside_the_package():
    import vigil.demo.site as module

    assert SITE_ROOT == Path(module.__file__).with_name("site")
    assert (SITE_ROOT / "robots.txt").is_file()
