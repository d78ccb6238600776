"""Article pages in, main text out: title, text, publication date, language, canonical URL.

The source's template lines (crawler.blocks) are cut from the page first. trafilatura then
finds the main text without navigation, footers and comments; when its text reads as a
consent dialog, a paywall or navigation, or is much shorter than the page's main block
(crawler.boilerplate), the next way of TEXT_METHODS is tried: trafilatura without the
furniture, the source's CSS `text_selector` (read with BeautifulSoup), the main block.
Dates are read apart by crawler.pagedates (publication metadata, text, modified).

The bytes are decoded here, not by the libraries: the declared charset (BOM, then HTTP
header, then `<meta>`) is tried strictly and, when it is wrong, the encoding is detected,
so a page served as UTF-8 but written in windows-1256 still reads correctly.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from urllib.parse import urljoin

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from bs4 import BeautifulSoup
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from crawler.blocks import strip_blocks
from crawler.boilerplate import line_kind, link_texts, main_block_text, text_kind, vocabulary
from crawler.canonical import is_http_url
from crawler import joiners
from crawler.dates import in_zone
from crawler.pagedates import page_dates

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b")
_LATIN = {"latin-1", "iso8859-1", "iso-8859-1", "cp1252", "windows-1252", "ascii", "us-ascii"}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


class ArticleError(Exception):
    """The response is not an article page Vigil can read; the message says why."""


@dataclass(frozen=True)
class Article:
    title: str
    text: str
    published: date | None  # the page's publication date: metadata first, else a date in the text
    lang: str | None  # from <html lang> or Content-Language, e.g. "en"; None when the page does not say
    canonical: str | None = None  # the page's <link rel="canonical">, absolute, when it gives an http(s) one
    date_from: str | None = None  # "page-metadata" | "text" | "modified" | None: where `published` was read
    modified: date | None = None  # the page's "last modified" metadata
    text_method: str = "trafilatura"  # which configuration found the text (see TEXT_METHODS)
    template_removed: frozenset[str] = frozenset()  # hashes of the template lines cut from the page
    published_at: datetime | None = None  # the page's publication time, when it gives one with an offset

    def published_on(self, zone: tzinfo | None = None) -> str | None:
        """When the page says it was published, as stored: the time on the source's clock
        (`zone`) when the page gives an instant, else the date as the page writes it."""
        moment = in_zone(self.published_at, zone) if zone is not None else None
        if moment is not None:
            return moment.isoformat()
        return self.published.isoformat() if self.published else None


# The ways the text may be found, tried in this order; the first whose text is not
# furniture (crawler.boilerplate) and not much shorter than the page's main block wins.
TEXT_METHODS = ("trafilatura", "trafilatura-pruned", "selector", "main-block")
# trafilatura as Vigil runs it: tables kept (old sites lay out whole pages in them; the
# template is cut before), comments dropped, and no `deduplicate`, whose cache spans the
# process, so a page's text would depend on which pages came before it.
TRAFILATURA = {"include_comments": False, "include_tables": True, "deduplicate": False}


def parse_page(html_bytes: bytes, url: str, content_type: str | None = None):
    """The page's lxml tree; raise ArticleError when it is not HTML."""
    check_html(html_bytes, content_type)
    markup = decode_html(html_bytes, content_type)
    try:
        # lxml refuses a str that still carries an encoding declaration
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ArticleError(f"not parseable as HTML: {exc}") from exc


def extract_article(
    html_bytes: bytes,
    url: str,
    content_type: str | None = None,
    *,
    text_selector: str | None = None,
    template: frozenset[str] = frozenset(),
) -> Article:
    """Extract the article from a page's bytes; raise ArticleError for non-HTML, empty or furniture-only pages.

    `template` holds the hashes of the source's template lines (crawler.blocks), cut from
    the page before its text is looked for.
    """
    tree = parse_page(html_bytes, url, content_type)
    stripped = copy.deepcopy(tree)
    removed = strip_blocks(stripped, template)
    title, text, method = find_text(stripped, url, text_selector)
    title, text = _with_joiners(stripped, method, url, text_selector, title, text)
    if title and text.startswith(title + " "):  # trafilatura's fallback for short pages runs heading and text together
        text = title + "\n" + text[len(title) + 1:]
    if not title and tree.find(".//title") is not None:
        title = tree.find(".//title").text_content()
    dates = page_dates(tree, stripped, url)
    published, date_from = dates.published, "page-metadata" if dates.published else None
    if published is None and dates.in_text is not None:
        published, date_from = dates.in_text, "text"
    if published is None and dates.modified is not None:
        published, date_from = dates.modified, "modified"
    return Article(
        title=title.strip(), text=text.strip(), published=published, lang=_language(tree),
        canonical=_canonical_link(tree, url), date_from=date_from, modified=dates.modified,
        text_method=method, template_removed=removed,
        published_at=dates.published_at if date_from == "page-metadata" else None,
    )


def find_text(tree, url: str, text_selector: str | None = None) -> tuple[str, str, str]:
    """(title, text, method): the first way of TEXT_METHODS whose text reads as a report.

    1. trafilatura on the page; 2. trafilatura again on the page without the lines that read
    as furniture and with asides inside the article unwrapped (adbar/trafilatura#569);
    3. the source's `text_selector`; 4. the page's main block. When none passes the checks,
    the longest text that is not furniture; when all are furniture, ArticleError.
    """
    vocab = vocabulary()
    links = link_texts(tree)
    main = main_block_text(tree, vocab)
    candidates = []
    for method in TEXT_METHODS:
        if method == "selector" and not text_selector:
            continue
        title, text = _text_by(method, tree, url, text_selector)
        if not text.strip():
            continue
        kind = text_kind(text, links, vocab)
        if kind is None:
            if len(text) >= vocab.min_share_of_main_block * len(main):
                return title, text, _method_name(method, text_selector)
            candidates.append((len(text), title, text, _method_name(method, text_selector)))
        else:
            log.debug("%s: %s text reads as %s", url, method, kind)
    if candidates:
        _, title, text, method = max(candidates, key=lambda c: c[0])
        return title, text, method
    raise ArticleError("no article text found on the page (only furniture: consent, paywall or navigation)"
                       if main or _any_text(tree) else "no article text found on the page")


def _with_joiners(tree, method: str, url: str, text_selector: str | None, title: str, text: str) -> tuple[str, str]:
    """(title, text) with the page's ZWNJs and ZWJs, which trafilatura drops (crawler.joiners):
    the chosen way is run again on a copy holding stand-ins, and its result kept only if it
    reads the same but for the joiners, so what is found never changes."""
    joined = joiners.hidden(tree)
    if joined is None:
        return title, text
    kind = "selector" if method.startswith("selector:") else method
    title_j, text_j = _text_by(kind, joined, url, text_selector)
    return joiners.restored(title_j, title), joiners.restored(text_j, text)


def _method_name(method: str, text_selector: str | None) -> str:
    return f"selector:{text_selector}" if method == "selector" else method


def _any_text(tree) -> bool:
    body = tree.find(".//body")
    return body is not None and bool(" ".join(body.itertext()).strip())


def _text_by(method: str, tree, url: str, text_selector: str | None) -> tuple[str, str]:
    if method == "trafilatura":  # bare_extraction copies the tree it is given, so it is passed as it is
        document = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA)
        return (trafilatura_title(tree) if document else ""), ((document.text or "") if document else "")
    if method == "trafilatura-pruned":
        pruned = _without_furniture(tree)
        document = trafilatura.bare_extraction(pruned, url=url, favor_recall=True, **TRAFILATURA)
        return ((document.title or "") if document else ""), ((document.text or "") if document else "")
    if method == "selector":
        return _by_selector(lxml.html.tostring(tree, encoding="unicode"), text_selector)
    return "", main_block_text(tree)


def trafilatura_title(tree) -> str:
    """The page's title as trafilatura's metadata reads it (og:title and other <meta>, then
    JSON-LD, then <title>/<h1>), without the rest of its metadata.

    The same steps, in the same order, as the title part of trafilatura.metadata.extract_metadata
    (2.x); the rest of that function (author, site name, categories, licence, its own date
    search with htmldate, the URL's domain) costs more than the text itself and Vigil reads
    none of it (dates: crawler.pagedates). Does not change `tree`.
    """
    metadata = examine_meta(tree)
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception as exc:  # noqa: BLE001 - trafilatura's own JSON-LD reader has bugs; it skips them so
        log.debug("JSON-LD metadata not read: %s", exc)
    if not metadata.title:
        metadata.title = extract_title(tree)
    metadata.clean_and_trim()
    return metadata.title or ""


def _without_furniture(tree):
    """A copy of the page without its dialogs and the lines written as furniture, inner asides made divs."""
    pruned = copy.deepcopy(tree)
    vocab = vocabulary()
    for element in pruned.xpath("//*[@role='dialog' or @role='alertdialog' or @aria-modal='true']"):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(pruned.iter("p", "li", "h2", "h3", "h4", "td")):
        if element.getparent() is not None and line_kind(" ".join(element.text_content().split()), vocab):
            element.drop_tree()
    for aside in pruned.xpath("//article//aside | //main//aside"):
        aside.tag = "div"
    return pruned


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
