"""Six-week multi-source report streams, collected week by week from the mock server, give
weekly totals within 5% of the truth written down with them, and the right `confirmed`.

The streams (tests/data/streams/*.yaml) mix what makes counting hard: the same incident told
by several sources with and without names, a wire service republishing another outlet's
reports, a terse monitor naming only the city or province, counts corrected a day later,
other countries' executions, death sentences and transfers for execution.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimstore import write_alerts_yaml
from vigil.cli import cli

STREAMS_DIR = Path(__file__).parent / "data" / "streams"
FIRST_DAY, LAST_WEEK_END = date(2025, 9, 1), date(2025, 10, 12)


def _vigil(config, data, *args):
    result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(data), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _collect_week_by_week(mockserver, tmp_path, name: str) -> tuple:
    stream = yaml.safe_load((STREAMS_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    config = write_alerts_yaml(tmp_path / "config")
    data = tmp_path / "data"
    base = mockserver.ns(f"stream-{name}")
    day = FIRST_DAY + timedelta(days=6)
    while day <= LAST_WEEK_END + timedelta(days=1):  # each Sunday, then the Monday after the last week
        sources = [{**s, "type": "feed", "lang": "en", "url": f"{base}/streams/{name}/{s['id']}/feed.xml?until={day}"}
                   for s in stream["sources"]]
        (config / "sources.yaml").write_text(yaml.safe_dump({"user_agent": "VigilTest/1.0", "timeout": 5,
                                                             "allow_private_addresses": True, "sources": sources}),
                                             encoding="utf-8")
        _vigil(config, data, "collect", "--force")
        _vigil(config, data, "extract")
        day = day + timedelta(days=7) if day < LAST_WEEK_END else day + timedelta(days=1)
    return stream, config, data


@pytest.mark.slow
@pytest.mark.parametrize("name", ["no-tally", "weekly-tally"])
def test_every_complete_week_is_within_five_percent_of_the_truth_and_confirmed_is_right(mockserver, tmp_path, name):
    stream, config, data = _collect_week_by_week(mockserver, tmp_path, name)
    weeks = json.loads(_vigil(config, data, "totals", "--country", "IR", "--as-of", str(LAST_WEEK_END),
                              "--weeks", "6", "--format", "json"))
    got = {w["week"]: w for w in weeks}
    assert sorted(got) == sorted(stream["truth"])
    for week, truth in stream["truth"].items():
        assert abs(got[week]["total"] - truth["total"]) <= 0.05 * truth["total"], (week, got[week], truth)
        assert got[week]["confirmed"] == truth["confirmed"], (week, got[week], truth)
    explained = _vigil(config, data, "claims", "--week", "2025-W37", "--country", "IR")
    assert "MERGED" in explained and "matched #" in explained
