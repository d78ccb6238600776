"""Regenerate the layout goldens: `python tests/goldens/generate.py` from the project's root.

For each layout the fixture server serves (tests/mockserver/layouts.py), six report pages
written for these tests are saved as `<layout>/page-N.html`, and what Vigil reads from them
as `<layout>/expected.json`: each page's title, text, date and the way the text was found,
with the template learned from the six pages together, as collection learns it. Review the
diff before committing: a changed golden is a changed reading of that layout.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE.parent / "mockserver"))

from crawler.article import extract_article, parse_page  # noqa: E402
from crawler.blocks import page_hashes  # noqa: E402
from vigil.templates import MIN_PAGES  # noqa: E402

import layouts  # noqa: E402
import stream  # noqa: E402

BASE = "http://127.0.0.1:8000/t/golden"
PAGES = 6


def pages_of(layout: str) -> list[str]:
    """The layout's saved pages: six reports of the stream under one week's sidebar."""
    side = stream.sidebar(stream.START)
    return [layouts.render(layout, BASE, replace(report, sidebar=side)) for report in stream.oldtown()[:PAGES]]


def read(pages: list[bytes]) -> list[dict]:
    """What Vigil reads from a layout's pages, the template learned from all of them."""
    counts = Counter(h for page in pages for h in page_hashes(parse_page(page, BASE)))
    template = frozenset(h for h, n in counts.items() if n >= MIN_PAGES)
    found = []
    for page in pages:
        article = extract_article(page, f"{BASE}/page", "text/html; charset=utf-8", template=template)
        found.append({"title": article.title, "text": article.text, "text_method": article.text_method,
                      "published": article.published.isoformat() if article.published else None,
                      "date_from": article.date_from})
    return found


def main() -> None:
    for layout in layouts.LAYOUTS:
        directory = HERE / layout
        directory.mkdir(exist_ok=True)
        pages = pages_of(layout)
        for number, page in enumerate(pages, 1):
            (directory / f"page-{number}.html").write_text(page, encoding="utf-8")
        expected = read([p.encode("utf-8") for p in pages])
        (directory / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                 encoding="utf-8")
        print(f"{layout}: {len(pages)} pages")


if __name__ == "__main__":
    main()
