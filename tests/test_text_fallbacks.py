"""What reaches the extractor when a page's furniture outweighs its report: consent dialogs,
paywalls, navigation, asides and bulleted lists, collected from the fixture server."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from crawler.article import ArticleError, extract_article
from crawler.boilerplate import text_kind
from extract import extract_report

from collect_helpers import rows, run

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import casepages  # noqa: E402

URL = "http://127.0.0.1/x"


@pytest.fixture(scope="module")
def cases(mockserver, tmp_path_factory):
    root = tmp_path_factory.mktemp("cases")
    config = root / "config"
    config.mkdir()
    (config / "sources.yaml").write_text(
        "user_agent: VigilTest/1.0\ntimeout: 5\nallow_private_addresses: true\nsources:\n" + "".join(
            # one source per page: the bare list is the same report as the other, which one source stores once
            f"  - {{id: {name}, name: {name}, org: news, type: feed, "
            f"url: '{mockserver.ns('cases')}/cases/feed.xml?page={name}'}}\n" for name in casepages.PAGES),
        encoding="utf-8")
    report = run(config, root / "data")
    assert report.errors == 0, [s.last_error for s in report.sources]
    return {d["url"].rsplit("/", 1)[1]: d for d in rows(root / "data", "select * from documents")}


def test_a_report_in_an_aside_beside_a_cookie_dialog_is_stored_and_the_dialog_is_not(cases):
    document = cases["cookie-aside.html"]
    assert casepages.ASIDE_REPORT in document["text"]
    assert "cookie" not in document["text"].lower() and "consent" not in document["text"].lower()
    assert document["text_method"] == "trafilatura-pruned"  # plain trafilatura returned the dialog
    assert (document["published"], document["date_from"]) == ("2025-09-19", "page-metadata")


def test_the_report_in_the_aside_gives_its_one_claim(cases):
    document = cases["cookie-aside.html"]
    day = date.fromisoformat(document["published"][:10])
    claims = extract_report(document["text"], day, document["title"])
    assert [(c.event, c.count, c.period_start, list(c.offences)) for c in claims] == [
        ("executed", 1, date(2025, 9, 18), ["drug"])]
    # field case 08 words it with the people word first: "a" + "Baluch" must not hide the prisoner
    claims = extract_report("A Baluch prisoner, Abdolghani Rigi, was hanged in Zahedan Central Prison on "
                            "18 September 2025 for a drug-related conviction.", day)
    assert [(c.event, c.count, c.period_start, c.location, list(c.names), list(c.offences)) for c in claims] == [
        ("executed", 1, date(2025, 9, 18), "Zahedan Central Prison", ["Abdolghani Rigi"], ["drug"])]


@pytest.mark.parametrize("page", ["named-list.html", "named-list-bare.html"])
def test_each_named_prisoner_reaches_the_extractor_on_a_line_of_its_own(cases, page):
    lines = cases[page]["text"].splitlines()
    lead = next(i for i, line in enumerate(lines) if line.endswith(casepages.LIST_LEAD))
    listed = [line.lstrip("-• ").strip() for line in lines[lead + 1: lead + 1 + len(casepages.LISTED)]]
    assert listed == [casepages.list_item(*p) for p in casepages.LISTED]
    assert cases[page]["published"] == "2025-09-11"


def test_the_dialog_alone_is_no_article():
    dialog = "".join(f"<p>{p}</p>" for p in casepages.CONSENT)
    with pytest.raises(ArticleError, match="only furniture"):
        extract_article(f"<html><body><div>{dialog}</div></body></html>".encode(), URL)


@pytest.mark.parametrize("text, kind", [
    ("\n".join(casepages.CONSENT), "consent"),
    ("You have read all your free articles this month.\nSubscribe now for unlimited access, or sign in if you "
     "are already a subscriber.", "paywall"),
    ("Home\nAbout us\nContact\nSearch\nArchives", "navigation"),
    (casepages.ASIDE_REPORT, None),
])
def test_furniture_is_told_from_reports_by_its_vocabulary(text, kind):
    assert text_kind(text) == kind


def test_link_lists_are_navigation_whatever_their_words():
    headlines = ["Prisoner transferred to solitary confinement", "Court upholds sentence of teacher",
                 "Families gather outside the prison"]
    assert text_kind("\n".join(headlines), frozenset(h.casefold() for h in headlines)) == "navigation"


def test_a_paywall_notice_gives_way_to_the_sources_text_selector():
    notice = ("<div class='premium'><p>Subscribe to continue reading: unlimited access to every report for "
              "subscribers, sign in if you already have a subscription.</p><p>Already a subscriber? Sign in to "
              "keep reading this article and support our journalism with a subscription.</p></div>")
    # the report sits where trafilatura expects reader comments, so both its configurations miss it
    report = "<div class='comments story-body'><span>Two men were hanged in Qezelhesar Prison on Sunday.</span></div>"
    page = f"<html><body>{notice}<div class='teaser'>{report}</div></body></html>".encode()
    article = extract_article(page, URL, text_selector="div.story-body")
    assert (article.text, article.text_method) == ("Two men were hanged in Qezelhesar Prison on Sunday.",
                                                   "selector:div.story-body")
    with pytest.raises(ArticleError, match="only furniture"):  # without the selector, nothing but the notice
        extract_article(page, URL)


def test_a_text_much_shorter_than_the_main_block_tries_the_next_way():
    paragraphs = "".join(f"<p>Paragraph {i} of the report on the hangings in Karaj, told by the families.</p>"
                         for i in range(12))
    # the report sits in a block whose class trafilatura takes for reader comments and drops
    page = (f"<html><body><article><p>Short teaser about executions in Karaj this week, by our desk.</p></article>"
            f"<div class='comments'>{paragraphs}</div></body></html>").encode()
    article = extract_article(page, URL)
    assert all(f"Paragraph {i} " in article.text for i in range(12))
    assert article.text_method == "main-block"
