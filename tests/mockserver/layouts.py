"""Page layouts of the fixture sites: the markup families Vigil meets, written for the tests.

Each layout renders one report (title, date, paragraphs) inside its own furniture, with a
sidebar of other execution headlines: the lines that must never reach the extractor. The
sites and their names are invented; the markup follows the common shape of each family,
not any real site:

- `wordpress`: a theme's `article.post` > `div.entry-content`, widgets in `aside#secondary`;
- `drupal`: `article.node` with `div.field--name-body`, blocks in a `region-sidebar`;
- `table`: an older site laid out in one big table, the report and the "most read" list in
  two cells of the same row, the date written in the text only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

LAYOUTS = ("wordpress", "drupal", "table")


@dataclass(frozen=True)
class Report:
    slug: str
    title: str
    published: date
    paragraphs: tuple[str, ...]
    modified: date | None = None  # a later edit's date, in the page's metadata
    items: tuple[str, ...] = ()  # a bulleted list after the paragraphs
    sidebar: tuple[str, ...] = field(default=())  # other headlines, as the site's "most read" box shows them


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def _items(report: Report) -> str:
    return f"<ul>{''.join(f'<li>{escape(i)}</li>' for i in report.items)}</ul>" if report.items else ""


def wordpress(base: str, report: Report) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in report.paragraphs)
    widgets = "".join(f'<li><a href="{base}/popular/{i}">{escape(h)}</a></li>' for i, h in enumerate(report.sidebar))
    modified = (f'<meta property="article:modified_time" content="{report.modified.isoformat()}T10:00:00+00:00">'
                if report.modified else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{escape(report.title)} &#8211; Rights Ledger</title>
<link rel="canonical" href="{base}/{report.slug}/">
<meta property="article:published_time" content="{report.published.isoformat()}T08:30:00+00:00">
{modified}
</head><body class="post-template-default single single-post">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><p class="site-title"><a href="{base}/">Rights Ledger</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li><a href="{base}/">Home</a></li><li><a href="{base}/category/executions/">Executions</a></li>
<li><a href="{base}/category/prisons/">Prisons</a></li><li><a href="{base}/about/">About us</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{sum(map(ord, report.slug)) % 9000}" class="post type-post status-publish format-standard hentry">
<header class="entry-header"><h1 class="entry-title">{escape(report.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="{report.published.isoformat()}">{_day(report.published)}</time></span></div></header>
<div class="entry-content">{paragraphs}{_items(report)}</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{base}/category/executions/">Executions</a></span></footer>
</article></main></div>
<aside id="secondary" class="widget-area"><section id="popular-posts" class="widget widget_popular">
<h2 class="widget-title">Most read</h2><ul>{widgets}</ul></section>
<section class="widget widget_text"><div class="textwidget"><p>Sign up to receive our weekly bulletin on prison conditions by email.</p></div></section></aside>
</div><footer id="colophon" class="site-footer"><div class="site-info">Rights Ledger publishes reports from families and lawyers of prisoners.</div></footer>
</div></body></html>"""


def drupal(base: str, report: Report) -> str:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in report.paragraphs)
    rows = "".join(f'<div class="views-row"><span class="field-content"><a href="{base}/node/{900 + i}">{escape(h)}</a>'
                   f"</span></div>" for i, h in enumerate(report.sidebar))
    modified = f',"dateModified":"{report.modified.isoformat()}"' if report.modified else ""
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8">
<title>{escape(report.title)} | Prison Watch Desk</title>
<link rel="canonical" href="{base}/news/{report.slug}">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{escape(report.title)}","datePublished":"{report.published.isoformat()}"{modified}}}</script>
</head><body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="{base}/" rel="home">Prison Watch Desk</a></div>
<div class="region region-primary-menu"><nav role="navigation"><ul class="menu"><li><a href="{base}/">Home</a></li>
<li><a href="{base}/news">News</a></li><li><a href="{base}/contact">Contact</a></li></ul></nav></div></header>
<main role="main"><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-article node--view-mode-full">
<h2 class="node__title"><span class="field field--name-title">{escape(report.title)}</span></h2>
<div class="node__meta"><span class="field field--name-created">{_day(report.published)}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{paragraphs}{_items(report)}</div></div>
</article></div></div>
<div class="layout-sidebar-first"><div class="region region-sidebar-first">
<div class="block block-views block-views-blockpopular-block-1"><h2>Popular this week</h2>
<div class="view view-popular"><div class="view-content">{rows}</div></div></div></div></div></main>
<footer role="contentinfo"><div class="region region-footer">Prison Watch Desk is run by volunteers who track prison news.</div></footer>
</div></div></body></html>"""


def table(base: str, report: Report) -> str:
    paragraphs = "<br><br>\n".join(escape(p) for p in report.paragraphs)
    items = "".join(f"<br>\n&middot; {escape(i)}" for i in report.items)
    side = "<br>\n".join(f'<a href="{base}/read.php?id={700 + i}">{escape(h)}</a>' for i, h in enumerate(report.sidebar))
    return f"""<html><head><title>{escape(report.title)} - Old Town Monitor</title></head>
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td colspan="2" bgcolor="#330000"><font color="#ffffff" size="5">Old Town Monitor</font><br>
<a href="{base}/index.php">Home</a> | <a href="{base}/archive.php">Archive</a> | <a href="{base}/contact.php">Contact</a></td></tr>
<tr>
<td valign="top" width="75%" class="story"><font size="4"><b>{escape(report.title)}</b></font><br>
<font size="2">Published: {_day(report.published)}</font><br><br>
{paragraphs}{items}
</td>
<td valign="top" width="25%" bgcolor="#eeeeee"><b>Most read</b><br>
{side}
</td>
</tr>
<tr><td colspan="2"><font size="1">Old Town Monitor collects reports from prisoners' families since 2004.</font></td></tr>
</table></body></html>"""


def render(layout: str, base: str, report: Report) -> str:
    return {"wordpress": wordpress, "drupal": drupal, "table": table}[layout](base, report)


def listing(layout: str, base: str, links: list[tuple[str, str]], next_url: str | None, sidebar=()) -> str:
    """A listing page in the layout's furniture: article links in `h2.entry-title a`, `a.next` onwards."""
    body = "".join(f'<h2 class="entry-title"><a href="{href}">{escape(title)}</a></h2>' for href, title in links)
    body += f'<a class="next" href="{next_url}">Older reports</a>' if next_url else ""
    page = Report(slug="index", title="Latest reports", published=date(2025, 9, 1), paragraphs=(), sidebar=tuple(sidebar))
    html = render(layout, base, page)
    marker = {"wordpress": '<div class="entry-content">', "drupal": "field__item\">", "table": "<br><br>\n"}[layout]
    return html.replace(marker, marker + body, 1)
