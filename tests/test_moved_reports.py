"""Moved reports and moved feeds: an earlier document at a new address stays one document."""

from __future__ import annotations

import urllib.request

import pytest

from collect_helpers import rows, run

pytestmark = pytest.mark.slow


def test_a_report_at_a_new_address_is_the_earlier_document_with_an_alias(mockserver, sources_config, tmp_path):
    base = f"{mockserver.ns('moving')}/moved"
    data = tmp_path / "data"
    first = run(sources_config([{"id": "moving", "type": "feed", "url": f"{base}/feed.xml?phase=1"}]), data)
    assert first.get("moving").new_documents == 3
    urllib.request.urlopen(f"{base}/move", timeout=10).read()

    second = run(sources_config([{"id": "moving", "type": "feed", "url": f"{base}/feed.xml?phase=2"}]), data,
                 force=True).get("moving")
    assert (second.new_documents, second.moved, second.errors) == (1, 3, 0)
    documents = {d["url"].rsplit("/", 1)[1]: d for d in rows(data, "select * from documents")}
    assert sorted(documents) == ["report-a", "report-b", "report-c", "report-d"]
    assert all("/old/" in d["url"] for k, d in documents.items() if k != "report-d")
    aliases = {a["url"].split("/moved/")[1]: (a["reason"], a["document_id"])
               for a in rows(data, "select * from document_aliases")}
    assert aliases == {
        "p?id=a": ("redirect", documents["report-a"]["id"]),  # the short link, then the old address, then the new
        "new/report-a": ("redirect", documents["report-a"]["id"]),
        "new/report-b": ("canonical", documents["report-b"]["id"]),  # names the old address as canonical
        "new/report-c": ("near-duplicate text", documents["report-c"]["id"]),  # a correction added
    }

    # a third poll fetches nothing again: the new addresses are known as aliases
    before = len(mockserver.requests("/t/moving/moved/new/"))
    third = run(sources_config([{"id": "moving", "type": "feed", "url": f"{base}/feed.xml?phase=2"}]), data,
                force=True).get("moving")
    assert (third.new_documents, third.moved) == (0, 0)
    assert len(mockserver.requests("/t/moving/moved/new/")) == before


def test_a_feed_that_moved_for_good_is_polled_at_its_new_address(mockserver, sources_config, tmp_path):
    base = f"{mockserver.ns('feedmove')}/moved"
    config = sources_config([{"id": "mover", "type": "feed", "url": f"{base}/feed-old.xml"}])
    data = tmp_path / "data"
    for poll in range(1, 4):
        run(config, data, force=True)
        state = rows(data, "select feed_url, redirect_target, redirect_polls from sources")[0]
        assert state["redirect_polls"] == poll and state["redirect_target"] == f"{base}/feed.xml?phase=1"
        assert state["feed_url"] == (state["redirect_target"] if poll == 3 else None), poll
    asked = len(mockserver.requests("/t/feedmove/moved/feed-old.xml"))
    run(config, data, force=True)
    assert len(mockserver.requests("/t/feedmove/moved/feed-old.xml")) == asked  # straight to the new address
    # naming another URL in sources.yaml forgets the move
    run(sources_config([{"id": "mover", "type": "feed", "url": f"{base}/feed.xml?phase=1"}]), data, force=True)
    assert rows(data, "select feed_url, redirect_polls from sources")[0] == {"feed_url": None, "redirect_polls": 0}
