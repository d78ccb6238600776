"""Moved reports: an earlier document fetched again at a new address is the same document.

Sites move their articles (a new URL scheme, a slug corrected, a section renamed). A page
is an earlier document of the same source when, in this order:

1. its canonical URL or the address it was read from is a known alias of that document;
2. one of the addresses asked for before it (the feed's link, each redirect hop) is that
   document's URL or alias;
3. its text is a near-duplicate of that document's (trafilatura's Simhash, similarity at
   least NEAR_DUPLICATE) under the same title and publication day, or exactly the same
   text. The day matters: a weekly bulletin keeps its title and most of its words, and
   each week's is a report of its own.

It is then stored as an alias of the earlier document, never as a new one. Near-duplicate
reports of *other* sources are the same incident told twice, which the totals handle.
"""

from __future__ import annotations

from trafilatura.deduplication import Simhash

from crawler.canonical import canonical_url
from vigil.ingest import content_hash
from vigil.store import utcnow

NEAR_DUPLICATE = 0.8  # Simhash similarity (share of equal bits of 64): one text re-published, a sentence added


def _normal_title(title: str) -> str:
    return " ".join(title.split()).casefold()


def document_for_url(db, url: str) -> int | None:
    """The id of the document stored at `url` or known under it as an alias."""
    row = db.execute("select id from documents where url = ? union all "
                     "select document_id from document_aliases where url = ? limit 1", [url, url]).fetchone()
    return row[0] if row else None


def earlier_document(db, source_id: str, fields, page) -> tuple[int, str] | None:
    """(document id, reason) of the earlier document this page is, or None for a new report."""
    same = db.execute("select id from documents where url = ?", [fields.url]).fetchone()
    if same:  # the same canonical URL: moved only if it was read at another address
        stored_at = db.execute("select page_url from documents where id = ?", [same[0]]).fetchone()[0]
        return (same[0], "canonical") if stored_at and fields.page_url != stored_at else None
    for url in (fields.url, fields.page_url):
        found = document_for_url(db, url)
        if found is not None:
            return found, "alias"
    for url in page.requested:
        found = document_for_url(db, canonical_url(url))
        if found is not None:
            return found, "redirect"
    same_text = db.execute("select id from documents where source_id = ? and content_hash = ? limit 1",
                           [source_id, content_hash(fields.text)]).fetchone()
    if same_text:
        return same_text[0], "same text"
    if fields.simhash is None:  # too short to compare (vigil.copies.fingerprint)
        return None
    mine = Simhash(existing_hash=fields.simhash)
    title = _normal_title(fields.title)
    day = (fields.published or "")[:10]
    for row in db.execute("select id, title, simhash, published from documents where source_id = ? and simhash is not "
                          "null and coalesce(substr(published, 1, 10), '') = ?", [source_id, day]):
        if title and _normal_title(row[1] or "") == title and mine.similarity(Simhash(existing_hash=row[2])) >= NEAR_DUPLICATE:
            return row[0], "near-duplicate text"
    return None


def remember_alias(db, url: str, document_id: int, source_id: str, reason: str) -> None:
    """Keep `url` as another address of a document (never the document's own URL)."""
    db.execute("insert or ignore into document_aliases (url, document_id, source_id, reason, added_at) "
               "select ?, ?, ?, ?, ? where not exists (select 1 from documents where url = ?)",
               [url, document_id, source_id, reason, utcnow(), url])
