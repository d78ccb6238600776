"""Every benchmark under bench/ starts: `--help` prints its usage and exits 0, run as the README
runs them (`python bench/NAME.py`, so bench/ is first on the path and bench/extract.py could shadow
the extract package). The figures themselves are measured by running the benches, never here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
# run by bench/collect.py with positional arguments, never by hand
HELPERS = {"barecrawl.py"}


@pytest.mark.parametrize("script", sorted(p.name for p in BENCH.glob("*.py") if p.name not in HELPERS))
def test_bench_script_prints_its_usage(script):
    run = subprocess.run([sys.executable, str(BENCH / script), "--help"], capture_output=True, text=True,
                         timeout=120, cwd=BENCH.parent)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "usage" in run.stdout.lower(), run.stdout[:500]


def test_the_bare_crawl_helper_names_its_arguments_when_run_without_them():
    run = subprocess.run([sys.executable, str(BENCH / "barecrawl.py")], capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "usage: python bench/barecrawl.py site|feeds PER_DOMAIN URL..." in run.stderr
