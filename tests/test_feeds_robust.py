"""Feed parsing (pure) on what real feeds contain: declared entities, odd encodings, dates in
other zones and out of range, links that are not the article, and URLs to keep as written."""

from __future__ import annotations

import gzip
import re
import zlib
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.canonical import canonical_url
from crawler.dates import OutOfRange, in_zone, parse_timestamp
from crawler.doctype import MAX_ENTITY_CHARS, MAX_EXPANSION
from crawler.feeds import FeedError, parse_feed
from crawler.http import decode_body, decode_content

URL = "http://127.0.0.1/t/robust/feed.xml"
TEHRAN = ZoneInfo("Asia/Tehran")


def rss(items: str, doctype: str = "", declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    return f'{declaration}\n{doctype}<rss version="2.0"><channel><title>Monitor</title>{items}</channel></rss>'


def item(title: str = "Report", link: str = "http://127.0.0.1/a/1", extra: str = "") -> str:
    return f"<item><title>{title}</title><link>{link}</link>{extra}</item>"


# --- entity declarations ---------------------------------------------------------------


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n',  # on one line
    '<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n  <!ENTITY copy "&#169;">\n]>\n',
])
def test_a_declared_character_entity_is_expanded(doctype):
    feed = parse_feed(rss(item("Hanged in Ghezel&nbsp;Hesar"), doctype).encode(), URL)
    assert feed.problem is None
    assert [e.title for e in feed.entries] == ["Hanged in Ghezel\u00a0Hesar"]


def test_the_xhtml_character_entity_sets_are_allowed_and_never_fetched():
    doctype = ('<!DOCTYPE rss [\n<!ENTITY % HTMLlat1 PUBLIC "-//W3C//ENTITIES Latin 1 for XHTML//EN"\n'
               ' "http://127.0.0.1:9/xhtml-lat1.ent">\n%HTMLlat1;\n]>\n')
    feed = parse_feed(rss(item("Ex&eacute;cution")).replace("<rss", doctype + "<rss", 1).encode(), URL)
    assert [e.title for e in feed.entries] == ["Exécution"]


@pytest.mark.parametrize("declarations, why", [
    ('<!ENTITY ext SYSTEM "file:///etc/passwd">', "&ext; is an external entity"),
    ('<!ENTITY ext PUBLIC "-//Evil//EN" "http://127.0.0.1:9/x">', "&ext; is an external entity"),
    ('<!ENTITY % p "<!ENTITY q \'x\'>">', "%p; is a parameter entity"),
    ('<!ENTITY a "x"><!ENTITY b "&a;&a;">', "&b; refers to another entity"),
    ('<!ENTITY a "&b;"><!ENTITY b "&a;">', "&a; refers to another entity"),
    (f'<!ENTITY big "{"x" * (MAX_ENTITY_CHARS + 1)}">', f"&big; expands to {MAX_ENTITY_CHARS + 1} characters"),
])
def test_unsafe_entity_declarations_are_refused_naming_the_entity(declarations, why):
    body = rss(item("&a;" if "&a;" in declarations else "t"), f"<!DOCTYPE rss [{declarations}]>\n")
    with pytest.raises(FeedError, match="declares XML entities that are not safe to expand: " + re.escape(why)):
        parse_feed(body.encode(), URL)


def test_a_small_entity_used_very_often_is_refused():
    """Quadratic blowup: each use is small, all of them together are not."""
    value = "x" * MAX_ENTITY_CHARS
    uses = MAX_EXPANSION // (MAX_ENTITY_CHARS - 1) + 10
    body = rss(item("&e;" * uses), f'<!DOCTYPE rss [<!ENTITY e "{value}">]>\n')
    with pytest.raises(FeedError, match="their uses would add"):
        parse_feed(body.encode(), URL)


def test_entity_text_in_cdata_or_comments_declares_nothing():
    items = (
        item("A", extra='<description><![CDATA[How XML writes <!ENTITY lol "lol"> declarations]]></description>')
        + '<!-- <!ENTITY x SYSTEM "file:///etc/passwd"> -->' + item("B", "http://127.0.0.1/a/2")
    )
    feed = parse_feed(rss(items).encode(), URL)
    assert [e.title for e in feed.entries] == ["A", "B"]


def test_the_billion_laughs_in_utf16_is_refused():
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    body = rss(item("&l9;"), f'<!DOCTYPE rss [<!ENTITY l0 "lol">{lol}]>\n', '<?xml version="1.0" encoding="utf-16"?>')
    with pytest.raises(FeedError, match="refers to another entity"):
        parse_feed(body.encode("utf-16"), URL)


@pytest.mark.parametrize("name", ["ucs-2", "csUnicode", "iso-10646-ucs-2", "no-such-charset"])
def test_utf16_feeds_naming_an_encoding_python_lacks_are_read(name):
    body = rss(item("Report"), '<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>\n', f'<?xml version="1.0" encoding="{name}"?>')
    feed = parse_feed(body.encode("utf-16"), URL)  # never a LookupError
    assert [e.url for e in feed.entries] == ["http://127.0.0.1/a/1"]


def test_a_feed_without_entries_yet_is_a_feed():
    assert parse_feed(b"<CHANNEL><TITLE>Monitor</TITLE></CHANNEL>", URL).entries == []
    assert parse_feed(rss("").encode(), URL).version == "rss20"
    with pytest.raises(FeedError, match="not a feed"):
        parse_feed(b"<html><head><title>Not found</title></head><body><p>Sorry</p></body></html>", URL)


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize("written, instant", [
    ("Mon, 15 Sep 2025 02:30:00 +0330", "2025-09-14T23:00:00+00:00"),
    ("Mon, 15 Sep 2025 02:30:00 IRST", "2025-09-14T23:00:00+00:00"),
    ("Sun, 15 Sep 2019 02:30:00 IRDT", "2019-09-14T22:00:00+00:00"),
    ("Mon, 15 Sep 2025 02:30:00 AST", "2025-09-14T23:30:00+00:00"),  # Arabia, not Atlantic
    ("Mon, 15 Sep 2025 02:30:00 GST", "2025-09-14T22:30:00+00:00"),  # Gulf
    ("Mon, 15 Sep 2025 02:30:00 EEST", "2025-09-14T23:30:00+00:00"),
    ("Mon, 15 Dec 2025 02:30:00 EET", "2025-12-15T00:30:00+00:00"),
    ("Mon, 15 Sep 2025 02:30:00 GMT", "2025-09-15T02:30:00+00:00"),
    ("2025-09-15T02:30:00+03:30", "2025-09-14T23:00:00+00:00"),
    ("2025-09-15T02:30:00Z", "2025-09-15T02:30:00+00:00"),
    ("2025-09-15 02:30:00 IRST", "2025-09-14T23:00:00+00:00"),
])
def test_dates_with_offsets_and_region_zone_names_are_the_right_instant(written, instant):
    assert parse_timestamp(written).astimezone(timezone.utc).isoformat() == instant


def test_a_date_without_a_zone_is_read_in_the_source_zone_and_kept_local():
    moment = parse_timestamp("Mon, 15 Sep 2025 02:30:00", TEHRAN)
    assert moment.astimezone(timezone.utc).isoformat() == "2025-09-14T23:00:00+00:00"
    assert parse_timestamp("Mon, 15 Sep 2025 02:30:00").isoformat() == "2025-09-15T02:30:00+00:00"
    utc = datetime(2025, 9, 14, 23, 0, tzinfo=timezone.utc)
    assert in_zone(utc, TEHRAN).isoformat() == "2025-09-15T02:30:00+03:30"
    assert in_zone(utc, None) is utc


@pytest.mark.parametrize("written", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00",
                                     "Mon, 01 Jan 0001 00:00:00 +0100"])
def test_dates_outside_what_a_datetime_holds_are_out_of_range(written):
    with pytest.raises(OutOfRange):
        parse_timestamp(written)


def test_an_entry_with_an_impossible_date_is_undated_and_the_feed_goes_on():
    items = (
        item("Year one", "http://127.0.0.1/a/1", "<pubDate>0001-01-01T00:00:00+01:00</pubDate>")
        + item("Year 9999", "http://127.0.0.1/a/2", "<pubDate>9999-12-31T23:59:59-05:00</pubDate>")
        + item("Dated", "http://127.0.0.1/a/3", "<pubDate>Mon, 15 Sep 2025 02:30:00 IRST</pubDate>")
    )
    feed = parse_feed(rss(items).encode(), URL, zone=TEHRAN)
    assert [(e.title, e.published and e.published.isoformat()) for e in feed.entries] == [
        ("Dated", "2025-09-15T02:30:00+03:30"), ("Year one", None), ("Year 9999", None)
    ]


def test_entries_in_different_offsets_sort_as_instants():
    items = (
        item("later", "http://127.0.0.1/a/1", "<pubDate>Mon, 15 Sep 2025 03:00:00 +0330</pubDate>")
        + item("earlier", "http://127.0.0.1/a/2", "<pubDate>Sun, 14 Sep 2025 23:10:00 +0000</pubDate>")
    )
    assert [e.title for e in parse_feed(rss(items).encode(), URL).entries] == ["earlier", "later"]


# --- which link is the article ------------------------------------------------------------


def test_the_article_is_the_alternate_link_never_an_enclosure_licence_or_self():
    atom = (
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Podcast</title><id>tag:p</id>'
        '<entry><title>only an enclosure</title><id>tag:p:1</id>'
        '<link rel="enclosure" type="audio/mpeg" href="http://127.0.0.1/ep1.mp3"/></entry>'
        '<entry><title>licence first</title><id>tag:p:2</id><link rel="license" href="http://127.0.0.1/cc-by"/>'
        '<link rel="self" href="http://127.0.0.1/entry/2.atom"/><link rel="related" href="http://127.0.0.1/r"/>'
        '<link rel="via" href="http://127.0.0.1/v"/><link href="http://127.0.0.1/a/2"/></entry>'
        '<entry><title>enclosure without href</title><id>tag:p:3</id><link rel="enclosure" type="audio/mpeg"/>'
        '<link rel="alternate" href="http://127.0.0.1/a/3"/></entry></feed>'
    )
    feed = parse_feed(atom.encode(), URL)
    assert [(e.title, e.url) for e in feed.entries] == [
        ("only an enclosure", ""), ("licence first", "http://127.0.0.1/a/2"),
        ("enclosure without href", "http://127.0.0.1/a/3"),
    ]


def test_a_permalink_guid_is_the_article_and_other_guids_are_not():
    items = (
        '<item><title>permalink</title><guid>http://127.0.0.1/a/1</guid>'
        '<enclosure url="http://127.0.0.1/1.mp3" type="audio/mpeg" length="1"/></item>'
        '<item><title>not a permalink</title><guid isPermaLink="false">http://127.0.0.1/a/2</guid>'
        '<enclosure url="http://127.0.0.1/2.mp3" type="audio/mpeg" length="1"/></item>'
    )
    feed = parse_feed(rss(items).encode(), URL)
    assert [(e.title, e.url) for e in feed.entries] == [("permalink", "http://127.0.0.1/a/1"), ("not a permalink", "")]


# --- canonical URLs -----------------------------------------------------------------------


@pytest.mark.parametrize("written, canonical", [
    ("http://127.0.0.1/a?a=1&b=2&c", "http://127.0.0.1/a?a=1&b=2&c"),
    ("http://127.0.0.1/story?item", "http://127.0.0.1/story?item"),
    ("http://127.0.0.1/login?next=/a/b&x=a%20b&utm_source=rss", "http://127.0.0.1/login?next=/a/b&x=a%20b"),
    ("http://127.0.0.1/a?x=a+b;y=2&UTM_Medium=feed#top", "http://127.0.0.1/a?x=a+b;y=2"),
    ("http://[2001:DB8::1]:8080/a?fbclid=1", "http://[2001:db8::1]:8080/a"),
    ("https://[2001:db8::1]:443/a", "https://[2001:db8::1]/a"),
    ("HTTP://User@Example.ORG:80", "http://User@example.org/"),
])
def test_canonical_urls_keep_everything_but_tracking_as_written(written, canonical):
    assert canonical_url(written) == canonical


# --- Content-Encoding that does not match the body ------------------------------------------


def test_a_plain_body_labelled_gzip_or_deflate_is_read_as_identity_with_a_warning():
    plain = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'
    assert decode_body(plain, "gzip", 10_000_000) == plain
    for label in ("gzip", "x-gzip", "deflate"):
        body, warning = decode_content(plain, label, 10_000_000)
        assert body == plain and f"Content-Encoding {label} on a body that is not {label}-compressed" in warning
    assert decode_content(gzip.compress(plain), "gzip", 10_000) == (plain, None)
    assert decode_content(zlib.compress(plain), "deflate", 10_000) == (plain, None)
    assert decode_content(zlib.compress(plain)[2:-4], "deflate", 10_000) == (plain, None)  # raw deflate
    with pytest.raises(ValueError, match="corrupt deflate"):
        decode_content(zlib.compress(plain)[:2] + b"garbage after a zlib header", "deflate", 10_000)


def test_day_boundary_helper_agrees_with_the_zone_database():
    """The offsets above are the zone database's (guards the table against typos)."""
    winter, summer = datetime(2025, 1, 15, 12), datetime(2025, 7, 15, 12)
    assert ZoneInfo("Asia/Tehran").utcoffset(winter) == timedelta(hours=3, minutes=30)
    assert ZoneInfo("Asia/Riyadh").utcoffset(winter) == parse_timestamp("15 Jan 2025 12:00 AST").utcoffset()
    assert ZoneInfo("Asia/Dubai").utcoffset(winter) == parse_timestamp("15 Jan 2025 12:00 GST").utcoffset()
    assert ZoneInfo("Africa/Cairo").utcoffset(winter) == parse_timestamp("15 Jan 2025 12:00 EET").utcoffset()
    assert ZoneInfo("Europe/Athens").utcoffset(summer) == parse_timestamp("15 Jul 2025 12:00 EEST").utcoffset()
