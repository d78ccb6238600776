"""Template lines of a page (crawler.blocks) and the dates read beside them (crawler.pagedates)."""

from __future__ import annotations

from datetime import date

from crawler.article import extract_article, parse_page
from collections import Counter

from crawler.blocks import PLAIN, block_hash, page_blocks, page_hashes, strip_blocks
from vigil.templates import MIN_PAGES

URL = "http://127.0.0.1/x"
CELL = ("<html><body><table><tr><td>Most read<br><a href='/1'>Nine men hanged in Kerman on Friday</a><br>"
        "Three prisoners were executed in Birjand on 4 May 2025.<br>"
        "<a href='/2'>Woman executed in Yazd on Monday</a></td></tr></table></body></html>")


def test_a_template_line_goes_and_the_reports_line_in_the_same_cell_stays():
    tree = parse_page(CELL.encode(), URL)
    lines = [b.text for b in page_blocks(tree)]
    assert lines == ["nine men hanged in kerman on friday",  # "Most read": too short to judge
                     "three prisoners were executed in birjand on 4 may 2025.", "woman executed in yazd on monday"]
    template = {block_hash("Nine men hanged in Kerman on Friday"), block_hash("woman executed in Yazd on Monday")}
    removed = strip_blocks(tree, template)
    assert removed == frozenset(template)
    assert " ".join(t.strip() for t in tree.find(".//td").itertext() if t.strip()) == (
        "Most read Three prisoners were executed in Birjand on 4 May 2025.")


def test_an_emptied_sidebar_goes_whole():
    page = ("<html><body><div id='story'><p>Two men were hanged in Qom on 2 May 2025, their lawyer said.</p></div>"
            "<div id='side'><ul><li>Nine men hanged in Kerman on Friday</li><li>Woman executed in Yazd on Monday"
            "</li></ul></div></body></html>")
    tree = parse_page(page.encode(), URL)
    plain = {PLAIN + block_hash("Nine men hanged in Kerman on Friday"), PLAIN + block_hash("Woman executed in Yazd on Monday")}
    strip_blocks(tree, plain)
    assert tree.find(".//div[@id='side']") is None and tree.find(".//div[@id='story']") is not None


def test_an_articles_lede_shown_as_a_teaser_on_other_pages_stays_in_the_article():
    lede = "Four men were hanged in Shiraz's Adelabad Prison at dawn on 9 May 2025, their relatives said."

    def page(n: int) -> bytes:
        related = f"<div class='related'><a href='/lede'>{lede}</a></div>" if n else ""
        own = lede if n == 0 else f"Report number {n} tells of a transfer to solitary confinement in Qom."
        return (f"<html><body><article><p>{own}</p><p>Lawyers for report {n} were not told.</p></article>{related}"
                "<footer>Prison Notes is written by volunteers from many cities.</footer></body></html>").encode()

    pages = [parse_page(page(n), URL) for n in range(6)]
    counts = Counter(key for tree in pages for key in page_hashes(tree))
    template = frozenset(key for key, n in counts.items() if n >= MIN_PAGES)
    strip_blocks(pages[0], template)
    strip_blocks(pages[3], template)
    assert lede in pages[0].text_content() and "volunteers" not in pages[0].text_content()
    assert lede not in pages[3].text_content() and "transfer to solitary" in pages[3].text_content()


def page_with(meta: str, text: str = "Two men were hanged in Qom Central Prison, their families said today.") -> bytes:
    return f"<html><head>{meta}</head><body><article><p>{text}</p><p>{text}</p></article></body></html>".encode()


def test_a_modified_date_never_dates_a_page_that_says_when_it_was_published():
    both = page_with('<meta property="article:modified_time" content="2025-10-20T10:00:00Z">'
                     '<meta property="article:published_time" content="2025-09-03T08:00:00Z">')
    article = extract_article(both, URL)
    assert (article.published, article.date_from, article.modified) == (date(2025, 9, 3), "page-metadata",
                                                                         date(2025, 10, 20))
    json_ld = page_with('<script type="application/ld+json">{"@type": "NewsArticle", '
                        '"dateModified": "2025-10-20", "datePublished": "2025-09-03"}</script>')
    assert extract_article(json_ld, URL).published == date(2025, 9, 3)


def test_a_date_in_the_text_comes_before_a_modified_date():
    page = page_with('<meta property="article:modified_time" content="2025-10-20T10:00:00Z">',
                     "Published 3 September 2025. Two men were hanged in Qom Central Prison, their families said.")
    article = extract_article(page, URL)
    assert (article.published, article.date_from) == (date(2025, 9, 3), "text")


def test_a_modified_date_is_the_last_resort():
    article = extract_article(page_with('<meta property="article:modified_time" content="2025-10-20T10:00:00Z">'), URL)
    assert (article.published, article.date_from) == (date(2025, 10, 20), "modified")
