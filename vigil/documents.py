"""The one ingestion path: fetched pages in, documents out, with the document rules applied once.

Feeds (vigil.collect), site crawls (vigil.crawl) and `vigil extract rerun` all hand
`crawler.page.Page`s to this module. The rules, in `read_document`:

1. the text: the page without its source's template (vigil.templates), found by the first
   way that reads as a report (crawler.article.find_text), the way recorded in `text_method`;
2. the canonical URL: the page's rel=canonical, else its address, without tracking parameters;
3. the publication date: the feed entry's, else the page's publication metadata, else a date
   written in the text, and the page's "modified" date only when none of these is known
   (`date_from` says which);
4. the language: the page's, else the source's;
5. the country filter of worldwide sources, on the title and the text.

`ingest_pages` runs a batch of one source's pages in two passes, so a source's first pages
are clean too: first every page (listing pages included) teaches the template, then the
articles are read under it. When that changes the template, the source's earlier documents
that it touches are read again from the archive (`refresh_stale`) and queued for extraction.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from crawler.archive import ArchiveError, WarcRef
from crawler.article import ArticleError, extract_article
from crawler.blocks import cut_keys
from crawler.canonical import canonical_url
from crawler.page import Page
from vigil import templates
from vigil.ingest import SourceReport, content_hash, mentions_country, store_document
from vigil.copies import fingerprint
from vigil.moved import earlier_document, remember_alias
from vigil.readpool import ReaderPool
from vigil.store import documents, sources, write_lock

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocumentFields:
    """What the document rules make of one page: the columns of its `documents` row."""

    url: str  # canonical
    page_url: str  # the address the page was read from, canonical
    title: str
    published: str | None  # ISO date (or the feed entry's ISO datetime)
    date_from: str | None  # feed | page-metadata | text | modified
    lang: str
    text: str
    text_method: str
    template_digest: str
    simhash: str | None  # vigil.copies.fingerprint of the text; None when too short to compare
    keep: bool  # False: a worldwide source's report that does not mention its country


def page_key(url: str) -> str:
    return canonical_url(url)


def read_document(source, page: Page, template: frozenset[str], archive_dir: Path) -> DocumentFields:
    """Apply the document rules to a page; raise ArticleError or ArchiveError when it cannot be read."""
    body, content_type = page.read_body(archive_dir)
    article = extract_article(body, page.url, content_type, text_selector=source.text_selector,
                              template=template)
    title = article.title or page.entry_title or ""
    if page.entry_published is not None:
        published, date_from = page.entry_published.isoformat(), "feed"
    else:
        published = article.published_on(source.zone)  # on the source's clock (crawler.dates.in_zone)
        date_from = article.date_from if article.published else None
    country = source.country_filter
    keep = not country or mentions_country(f"{title}\n{article.text}", country)
    return DocumentFields(
        url=canonical_url(article.canonical or page.url), page_url=page_key(page.url), title=title,
        published=published, date_from=date_from, lang=article.lang or source.lang, text=article.text,
        text_method=article.text_method, template_digest=templates.digest(article.template_removed),
        simhash=fingerprint(article.text), keep=keep,
    )


def learn(db, pages: list[Page]) -> None:
    """Record each page's line hashes (the pages carry them); call inside a write transaction."""
    for page in pages:
        if page.block_hashes is not None:
            templates.record_page(db, page.source_id, page_key(page.url), page.block_hashes)


def ingest_pages(db, source, pages: list[tuple[Page, int | None]], archive_dir: Path, report: SourceReport,
                 readers: ReaderPool, ahead: dict | None = None) -> None:
    """Store one source's batch of fetched pages (each with its `fetches` row id) as documents.

    1. Every page's line hashes go to `page_blocks`; the source's template is read back.
    2. Each article page becomes a document: a new one, or, when its address, redirects or
       text show it is an earlier document at a new address, an alias of that one.
    3. Earlier documents that the new template would cut differently are read again.
    A page that cannot be read fails alone: one error in the report, the rest go on.
    The articles are read by `readers` (vigil.readpool). `ahead` maps a page's WARC record
    (file, offset) to its reading under an earlier template (`read_ahead`, a readpool.Reading);
    it is used when that template cut the same lines.
    """
    with write_lock(db):
        before = templates.template_of(db, source.id)
        learn(db, [page for page, _ in pages])
        template = templates.template_of(db, source.id)
    articles = [(page, fetch_id) for page, fetch_id in pages if page.kind == "article"]
    read = _read_all(source, [p for p, _ in articles], template, archive_dir, readers, ahead or {})
    with write_lock(db):
        for (page, fetch_id), (fields, exc) in zip(articles, read):
            if isinstance(exc, (ArticleError, ArchiveError)):
                report.error(f"{page.url}: {exc}")
                log.warning("%s: %s: %s", source.id, page.url, exc)
                continue
            if exc is not None:  # a parser bug costs one page, not the run
                report.error(f"{page.url}: extraction failed: {type(exc).__name__}: {exc}")
                log.error("%s: %s: extraction failed: %r", source.id, page.url, exc)
                continue
            if fields.keep:
                _store(db, source, page, fields, fetch_id, report)
            if page.entry_guid:
                sources.remember_entry(db, source.id, page.entry_guid, fields.url, page.fetched_at)
    if template != before:
        report.refreshed += refresh_stale(db, source, template, archive_dir)


def _read_all(source, pages: list[Page], template, archive_dir: Path, readers: ReaderPool, ahead: dict):
    """(fields, None) or (None, exception) per page, in order; the pages are read in worker
    processes (`readers`), the store is written by the caller alone. A page read ahead
    under a template that cut the same lines from it as `template` does is not read again;
    one whose reader died before reading it is."""
    read: list = [None] * len(pages)
    for index, page in enumerate(pages):
        reading = ahead.get((page.warc.file, page.warc.offset)) if page.warc else None
        if reading is None or page.block_hashes is None:
            continue
        done = reading.result()
        if done is None:
            continue
        fields, exc = done
        if exc is None and fields.template_digest == templates.digest(cut_keys(page.block_hashes, template)):
            read[index] = (fields, None)
    missing = [index for index, done in enumerate(read) if done is None]
    for index, result in zip(missing, readers.read_pages(_read_one, [(source, pages[i], template, archive_dir)
                                                                      for i in missing])):
        read[index] = result
    return read


def read_ahead(readers: ReaderPool, source, page: Page, template: frozenset[str], archive_dir: Path):
    """Start reading one page in a worker under the template known so far (see ingest_pages' `ahead`)."""
    return readers.read_ahead(_read_one, (source, page, template, archive_dir))


def _read_one(job) -> DocumentFields:
    return read_document(*job)


def _store(db, source, page: Page, fields: DocumentFields, fetch_id, report: SourceReport) -> None:
    row = {**asdict(fields), "source_id": source.id, "guid": page.entry_guid, "fetched_at": page.fetched_at,
           "fetch_id": fetch_id, "warc_file": page.warc.file if page.warc else None,
           "warc_offset": page.warc.offset if page.warc else None,
           "warc_length": page.warc.length if page.warc else None}
    earlier = earlier_document(db, source.id, fields, page)
    if earlier is not None:
        document_id, reason = earlier
        for url in {fields.url, fields.page_url, *(canonical_url(u) for u in page.requested)}:
            remember_alias(db, url, document_id, source.id, reason)
        report.moved += 1
        log.info("%s: %s is document %s at a new address (%s)", source.id, fields.url, document_id, reason)
        return
    if store_document(db, row):
        report.new_documents += 1


def relearn(db, source_id: str, archive_dir: Path) -> int:
    """Learn a source's template from its archived pages that taught nothing yet; returns how many.

    A database collected before template learning existed has documents without `page_url`
    and no `page_blocks`: their pages, and the source's latest listing pages, are read back
    from the archive (no network), so `vigil extract rerun` cuts the template from them too.
    """
    from crawler.article import parse_page
    from crawler.blocks import page_hashes

    pages = documents.unlearnt_pages(db, source_id)
    pages += [(None, *listing) for listing in sources.archived_listings(db, source_id)]
    learnt = 0
    for document_id, url, warc_file, warc_offset in pages:
        page = Page(source_id=source_id, kind="article", url=url, fetched_at="", warc=WarcRef(warc_file, warc_offset, 0))
        try:
            body, content_type = page.read_body(archive_dir)
            hashes = page_hashes(parse_page(body, url, content_type))
        except (ArticleError, ArchiveError) as exc:
            log.warning("%s: %s: cannot learn from the archived page: %s", source_id, url, exc)
            continue
        with write_lock(db):
            key = page_key(url)
            templates.record_page(db, source_id, key, hashes)
            if document_id is not None:
                documents.set_page_url(db, document_id, key)
        learnt += 1
    return learnt


def page_of_document(document: dict) -> Page:
    """A stored document as the Page it was read from (its archived response), for reading it again."""
    published = document.get("published")
    from_feed = document.get("date_from") == "feed" or (document.get("date_from") is None and "T" in (published or ""))
    entry_published = None
    if from_feed and published:
        from datetime import datetime

        entry_published = datetime.fromisoformat(published)
    return Page(
        source_id=document["source_id"], kind="article", url=document.get("page_url") or document["url"],
        fetched_at=document.get("fetched_at") or "",
        warc=WarcRef(document["warc_file"], document["warc_offset"], document.get("warc_length") or 0),
        entry_guid=document.get("guid"), entry_published=entry_published,
    )


def reread(db, source, document: dict, archive_dir: Path) -> DocumentFields:
    """The document's fields under the current rules and its source's current template."""
    return read_document(source, page_of_document(document), templates.template_of(db, source.id), archive_dir)


UPDATABLE = ("title", "published", "date_from", "lang", "text", "text_method", "template_digest", "simhash")


def changes_of(document: dict, fields: DocumentFields) -> dict:
    """The columns whose value differs between a stored document and its fields read again."""
    fresh = asdict(fields)
    changes = {k: fresh[k] for k in UPDATABLE if fresh[k] != document.get(k)}
    if "text" in changes:
        changes["content_hash"] = content_hash(fields.text)
    return changes


def refresh_stale(db, source, template: frozenset[str], archive_dir: Path) -> int:
    """Read again the source's documents stored under another template; returns how many changed.

    A document whose title, text or date changed is queued for extraction again (its
    `extractor_version` cleared), so its claims follow its text at the next extract run.
    """
    changed = 0
    for stale in templates.stale_documents(db, source.id, template):
        document = dict(documents.get_document(db, stale["id"]))
        try:
            fields = read_document(source, page_of_document(document), template, archive_dir)
        except (ArticleError, ArchiveError) as exc:
            log.warning("%s: %s: not read again under the new template: %s", source.id, document["url"], exc)
            continue
        changes = changes_of(document, fields)
        if not changes:
            continue
        if {"title", "text", "published"} & set(changes):
            changes["extractor_version"] = None
        with write_lock(db):
            documents.update_document(db, document["id"], changes)
        changed += 1
    return changed
