"""Benchmark: how long a `vigil` command takes to start, each run in a fresh process.

Run:  .venv/bin/python bench/startup.py [--runs 7]

First it builds a demo-like data directory in a temporary directory (`vigil demo --keep`:
a sample site on 127.0.0.1 collected, extracted and alerted on), then times, each
`--runs` times in a new subprocess, `vigil --version`, `vigil --help`, `vigil status` and
`vigil check` on it, and prints the median and the fastest wall time of each, beside a bare
`python -c pass` (the floor: what the interpreter alone costs on this machine, load included).

Target (issue 17): `vigil --version` within 0.3 s. Which libraries a command loads is a
behaviour, tested in tests/test_startup.py; only this script measures time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_VERSION_SECONDS = 0.3


def vigil_command() -> list[str]:
    """The installed console script beside this interpreter, else `python -m vigil`."""
    script = Path(sys.executable).with_name("vigil")
    return [str(script)] if script.exists() else [sys.executable, "-m", "vigil"]


def wall_times(argv: list[str], runs: int, cwd: Path) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (the median is reported)")
    args = parser.parse_args()
    vigil = vigil_command()
    with tempfile.TemporaryDirectory(prefix="vigil-startup-") as tmp:
        root = Path(tmp)
        print("building a demo data directory ...", file=sys.stderr, flush=True)
        built = subprocess.run([*vigil, "-q", "demo", "--keep", str(root / "demo")], cwd=root,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if built.returncode != 0:
            sys.exit(f"vigil demo failed:\n{built.stderr}")
        where = ["--config", str(root / "demo" / "config"), "--data", str(root / "demo" / "data")]
        cases = [
            ("python -c pass", [sys.executable, "-c", "pass"]),
            ("vigil --version", [*vigil, "--version"]),
            ("vigil --help", [*vigil, "--help"]),
            ("vigil status", [*vigil, *where, "status"]),
            ("vigil check", [*vigil, *where, "check"]),
        ]
        print(f"{'command':<18} {'median s':>9} {'fastest s':>10}   ({args.runs} runs each, "
              f"{os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})")
        medians = {}
        for label, argv in cases:
            times = wall_times(argv, args.runs, root)
            medians[label] = statistics.median(times)
            print(f"{label:<18} {medians[label]:>9.3f} {min(times):>10.3f}")
    verdict = "met" if medians["vigil --version"] <= TARGET_VERSION_SECONDS else "NOT met"
    print(f"target: vigil --version <= {TARGET_VERSION_SECONDS} s: {verdict} "
          f"({medians['vigil --version'] - medians['python -c pass']:.3f} s above the bare interpreter)")


if __name__ == "__main__":
    main()
