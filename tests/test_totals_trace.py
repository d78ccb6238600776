"""`vigil claims --week`: every claim behind a week, counted, merged or used as a bound."""

from __future__ import annotations

import json

from click.testing import CliRunner

from claimstore import ClaimStore, sample_week, write_alerts_yaml
from vigil.cli import cli


def invoke(tmp_path, *args):
    config = write_alerts_yaml(tmp_path / "config")
    return CliRunner().invoke(cli, ["--config", str(config), "--data", str(tmp_path / "data"), *args])


def test_claims_lists_counted_merged_and_bound_with_source_url_and_evidence(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--country", "ir")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "2025-W38 (week of 2025-09-15) IR: total 64 = max(reported 3 over 2 incidents, bound 64); "
        "confirmed 2; 3 sources"
    )
    text = result.output
    assert f"#{ids['shiraz_ihr']:<6} COUNTED   incident 1: 2 (confirmed: independent sources ihr and news)" in text
    assert (f"#{ids['shiraz_news']:<6} MERGED    into #{ids['shiraz_ihr']} (incident 1; matched #{ids['shiraz_ihr']}: "
            "day 2025-09-16; place: Adelabad in Shiraz; count 2)") in text
    assert (f"#{ids['shiraz_hrana']:<6} MERGED    into #{ids['shiraz_ihr']} (incident 1; matched #{ids['shiraz_ihr']}: "
            "name: Hassan Ali Shakib, Hossein Nasirian; day 2025-09-16 and 2025-09-17; place: Adelabad in Shiraz; "
            "offences: drug)") in text
    assert f"#{ids['karaj']:<6} COUNTED   incident 2: 1 (reported only)" in text
    assert f"#{ids['weekly']:<6} BOUND     64 (used: sets the total)" in text
    assert "hrana  published 2025-09-17  https://hrana.example.org/report/2" in text
    assert '"Two prisoners, Nasirian Hossein and Hassan-Ali Shakib, were executed in Shiraz."' in text
    assert f"#{ids['at_most']} " not in text  # an "at most" figure is not behind the total


def test_claims_json_carries_status_and_provenance(tmp_path):
    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    store.db.close()
    result = invoke(tmp_path, "claims", "--week", "2025-W38", "--format", "json")
    (week,) = json.loads(result.output)
    assert week["total"] == 64 and week["week"] == "2025-W38"
    by_id = {c["claim_id"]: c for c in week["claims"]}
    assert by_id[ids["shiraz_hrana"]]["status"] == "merged"
    assert by_id[ids["shiraz_hrana"]]["into"] == ids["shiraz_ihr"]
    assert by_id[ids["weekly"]]["used"] is True
    assert by_id[ids["karaj"]]["url"].startswith("https://hrana.example.org/")


def test_claims_bad_week_is_a_usage_error_naming_the_option(tmp_path):
    result = invoke(tmp_path, "--init", "claims", "--week", "W38")
    assert result.exit_code == 2
    assert result.output == "error: --week: not a week label: 'W38' (use the form 2025-W38)\n"


def test_claims_empty_week_says_so(tmp_path):
    result = invoke(tmp_path, "--init", "claims", "--week", "2025-W01")
    assert result.exit_code == 0
    assert result.output == "No execution claims in 2025-W01 (week of 2024-12-30).\n"
