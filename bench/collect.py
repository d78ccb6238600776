"""Benchmark: feed collection end to end against a local site of 2,000 articles behind 200 feeds.

Run:  .venv/bin/python bench/collect.py [--feeds 200] [--per-feed 10]   (from the repository root)

It starts the fixture server (tests/mockserver/server.py) on 127.0.0.1, writes a
sources.yaml with one feed source per feed, and runs `vigil.collect.collect_sources`
twice into a fresh data directory: a first full pass (every feed and article page
fetched, archived to WARC, its text extracted, stored in SQLite) and a second pass over
the unchanged site (every feed answers 304). It prints pages/second and peak memory.

Targets (2-core machine): first pass >= 100 article pages/s, second pass >= 10x faster,
peak memory < 500 MB (this process; the server's peak is printed apart).
"""

from __future__ import annotations

import argparse
import resource
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
from vigil.store import ARCHIVE_DIR, open_store  # noqa: E402


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--per-feed", type=int, default=10)
    args = parser.parse_args()

    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "mockserver" / "server.py")],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    base = server.stdout.readline().strip() + "/t/bench"
    try:
        with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp:
            tmp = Path(tmp)
            sources = [
                {"id": f"feed-{i:03d}", "name": f"Feed {i}", "org": "news", "type": "feed",
                 "url": f"{base}/bench/feed/{i}.xml?per={args.per_feed}"}
                for i in range(args.feeds)
            ]
            (tmp / "sources.yaml").write_text(yaml.safe_dump(
                {"user_agent": "VigilBench/1.0", "allow_private_addresses": ["127.0.0.0/8"], "sources": sources}))
            config = load_file(tmp / "sources.yaml", SourcesFile)
            data = tmp / "data"
            db = open_store(data)
            try:
                results = []
                for name, force in (("first pass", False), ("second pass (unchanged)", True)):
                    started = time.perf_counter()
                    report = collect_sources(db, config, data, force=force)
                    elapsed = time.perf_counter() - started
                    articles = sum(s.fetched for s in report.sources) - len(report.sources)
                    results.append((name, elapsed, report, articles))
            finally:
                db.close()
            warc_mb = sum(p.stat().st_size for p in (data / ARCHIVE_DIR).glob("*.warc.gz")) / 1e6
            documents = open_store(data).execute("select count(*) from documents").fetchone()[0]
    finally:
        server.terminate()
        server.wait()

    expected = args.feeds * args.per_feed
    print(f"site: {args.feeds} feeds, {expected} articles on 127.0.0.1; {documents} documents stored, "
          f"WARC {warc_mb:.1f} MB")
    for name, elapsed, report, articles in results:
        rate = f"{articles / elapsed:7.1f} article pages/s" if articles else "      - (no article fetched)"
        print(f"{name:<26} {elapsed:7.2f} s  {rate}  {report.summary()}")
    first, second = results[0][1], results[1][1]
    print(f"second pass is {first / second:.1f}x faster than the first")
    print(f"peak memory: collector {peak_mb(resource.RUSAGE_SELF):.0f} MB; "
          f"children (the fixture server) {peak_mb(resource.RUSAGE_CHILDREN):.0f} MB")


if __name__ == "__main__":
    main()
