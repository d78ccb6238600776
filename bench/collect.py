"""Benchmark: Vigil's collection against a bare Scrapy crawl of the same local site, same run.

Run:  .venv/bin/python bench/collect.py [--pages 100] [--per 10] [--per-domain 8] [--pairs 3]
      [--feed-readers N] [--site-readers N]     (from the repository root)

It starts the fixture server (tests/mockserver/server.py) on 127.0.0.1 and, for each path,
runs `--pairs` alternating pairs of
- a bare Scrapy crawl (bench/barecrawl.py: 16 concurrent requests, `--per-domain` per host,
  no processing), and
- Vigil's `collect_sources` into a fresh data directory, with sources.yaml's politeness set
  to the same concurrency (`per_domain`, AutoThrottle off), archiving every exchange to WARC,
  reading each article's text and storing it in SQLite;
on the same pages:
- site path: one `type: site` source, `--pages` listing pages of `--per` articles each;
- feed path: `--pages` feeds of `--per` articles each (`type: feed` sources, all on one host).
Both sides are timed as wall time of the whole run (the crawl processes' start included).
It prints each side's median pages/s and Vigil's share of the bare crawl's; then an
unchanged second feed pass (every feed answers 304) and peak memory.

Targets (2-core machine): both shares >= 0.8; second feed pass >= 10x faster than the first;
peak memory < 500 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vigil.collect import collect_sources  # noqa: E402
from vigil.config import SourcesFile  # noqa: E402
from vigil.config_files import load_file  # noqa: E402
from vigil.store import open_store  # noqa: E402


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def bare(mode: str, per_domain: int, urls: list[str]) -> tuple[int, float]:
    """(pages, seconds) of a bare Scrapy crawl in its own process."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "barecrawl.py"), mode, str(per_domain), *urls],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["pages"], time.perf_counter() - started


def vigil(sources: list[dict], per_domain: int, readers: dict, tmp: Path):
    """(report, seconds, data dir) of one collection into a fresh data directory."""
    config_dir = Path(tempfile.mkdtemp(dir=tmp))
    (config_dir / "sources.yaml").write_text(yaml.safe_dump({
        "user_agent": "VigilBench/1.0", "allow_private_addresses": ["127.0.0.0/8"],
        "politeness": {"per_domain": per_domain, "autothrottle": False}, "readers": readers, "sources": sources}))
    config = load_file(config_dir / "sources.yaml", SourcesFile)
    data = config_dir / "data"
    db = open_store(data)
    try:
        started = time.perf_counter()
        report = collect_sources(db, config, data, force=True)
        return report, time.perf_counter() - started, data
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100, help="listing pages (site path) and feeds (feed path)")
    parser.add_argument("--per", type=int, default=10, help="articles per listing page or feed")
    parser.add_argument("--per-domain", type=int, default=8, help="requests in flight to the one host")
    parser.add_argument("--pairs", type=int, default=3, help="alternating bare/Vigil pairs per path")
    parser.add_argument("--only", choices=("site", "feeds"), help="run one path only")
    parser.add_argument("--feed-readers", type=int, help="reader processes of the feed path (default: sources.yaml's)")
    parser.add_argument("--site-readers", type=int, help="reader processes of the site path (default: sources.yaml's)")
    args = parser.parse_args()
    readers = {path: count for path, count in (("feeds", args.feed_readers), ("sites", args.site_readers))
               if count is not None}
    counts = SourcesFile(readers=readers).readers

    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "mockserver" / "server.py")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    base = server.stdout.readline().strip() + "/t/bench"
    pages = args.pages * (args.per + 1)
    site_url = f"{base}/bench/site/?pages={args.pages}&per={args.per}"
    feed_urls = [f"{base}/bench/feed/{i}.xml?per={args.per}" for i in range(args.pages)]
    paths = {
        "site": ([site_url], [{"id": "bench-site", "name": "Bench site", "org": "news", "type": "site",
                               "start_urls": [site_url], "article_links": "h2.entry-title a", "next_page": "a.next",
                               "max_pages": pages + 10}]),
        "feeds": (feed_urls, [{"id": f"feed-{i:03d}", "name": f"Feed {i}", "org": "news", "type": "feed", "url": url}
                              for i, url in enumerate(feed_urls)]),
    }
    results: dict[str, dict[str, list[float]]] = {}
    second = None
    load_before = os.getloadavg()[0]
    try:
        with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp:
            tmp = Path(tmp)
            for mode, (urls, sources) in paths.items():
                if args.only and mode != args.only:
                    continue
                rates = results.setdefault(mode, {"bare": [], "vigil": []})
                for _ in range(args.pairs):
                    fetched, seconds = bare(mode, args.per_domain, urls)
                    assert fetched == pages, f"bare crawl fetched {fetched} pages, expected {pages}"
                    rates["bare"].append(pages / seconds)
                    report, seconds, data = vigil(sources, args.per_domain, readers, tmp)
                    assert report.new_documents == args.pages * args.per and not report.errors, report.summary()
                    rates["vigil"].append(pages / seconds)
                if mode == "feeds":  # the unchanged site again: every feed answers 304
                    config = load_file(data.parent / "sources.yaml", SourcesFile)
                    db = open_store(data)
                    started = time.perf_counter()
                    collect_sources(db, config, data, force=True)
                    second = (time.perf_counter() - started, seconds)
                    db.close()
    finally:
        server.terminate()
        server.wait()

    print(f"bench site on 127.0.0.1: {args.pages} listing pages or feeds of {args.per} articles ({pages} pages a run); "
          f"16 requests in flight, {args.per_domain} per host, AutoThrottle off; median of {args.pairs} pairs")
    # a share measured on cores that other work keeps busy is one of CPU time, not of speed
    print(f"machine: {os.cpu_count()} CPUs, 1-minute load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after")
    print(f"readers: feeds {counts.count('feeds')}, sites {counts.count('sites')}"
          + ("" if readers else " (the defaults for this machine)"))
    for mode, rates in results.items():
        bare_rate, vigil_rate = statistics.median(rates["bare"]), statistics.median(rates["vigil"])
        print(f"{mode:<6} bare Scrapy {bare_rate:7.1f} pages/s   Vigil {vigil_rate:7.1f} pages/s   "
              f"share {vigil_rate / bare_rate:.2f}   (bare {', '.join(f'{r:.0f}' for r in rates['bare'])}; "
              f"Vigil {', '.join(f'{r:.0f}' for r in rates['vigil'])})")
    if second:
        print(f"feeds, unchanged second pass: {second[0]:.2f} s, {second[1] / second[0]:.1f}x faster than the first")
    print(f"peak memory: bench and collector {peak_mb(resource.RUSAGE_SELF):.0f} MB; "
          f"children (server, crawls) {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
