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
from vigil.store import documents

NEAR_DUPLICATE = 0.8  # Simhash similarity (share of equal bits of 64): one text re-published, a sentence added


def _normal_title(title: str) -> str:
    return " ".join(title.split()).casefold()


def earlier_document(db, source_id: str, fields, page) -> tuple[int, str] | None:
    """(document id, reason) of the earlier document this page is, or None for a new report."""
    same = documents.stored_at(db, fields.url)
    if same:  # the same canonical URL: moved only if it was read at another address
        document_id, read_at = same
        return (document_id, "canonical") if read_at and fields.page_url != read_at else None
    for url in (fields.url, fields.page_url):
        found = documents.document_for_url(db, url)
        if found is not None:
            return found, "alias"
    for url in page.requested:
        found = documents.document_for_url(db, canonical_url(url))
        if found is not None:
            return found, "redirect"
    same_text = documents.with_content_hash(db, source_id, content_hash(fields.text))
    if same_text is not None:
        return same_text, "same text"
    if fields.simhash is None:  # too short to compare (vigil.copies.fingerprint)
        return None
    mine = Simhash(existing_hash=fields.simhash)
    title = _normal_title(fields.title)
    day = (fields.published or "")[:10]
    for document_id, other_title, simhash in documents.fingerprinted_on(db, source_id, day):
        if title and _normal_title(other_title or "") == title and mine.similarity(Simhash(existing_hash=simhash)) >= NEAR_DUPLICATE:
            return document_id, "near-duplicate text"
    return None


def remember_alias(db, url: str, document_id: int, source_id: str, reason: str) -> None:
    """Keep `url` as another address of a document (never the document's own URL)."""
    documents.add_alias(db, url, document_id, source_id, reason)
