"""Count the machine instructions the extractor spends per report (valgrind's callgrind), a figure
that other processes on the machine do not change, unlike bench/extract.py's rates: use it to tell
whether a speed step helps when the cores are shared.

The reports are bench/extract.py's (seed 7); the Extractor is built and warmed up on 30 others
before counting starts, so only extract_many over the N reports is counted. Needs valgrind
(`apt-get install valgrind`); about a minute of machine time per 30 reports.

usage: python bench/extract_instructions.py [N]   (default 100 reports)
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = "VIGIL_BENCH_UNDER_CALLGRIND"


def _count(n: int) -> None:
    """Runs under callgrind with counting off: turns it on around extract_many only."""
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]   # as bench/extract.py
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_extract", here / "extract.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    from extract import Extractor

    data, warm_up = bench.reports(n), bench.reports(30, seed=8)
    extractor = Extractor()
    for _ in extractor.extract_many(iter(warm_up)):
        pass
    control = ["callgrind_control", "--instr={}", str(os.getpid())]
    subprocess.run([c.format("on") for c in control], check=True, capture_output=True)
    results = list(extractor.extract_many(iter(data)))
    subprocess.run([c.format("off") for c in control], check=True, capture_output=True)
    claims = "\n".join(json.dumps([c.to_dict() for c in r], ensure_ascii=False) for r in results)
    print(f"claims: {sum(map(len, results))}, digest {hashlib.sha1(claims.encode()).hexdigest()[:12]}")


def main(argv: list[str]) -> int:
    if {"-h", "--help"} & set(argv[1:]):
        print(__doc__.strip())
        return 0
    n = int(argv[1]) if len(argv) > 1 else 100
    if os.environ.get(_CHILD):
        _count(n)
        return 0
    if not shutil.which("valgrind"):
        print("valgrind not found (apt-get install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={tmp}/out",
             sys.executable, __file__, str(n)],
            env={**os.environ, _CHILD: "1"}, capture_output=True, text=True)
    collected = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if run.returncode or collected is None:
        print(run.stderr[-2000:], file=sys.stderr)
        return 1
    print(f"reports: {n}")
    print(run.stdout.strip())   # the claims' digest: equal digests, equal output
    print(f"instructions per report: {int(collected.group(1)) / n / 1e6:.2f} M")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
