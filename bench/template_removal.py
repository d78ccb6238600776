"""Measure what trafilatura's own options remove from pages with a sidebar, against Vigil's reading.

usage: python bench/template_removal.py

Over the pages of the six-week fixture stream (tests/mockserver/stream.py) rendered in each
layout (WordPress-style, Drupal-style, table), it prints per configuration and layout:
`leaky` pages whose text kept a sidebar headline, `whole` pages whose text kept every
paragraph of the report, and `empty` pages with no text at all. The configurations are
trafilatura's options one at a time (tables kept or dropped, precision, recall, its
process-wide `deduplicate` cache) and Vigil's reading (crawler.article.extract_article with
the template learned from the same pages, as collection learns it). Figures, not a gate.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "mockserver"))

import trafilatura  # noqa: E402

from crawler.article import extract_article, parse_page  # noqa: E402
from crawler.blocks import page_hashes  # noqa: E402
from vigil.templates import MIN_PAGES  # noqa: E402

import layouts  # noqa: E402
import stream  # noqa: E402

BASE = "http://127.0.0.1:8000/t/bench"
CONFIGS = {
    "trafilatura default (tables)": {"include_tables": True},
    "trafilatura include_tables=False": {"include_tables": False},
    "trafilatura favor_precision": {"include_tables": True, "favor_precision": True},
    "trafilatura favor_recall": {"include_tables": True, "favor_recall": True},
    "trafilatura deduplicate": {"include_tables": True, "deduplicate": True},
}


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__.strip())
        return
    reports = stream.oldtown()
    print(f"{len(reports)} reports per layout, sidebar of 5 execution headlines on each page\n")
    print(f"{'configuration':<36} {'layout':<10} {'leaky':>5} {'whole':>5} {'empty':>5}")
    for layout in layouts.LAYOUTS:
        pages = [layouts.render(layout, BASE, r) for r in reports]
        rows = {}
        for name, options in CONFIGS.items():
            texts = [trafilatura.extract(page, **options) or "" for page in pages]
            rows[name] = texts
        counts = Counter(h for page in pages for h in page_hashes(parse_page(page.encode(), BASE)))
        template = frozenset(h for h, n in counts.items() if n >= MIN_PAGES)
        rows["vigil (template removed)"] = [extract_article(p.encode(), BASE, template=template).text for p in pages]
        rows["vigil (no template)"] = [extract_article(p.encode(), BASE).text for p in pages]
        for name, texts in rows.items():
            leaky = sum(any(h in t for h in r.sidebar) for r, t in zip(reports, texts))
            whole = sum(all(p in t for p in r.paragraphs) for r, t in zip(reports, texts))
            empty = sum(not t.strip() for t in texts)
            print(f"{name:<36} {layout:<10} {leaky:>5} {whole:>5} {empty:>5}")
        print()


if __name__ == "__main__":
    main()
