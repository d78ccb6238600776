"""Article text extraction over the fixture site's pages (pure: bytes in, Article out)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crawler.article import ArticleError, decode_html, extract_article

sys.path.insert(0, str(Path(__file__).parent / "mockserver"))
import pages  # noqa: E402


def test_main_text_title_date_language_and_canonical():
    html = pages.article_page("http://127.0.0.1/t/a", 4, canonical="/t/a/articles/4").encode()
    article = extract_article(html, "http://127.0.0.1/t/a/articles/4?utm_source=x", "text/html; charset=utf-8")
    assert article.title == "Report 4: prisoners executed in Iran"
    assert "executed in Karaj, Iran" in article.text and "drug-related offences" in article.text
    for boilerplate in ("Subscribe", "Copyright", "Section 3", "Most read"):
        assert boilerplate not in article.text
    assert article.published == date(2025, 9, 2)
    assert article.lang == "en"
    assert article.canonical == "http://127.0.0.1/t/a/articles/4"


def test_a_css_selector_reads_markup_trafilatura_misses():
    html = b"<html><body><div class='story'><p>Two men were hanged in Qezelhesar prison.</p></div></body></html>"
    article = extract_article(html, "http://127.0.0.1/x", text_selector="div.story")
    assert article.text == "Two men were hanged in Qezelhesar prison." and article.published is None


@pytest.mark.parametrize(
    "body, content_type, message",
    [
        (b"%PDF-1.4 binary", "application/pdf", "not an HTML page (Content-Type application/pdf)"),
        (b"\x89PNG\r\n\x1a\n....", None, "binary content"),
        (b"   ", "text/html", "empty response body"),
        (b"<html><body><script>var a;</script></body></html>", "text/html", "no article text"),
    ],
)
def test_non_articles_raise_with_the_reason(body, content_type, message):
    with pytest.raises(ArticleError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extract_article(body, "http://127.0.0.1/x", content_type)


def test_wrong_declared_charsets_are_corrected():
    arabic = "<p>اعدام سه زندانی</p>".replace("ی", "ي").encode("cp1256")
    assert "اعدام" in decode_html(arabic, "text/html; charset=utf-8")
    utf8 = "<p>Exécutions à Téhéran</p>".encode()
    assert "Exécutions" in decode_html(utf8, "text/html; charset=iso-8859-1")
    assert decode_html(b"\xef\xbb\xbf<p>bom</p>", "text/html; charset=cp1256") == "<p>bom</p>"
    assert "Téhéran" in decode_html("<meta charset='windows-1252'><p>Téhéran</p>".encode("cp1252"))


def test_a_page_time_with_an_offset_is_kept_and_read_on_the_source_clock():
    tehran = ZoneInfo("Asia/Tehran")
    page = ('<html><head><title>t</title><meta property="article:published_time" content="{}"></head>'
            '<body><article><p>' + "Two prisoners were executed in Karaj, Iran, monitors said. " * 5 + "</p></article></body></html>")
    late_sunday_utc = extract_article(page.format("2025-09-14T23:00:00+00:00").encode(), "http://127.0.0.1/a")
    assert late_sunday_utc.published_on(tehran) == "2025-09-15T02:30:00+03:30"  # Monday in Tehran
    assert late_sunday_utc.published_on(None) == "2025-09-14"  # no zone configured: the day as written
    bare = extract_article(page.format("2025-09-15").encode(), "http://127.0.0.1/a")
    assert (bare.published_at, bare.published_on(tehran)) == (None, "2025-09-15")


TITLED = {
    "og:title over <title>": '<meta property="og:title" content="Two men hanged in Shiraz"><title>Site | Home</title>',
    "JSON-LD headline": '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Three executed in'
                        ' Karaj &amp; Qom"}</script><title>Site</title>',
    "<title> only": "<title>Woman executed in Qezelhesar - Monitor</title>",
    "<h1> only": "",
}


@pytest.mark.parametrize("head", TITLED.values(), ids=TITLED.keys())
def test_the_title_is_the_one_trafilatura_metadata_reads(head):
    """Vigil reads the title with trafilatura's own metadata steps and skips the rest of its
    metadata (author, site name, its own date search): the title must stay trafilatura's."""
    import trafilatura

    from crawler.article import parse_page, trafilatura_title

    html = (f"<html><head>{head}</head><body><h1>Four prisoners executed in Urmia</h1>"
            f"<article><p>{'Four prisoners were executed in Urmia Central Prison on Monday. ' * 4}</p></article>"
            "</body></html>").encode()
    full = trafilatura.bare_extraction(parse_page(html, "http://127.0.0.1/a"), url="http://127.0.0.1/a",
                                       with_metadata=True, include_comments=False)
    assert full.title
    assert trafilatura_title(parse_page(html, "http://127.0.0.1/a")) == full.title
    assert extract_article(html, "http://127.0.0.1/a").title == full.title


ZAHEDAN = Path(__file__).parents[1] / "vigil/demo/site/hrana-fa/2025/09/edam-zendani-baloch-zahedan.html"


def test_persian_text_keeps_its_zero_width_non_joiners():
    # trafilatura drops ZWNJ (not str.isprintable()); `سه‌شنبه` must not come out as `سهشنبه`
    article = extract_article(ZAHEDAN.read_bytes(), "https://hrana.example/fa/zahedan", "text/html; charset=utf-8")
    assert "بامداد امروز سه\u200cشنبه ۱ مهر ۱۴۰۴" in article.text
    assert "رسانه\u200cهای داخلی" in article.text
    assert "\U00010900" not in article.text  # no stand-in left behind


def test_a_title_and_a_joined_letter_pair_keep_their_joiners():
    page = ("<html lang='fa'><head><title>می\u200cخواهم</title></head><body><article><h1>اعدام در زندان\u200cها</h1>"
            + "<p>" + "گزارش\u200cها از اجرای حکم اعدام در زندان مرکزی خبر می\u200cدهند. " * 8 + "</p>"
            + "<p>ZWJ in an emoji family 👨\u200d👩\u200d👧 stays.</p></article></body></html>")
    article = extract_article(page.encode(), "https://hrana.example/fa/1", "text/html; charset=utf-8")
    assert article.title == "اعدام در زندان\u200cها"
    assert article.text.count("می\u200cدهند") == 8 and "👨\u200d👩\u200d👧" in article.text
