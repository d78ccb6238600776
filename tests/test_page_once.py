"""A collected page is read once: what the template cuts from it is known from its line hashes
alone, so a crawl's documents are not read a second time as if stored under another template."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import lxml.html

from collect_helpers import run
from crawler.blocks import cut_keys, page_hashes, strip_blocks
from vigil import templates
from vigil.store import open_store

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import pages as mocksite  # noqa: E402


def test_the_keys_a_template_cuts_are_known_from_the_page_hashes():
    trees = [lxml.html.document_fromstring(mocksite.article_page("http://127.0.0.1:1/t/x", n)) for n in range(6)]
    template = frozenset.intersection(*(page_hashes(t) for t in trees))  # the lines every page shares
    assert template, "test setup: the fixture pages share their navigation and footer"
    for tree in trees:
        removed = strip_blocks(copy.deepcopy(tree), template)
        assert removed and cut_keys(page_hashes(tree), template) == removed


def test_a_crawls_documents_are_not_stale_under_the_template_they_were_read_with(mockserver, sources_config, tmp_path):
    base = mockserver.ns("read-once")
    config = sources_config([{"id": "desk", "type": "site", "start_urls": [f"{base}/bench/site/?pages=2&per=6"],
                              "article_links": "h2.entry-title a", "next_page": "a.next", "max_pages": 20}])
    report = run(config, tmp_path / "data")
    assert report.get("desk").new_documents == 12, report.summary()
    assert report.get("desk").refreshed == 0
    db = open_store(tmp_path / "data")
    try:
        template = templates.template_of(db, "desk")
        assert template
        assert templates.stale_documents(db, "desk", template) == []
    finally:
        db.close()
