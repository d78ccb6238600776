"""Benchmark the web view: response times of its heaviest pages over a large store, through a
real server on 127.0.0.1. Figures are computed from claims and reviews once per change of either
and kept by the application; the first page after a change pays for that (printed as "cold").

The store holds two years of synthetic reports: N claims (default 20,000) over N/2 documents from
four sources, events and weekly aggregates, a tenth of them reviewed. Each page is requested
5 times after one warm-up; the median and the slowest are printed. Exports of every claim are
downloads, timed the same way but held to no target.

Target: every page (warm) under 2 s at 20,000 claims on one core.

usage: python bench/web.py [N]
"""
from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from http.cookiejar import CookieJar
from pathlib import Path

# run as `python bench/web.py`, this folder comes first on the path, where bench/extract.py would
# shadow the extract package that vigil imports
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from vigil.accounts import add_user  # noqa: E402
from vigil.config import WeekSettings  # noqa: E402
from vigil.reviews import record_review  # noqa: E402
from vigil.store import open_store  # noqa: E402
from vigil.web.app import WebSettings, create_app  # noqa: E402
from vigil.web.server import WebServer  # noqa: E402

TARGET_SECONDS = 2.0
PAGES = ["/", "/weeks/2025-W38?country=IR", "/review", "/claims?event=executed", "/lists/imminent",
         "/search?q=hanged+prison"]
EXPORTS = ["/export/claims.csv", "/export/totals.json"]


def build(data_dir: Path, n: int) -> None:
    rng = random.Random(15)
    db = open_store(data_dir)
    for source in ("ihr", "hrana", "hengaw", "news"):
        db["sources"].insert({"id": source, "name": source.upper(), "org": "rights-group", "type": "feed"})
    start = date(2024, 1, 1)
    docs, claims = [], []
    for d in range(n // 2):
        day = start + timedelta(days=rng.randrange(640))
        docs.append({"id": d + 1, "url": f"https://example.org/{d}", "source_id": rng.choice(["ihr", "hrana", "hengaw", "news"]),
                     "title": f"{rng.randint(1, 9)} prisoners hanged in prison {d % 40}", "published": day.isoformat(),
                     "text": f"Prisoners were hanged in prison {d % 40} on {day}. " * 20})
        for k in range(2):
            weekly = rng.random() < 0.05
            claims.append({"document_id": d + 1, "event": rng.choice(["executed"] * 6 + ["sentenced", "imminent"]),
                           "country": "IR", "count": rng.randint(20, 90) if weekly else rng.randint(1, 6),
                           "qualifier": "exact", "period_start": (day - timedelta(days=6 if weekly else 0)).isoformat(),
                           "period_end": day.isoformat(), "kind": "aggregate" if weekly else "event",
                           "offences": json.dumps([rng.choice(["drug", "murder", "political"])]),
                           "location": f"prison {d % 40}", "names": json.dumps([f"Person {rng.randrange(n)}"]),
                           "evidence": f"Claim {k} of document {d}.", "field": "text", "start_char": k * 40,
                           "end_char": k * 40 + 30, "extractor_version": "bench"})
    db["documents"].insert_all(docs)
    db["claims"].insert_all(claims)
    ids = [r[0] for r in db.execute("select id from claims")]
    for claim_id in rng.sample(ids, len(ids) // 10):
        record_review(db, claim_id, rng.choice(["confirm", "reject"]), "bench", reason="bench")
    add_user(db, "bench", "reviewer", "bench password 123")
    db.close()


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__.strip())
        return
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        began = time.perf_counter()
        build(data, n)
        print(f"store: {n} claims, {n // 2} documents, {n // 10} reviews, built in {time.perf_counter() - began:.1f}s")
        server = WebServer(create_app(WebSettings(data_dir=data, weeks=WeekSettings())), "127.0.0.1", 0)
        threading.Thread(target=server.run, daemon=True).start()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        page = opener.open(server.url + "login", timeout=60).read().decode()
        token = page.split('name="csrf_token" type="hidden" value="', 1)[1].split('"', 1)[0]
        body = urllib.parse.urlencode({"csrf_token": token, "name": "bench", "password": "bench password 123"})
        t = time.perf_counter()
        opener.open(server.url + "login", body.encode(), timeout=600).read()  # then "/", which computes the figures
        print(f"{'login + / (cold)':<32} {(time.perf_counter() - t) * 1000:7.0f} ms")
        worst_all = 0.0
        for path in PAGES + EXPORTS:
            opener.open(server.url + path.lstrip("/"), timeout=120).read()
            times = []
            for _ in range(5):
                t = time.perf_counter()
                opener.open(server.url + path.lstrip("/"), timeout=120).read()
                times.append(time.perf_counter() - t)
            if path in PAGES:
                worst_all = max(worst_all, max(times))
            print(f"{path:<32} median {statistics.median(times) * 1000:7.0f} ms   slowest {max(times) * 1000:7.0f} ms")
        verdict = "meets" if worst_all <= TARGET_SECONDS else "MISSES"
        print(f"slowest page {worst_all:.2f}s: {verdict} the {TARGET_SECONDS:.0f} s target")


if __name__ == "__main__":
    main()
