"""Article pages in, main text out: title, text, publication date, language, canonical URL.

trafilatura finds the main text without navigation, footers and comments, and reads the
date from page metadata or, failing that, from the page itself (htmldate). A source whose
markup defeats it can name its article body with a CSS selector (`text_selector`), read
with BeautifulSoup; the same route is the fallback when trafilatura finds nothing.

The bytes are decoded here, not by the libraries: the declared charset (BOM, then HTTP
header, then `<meta>`) is tried strictly and, when it is wrong, the encoding is detected,
so a page served as UTF-8 but written in windows-1256 still reads correctly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from urllib.parse import urljoin

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import set_date_params
from bs4 import BeautifulSoup
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from crawler.canonical import is_http_url
from crawler.dates import OutOfRange, in_zone, parse_timestamp

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WITH_OFFSET = re.compile(r"T\d{2}:\d{2}:\d{2}[+-]\d{4}$")
# htmldate's options as trafilatura sets them, asking for the time and offset too: htmldate
# writes the offset only when the page gives one, so a bare date stays the page's own day.
DATE_PARAMS = {**set_date_params(True), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_LATIN = {"latin-1", "iso8859-1", "iso-8859-1", "cp1252", "windows-1252", "ascii", "us-ascii"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


class ArticleError(Exception):
    """The response is not an article page Vigil can read; the message says why."""


@dataclass(frozen=True)
class Article:
    title: str
    text: str
    published: date | None
    lang: str | None  # from <html lang> or Content-Language, e.g. "en"; None when the page does not say
    canonical: str | None = None  # the page's <link rel="canonical">, absolute, when it gives an http(s) one
    published_at: datetime | None = None  # the page's publication time, when it gives one with an offset

    def published_on(self, zone: tzinfo | None = None) -> str | None:
        """When the page says it was published, as stored: the time on the source's clock
        (`zone`) when the page gives an instant, else the date as the page writes it."""
        moment = in_zone(self.published_at, zone) if zone is not None else None
        if moment is not None:
            return moment.isoformat()
        return self.published.isoformat() if self.published else None


def extract_article(
    html_bytes: bytes, url: str, content_type: str | None = None, *, text_selector: str | None = None
) -> Article:
    """Extract the article from a page's bytes; raise ArticleError for non-HTML or empty pages."""
    check_html(html_bytes, content_type)
    markup = decode_html(html_bytes, content_type)
    try:
        # lxml refuses a str that still carries an encoding declaration
        tree = lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleError(f"not parseable as HTML: {exc}") from exc
    canonical = _canonical_link(tree, url)
    lang = _language(tree)
    if text_selector:
        title, text = _by_selector(markup, text_selector)
        published = None
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, only_with_metadata=False, date_extraction_params=DATE_PARAMS
        )
        if document is not None:
            title = title or (document.title or "")
            published = _as_date(document.date)
    else:
        document = trafilatura.bare_extraction(
            tree, url=url, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=DATE_PARAMS,
        )
        title = (document.title or "") if document is not None else ""
        text = (document.text or "") if document is not None else ""
        published = _as_date(document.date) if document is not None else None
        if not text.strip():
            title, text = _by_selector(markup, "article, main, [role=main], body")
    if not text.strip():
        raise ArticleError("no article text found on the page")
    published_at = _instant(document.date) if document is not None else None
    return Article(title=title.strip(), text=text.strip(), published=published, lang=lang, canonical=canonical,
                   published_at=published_at)


def check_html(body: bytes, content_type: str | None) -> None:
    """Raise ArticleError unless the response looks like an HTML page."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and mime not in HTML_TYPES:
        raise ArticleError(f"not an HTML page (Content-Type {mime})")
    head = body[:16].lstrip()
    if not body.strip():
        raise ArticleError("empty response body")
    if head.startswith(_BINARY_MAGIC) or b"\x00" in body[:1024] and read_bom(body)[0] is None:
        raise ArticleError("not an HTML page (binary content)")


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode page bytes: declared charset if it fits, else detected, else UTF-8 with replacements."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom):].decode(bom_encoding, "replace")
    for declared in (http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)):
        if declared in _LATIN and not body.isascii():
            try:  # Latin-1 decodes any bytes, so it cannot fail when wrong: valid UTF-8 wins over it
                return body.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if declared:
            try:
                return body.decode(declared)
            except (UnicodeDecodeError, LookupError):
                continue  # a wrong declaration: fall through to detection
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(body[:200_000]).best()
        return body.decode(best.encoding, "replace") if best else body.decode("utf-8", "replace")


def _canonical_link(tree, url: str) -> str | None:
    for href in tree.xpath('//link[contains(concat(" ", normalize-space(@rel), " "), " canonical ")]/@href'):
        absolute = urljoin(url, str(href).strip())
        if is_http_url(absolute):
            return absolute
    return None


def _language(tree) -> str | None:
    values = tree.xpath("/html/@lang | /html/@xml:lang | //meta[@http-equiv='content-language']/@content",
                        namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    for value in values:
        code = str(value).strip().split(",")[0].split("-")[0].split("_")[0].lower()
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
    return None


def _by_selector(markup: str, selector: str) -> tuple[str, str]:
    """Title and paragraph text of the first element matching `selector` (BeautifulSoup)."""
    soup = BeautifulSoup(markup, "lxml")
    for junk in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        junk.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    heading = soup.find("h1")
    if heading:
        title = heading.get_text(" ", strip=True)
    node = soup.select_one(selector)
    if node is None:
        return title, ""
    blocks = [p.get_text(" ", strip=True) for p in node.find_all(["p", "li", "h2", "h3", "blockquote"])]
    text = "\n".join(b for b in blocks if b) or node.get_text("\n", strip=True)
    return title, text


def _instant(value: str | None) -> datetime | None:
    """htmldate's `2025-09-15T02:30:00+0330` as an aware datetime; None without an offset."""
    if not value or not _WITH_OFFSET.search(value):
        return None
    try:
        return parse_timestamp(value[:-2] + ":" + value[-2:])
    except OutOfRange:
        return None


def _as_date(value: str | None) -> date | None:
    match = _ISO_DATE.match(value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
