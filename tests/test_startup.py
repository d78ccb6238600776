"""Commands load only what they use: no Scrapy, spaCy, matplotlib or Flask to print a version.

A behaviour test (which modules a fresh process has imported), not a timing test: the time
is measured by bench/startup.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimstore import ClaimStore, write_alerts_yaml

HEAVY = ("scrapy", "spacy", "matplotlib", "flask", "trafilatura", "twisted")

PROBE = """
import json, sys
from vigil.cli import main
sys.argv = ["vigil", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit:
    pass
finally:
    print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})), file=sys.stderr)
"""


def loaded(*args: str) -> set[str]:
    """The top-level packages a fresh `vigil ARGS` process has imported when it ends."""
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


@pytest.mark.parametrize("args", [("--version",), ("--help",), ("extract", "--help"), ("alerts", "--help")])
def test_version_and_help_load_none_of_the_heavy_libraries(args):
    assert loaded(*args) & set(HEAVY) == set()


def test_status_loads_no_crawler_extractor_chart_or_web_library(tmp_path: Path):
    store = ClaimStore(tmp_path / "data")
    store.report("2025-09-16", 2, "2025-09-16")
    store.db.close()
    config = write_alerts_yaml(tmp_path / "config")
    assert loaded("--config", str(config), "--data", str(tmp_path / "data"), "status") & set(HEAVY) == set()


def test_the_probe_sees_what_a_command_does_load(tmp_path: Path):
    """The same probe on a command that draws a chart or extracts does see the library."""
    records = tmp_path / "in.jsonl"
    records.write_text('{"id": "r1", "published": "2025-09-23", "title": "", "text": "Two men were hanged."}\n')
    assert "spacy" in loaded("extract", "jsonl", str(records))


def imported_by(module: str) -> set[str]:
    """Top-level packages, and alerts.channels modules, that importing `module` loads in a fresh process."""
    probe = (f"import json, sys, {module}; print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}}"
             " | {m for m in sys.modules if m.startswith('alerts.channels')})))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    return set(json.loads(done.stdout))


def test_collect_loads_no_spacy_scrapy_chart_or_channel():
    """Scrapy runs in the crawl child only; charts and channels are for sending."""
    assert imported_by("vigil.collect") & {"scrapy", "twisted", "spacy", "matplotlib", "flask", "alerts.channels"} == set()


def test_channels_load_matplotlib_only_to_draw_a_chart():
    assert "matplotlib" not in imported_by("vigil.alerting")
    assert "matplotlib" in imported_by("alerts.chart")
