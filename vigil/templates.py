"""Each source's template, learned from the pages Vigil has archived for it.

Every page of a source (article and listing pages alike) leaves the hashes of its lines
in `page_blocks` (crawler.blocks); a line found on at least MIN_PAGES pages of one source
is that source's template. A page fetched again replaces its own hashes, so a listing page
polled every hour counts once, and a redesign shows as new hashes on the pages that follow.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

from crawler.blocks import cut_keys
from vigil.store import documents

# A line on this many pages of one source is template. Lower and two reports of one day
# sharing a sentence would lose it; the sidebars this is for sit on every page of a crawl.
MIN_PAGES = 4


def record_page(db, source_id: str, page_url: str, hashes: Iterable[str]) -> None:
    """Replace the line hashes kept for one page of a source (call inside a write transaction)."""
    documents.replace_page_blocks(db, source_id, page_url, hashes)


def template_of(db, source_id: str) -> frozenset[str]:
    """The hashes of the lines found on at least MIN_PAGES pages of the source."""
    return documents.common_blocks(db, source_id, MIN_PAGES)


def digest(removed: Iterable[str]) -> str:
    """One value for the set of template lines cut from a document, stored beside it."""
    return hashlib.sha1(",".join(sorted(removed)).encode()).hexdigest()[:16]


def stale_documents(db, source_id: str, template: frozenset[str]) -> list[dict]:
    """Documents of the source from which another set of lines would be cut under `template`.

    Their page's hashes are in `page_blocks`; a document whose `template_digest` differs from
    the digest of the lines the template would cut from its page (crawler.blocks.cut_keys) was
    stored under another template.
    """
    stale = []
    for row in documents.templated_documents(db, source_id):
        hashes = documents.page_blocks(db, source_id, row["page_url"])
        if digest(cut_keys(hashes, template)) != row["template_digest"]:
            stale.append(row)
    return stale
