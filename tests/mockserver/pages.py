"""The fixture site's content: feeds, listing pages and article pages, generated from numbers.

Everything is a pure function of the path, so every test (and the benchmark) sees the same
site. Article `n` has a fixed date, title and text; even-numbered articles are about Iran,
odd ones about Chile (for the country filter). Paths live under a namespace `/t/<ns>/`
so that tests can tell their own requests apart in the server's request log.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

BASE_DATE = datetime(2025, 9, 1, 8, 0, tzinfo=timezone.utc)
COUNTRIES = ("Iran", "Chile")
LAST_MODIFIED = "Mon, 01 Sep 2025 08:00:00 GMT"


def article_date(n: int) -> datetime:
    return BASE_DATE + timedelta(hours=7 * n)


def article_title(n: int) -> str:
    return f"Report {n}: prisoners executed in {COUNTRIES[n % 2]}"


def article_text(n: int) -> list[str]:
    country = COUNTRIES[n % 2]
    city = "Karaj" if country == "Iran" else "Santiago"
    return [
        f"Human rights monitors said on Monday that {n % 7 + 2} prisoners were executed in {city}, {country}, "
        f"in the early hours of the morning, in report number {n}.",
        f"The prisoners had been convicted of drug-related offences after trials that lawyers described as unfair. "
        f"Families were not informed before the sentences were carried out.",
        "The group called on the authorities to halt all executions and to allow independent observers "
        "access to the prisons where those at risk remain held.",
        f"This brings the number of executions recorded this month to {n * 3 + 11}, according to the monitors' "
        "own count, which relies on sources inside the prisons and on relatives.",
    ]


def article_page(base: str, n: int, *, canonical: str | None = None, charset: str = "utf-8") -> str:
    """A news article page with navigation, sidebar and footer around the report."""
    canonical = canonical or f"{base}/articles/{n}"
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in article_text(n))
    nav = "".join(f'<li><a href="{base}/section/{i}">Section {i}</a></li>' for i in range(8))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{escape(article_title(n))} | Monitor News</title>
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="{article_date(n).isoformat()}">
</head><body>
<header><nav><ul>{nav}</ul></nav><div class="banner">Subscribe to our newsletter</div></header>
<main><article>
<h1 class="entry-title">{escape(article_title(n))}</h1>
<time datetime="{article_date(n).date().isoformat()}">{article_date(n):%d %B %Y}</time>
{paragraphs}
</article>
<aside><h3>Most read</h3><ul><li><a href="{base}/articles/{n + 1}">Next report</a></li></ul></aside></main>
<footer><p>Copyright 2025 Monitor News. All rights reserved.</p><a href="{base}/privacy">Privacy</a></footer>
</body></html>"""


def article_numbers(first: int, count: int, *, shuffle: bool = True) -> list[int]:
    """Article numbers a feed lists; shuffled deterministically, as some feeds are out of order."""
    numbers = list(range(first, first + count))
    if shuffle and len(numbers) > 2:
        numbers = numbers[1::2] + numbers[0::2]
    return numbers


def rss(base: str, numbers: list[int], *, tracking: bool = True, title: str = "Monitor News") -> str:
    items = []
    for n in numbers:
        link = f"{base}/articles/{n}" + ("?utm_source=rss&amp;utm_medium=feed" if tracking else "")
        items.append(
            f"<item><title>{escape(article_title(n))}</title><link>{link}</link>"
            f'<guid isPermaLink="false">{base}/?p={n}</guid>'
            f"<pubDate>{format_datetime(article_date(n))}</pubDate>"
            f"<description>{escape(article_text(n)[0])}</description></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{title}</title><link>{base}/</link><description>reports</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def atom(base: str, numbers: list[int]) -> str:
    entries = "".join(
        f'<entry><title>{escape(article_title(n))}</title><link rel="alternate" href="{base}/articles/{n}#comments"/>'
        f"<id>tag:monitor,2025:{n}</id><updated>{article_date(n).isoformat()}</updated>"
        f"<summary>{escape(article_text(n)[0])}</summary></entry>"
        for n in numbers
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Monitor Atom</title><id>{base}/atom</id><updated>{BASE_DATE.isoformat()}</updated>{entries}</feed>"
    )


def rdf(base: str, numbers: list[int]) -> str:
    seq = "".join(f'<rdf:li resource="{base}/articles/{n}"/>' for n in numbers)
    items = "".join(
        f'<item rdf:about="{base}/articles/{n}"><title>{escape(article_title(n))}</title>'
        f"<link>{base}/articles/{n}?fbclid=abc</link><dc:date>{article_date(n).isoformat()}</dc:date></item>"
        for n in numbers
    )
    return (
        '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="{base}/rdf"><title>Monitor RDF</title><link>{base}/</link>'
        f"<items><rdf:Seq>{seq}</rdf:Seq></items></channel>{items}</rdf:RDF>"
    )


def malformed_rss(base: str, numbers: list[int]) -> str:
    """Unescaped ampersands and an unclosed element: feedparser sets bozo but still finds the items."""
    good = rss(base, numbers, tracking=False)
    return good.replace("<title>Monitor News</title>", "<title>Monitor & Partners <b>News</title>").replace(
        "</channel></rss>", "<item><title>Broken & unclosed</title>"
    )


def billion_laughs() -> str:
    lol = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY lol0 "lol">' + lol + "]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title>'
        "<link>http://127.0.0.1:9/never</link></item></channel></rss>"
    )


def hostile_rss(base: str) -> str:
    """A feed whose entries lead to every hostile endpoint, plus one good article."""
    paths = [
        "/status/404", "/status/503", "/stall", "/drip", "/drop", "/truncated", "/huge", "/gzip-bomb",
        "/redirect-loop/a", "/redirect/ftp", "/pdf", "/wrong-charset", "/latin1-declared-utf8", "/empty",
    ]
    items = "".join(
        f"<item><title>hostile {p}</title><link>{base.split('/t/')[0]}{p}</link><guid>{p}</guid></item>" for p in paths
    )
    items += f"<item><title>good</title><link>{base}/articles/2</link><guid>good-2</guid></item>"
    return f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Hostile</title>{items}</channel></rss>'


def listing_page(base: str, page: int, *, pages: int = 3, per_page: int = 4, other_host: str | None = None) -> str:
    """A listing page of a site source: article links in `h2.entry-title a`, `a.next` to the next page."""
    first = 100 + (page - 1) * per_page
    links = "".join(
        f'<div class="post"><h2 class="entry-title"><a href="{base}/news/2025/09/report-{n}?utm_campaign=x">'
        f"{escape(article_title(n))}</a></h2></div>"
        for n in range(first, first + per_page)
    )
    extra = (
        f'<h2 class="entry-title"><a href="mailto:editor@example.org">mail us</a></h2>'
        f'<h2 class="entry-title"><a href="javascript:void(0)">js</a></h2>'
        f'<h2 class="entry-title"><a href="ftp://127.0.0.1/file">ftp</a></h2>'
        f'<h2 class="entry-title"><a href="{base}/private/secret-report">private</a></h2>'
    )
    if other_host:
        extra += f'<h2 class="entry-title"><a href="{other_host}/news/2025/09/report-999">elsewhere</a></h2>'
    nxt = f'<a class="next" href="{base}/news/?page={page + 1}">Older</a>' if page < pages else ""
    return f"<!DOCTYPE html><html><head><title>News page {page}</title></head><body>{links}{extra}{nxt}</body></html>"


def bench_listing(base: str, page: int, pages: int, per: int) -> str:
    """The bench's site (bench/collect.py): page N links articles (N-1)*per .. N*per-1 and, before
    the last page, the next page as `a.next`; the articles are `article_page`s."""
    first = (page - 1) * per
    links = "".join(
        f'<div class="post"><h2 class="entry-title"><a href="{base}/bench/site/report-{n}">{escape(article_title(n))}'
        "</a></h2></div>" for n in range(first, first + per)
    )
    nxt = f'<a class="next" href="{base}/bench/site/?page={page + 1}&amp;pages={pages}&amp;per={per}">Older</a>'
    return (f"<!DOCTYPE html><html><head><title>Reports, page {page}</title></head><body>{links}"
            f"{nxt if page < pages else ''}</body></html>")


def nbsp_rss(base: str, numbers: list[int]) -> str:
    """RSS that declares `&nbsp;` in its DOCTYPE and uses it in titles (miniflux/picoFeed#138)."""
    body = rss(base, numbers, tracking=False).replace("Report ", "Report&nbsp;")
    return body.replace('<rss version="2.0">', '<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>\n<rss version="2.0">', 1)


def xml_base_atom(base: str, n: int) -> str:
    """Atom whose entry sets its own relative xml:base; the link is relative to it."""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/">'
        f"<title>Based</title><id>{base}/based</id><updated>{BASE_DATE.isoformat()}</updated>"
        f'<entry xml:base="reports/2025/09/17/"><title>{escape(article_title(n))}</title>'
        f'<link href="report-{n}.html"/><id>tag:based,2025:{n}</id><updated>{article_date(n).isoformat()}</updated>'
        "</entry></feed>"
    )


# Entries of the Tehran feed: (article path, pubDate as written). 02:30 in Tehran on Monday
# 15 September is 23:00 UTC on Sunday the 14th: another day, and another week.
TEHRAN_ENTRIES = (
    ("/reports/dawn/80", "Mon, 15 Sep 2025 02:30:00 +0330"),
    ("/articles/81", "Mon, 15 Sep 2025 02:30:00 IRST"),
    ("/articles/82", "Mon, 15 Sep 2025 02:30:00"),
    ("/articles/83", "Mon, 01 Jan 0001 00:00:00 +0100"),
    ("/articles/84", "Mon, 15 Sep 2025 02:30:00 AST"),
)


def tehran_rss(base: str, entries=TEHRAN_ENTRIES) -> str:
    items = "".join(
        f"<item><title>Tehran report {path.rsplit('/', 1)[1]}</title><link>{base}{path}</link>"
        f"<guid>{base}{path}</guid><pubDate>{date}</pubDate></item>"
        for path, date in entries
    )
    return f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Tehran</title>{items}</channel></rss>'


def dawn_page(base: str, n: int) -> str:
    """A report that dates the execution only by "today", and a page without any date."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Two prisoners executed at dawn</title></head><body>
<article><h1>Two prisoners executed at dawn in Ghezel Hesar</h1>
<p>Two prisoners were executed at dawn today in Ghezel Hesar Prison in Karaj, Iran, human rights monitors said
in report number {n}.</p>
<p>They had been convicted of drug-related offences. Their families were not told before the sentences were
carried out, and the bodies have not been returned.</p>
</article></body></html>"""
