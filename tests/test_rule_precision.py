"""bench/rule_precision.py over a small labelled file written for this test: each predicted claim's
outcome (matched, dated wrongly, phantom, or fitting only an optional claim) is credited to every
rule it lists and to its event x kind, summed over the files given."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "bench" / "rule_precision.py"
TEXT = "Three men were hanged in Qom Prison on Monday, 14 April 2025."


def _claim(count=3, day="2025-04-14", optional=False) -> dict:
    return {"event": "executed", "country": "IR", "count": count, "qualifier": "exact", "period_start": day,
            "period_end": day, "kind": "event", "offences": [], "location": "Qom Prison", "names": [],
            "optional": optional}


def _report(n: int, claims: list[dict]) -> dict:
    return {"id": f"t-{n}", "published": "2025-04-16", "title": "", "text": TEXT, "claims": claims}


def _run(tmp_path, *args, sets):
    paths = []
    for i, reports in enumerate(sets):
        path = tmp_path / f"set{i}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
        paths.append(str(path))
    done = subprocess.run([sys.executable, str(TOOL), *paths, *args], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_each_outcome_is_credited_to_the_rules_and_summed_over_sets(tmp_path):
    first = [_report(1, [_claim()]),                           # matched
             _report(2, [_claim(day="2025-03-01")]),           # the right claim, dated wrongly
             _report(3, [])]                                   # a phantom: no claim labelled
    second = [_report(4, [_claim(optional=True)]),             # fits an optional claim only: not counted
              _report(5, [_claim(count=4)])]                   # a phantom beside a missed claim
    figures = json.loads(_run(tmp_path, "--json", sets=[first, second]))
    rules = {r["rule"]: r for r in figures["rules"]}
    trigger = rules["trigger.executed"]
    assert (trigger["claims"], trigger["matched"], trigger["no_period"], trigger["fp"]) == (4, 1, 2, 3)
    assert trigger["precision"] == 0.25 and trigger["precision_no_period"] == 0.5
    assert "trigger.executed:were hanged" not in rules
    kinds = {r["rule"]: r for r in figures["event_kinds"]}
    assert kinds["executed x event"]["claims"] == 4 and kinds["all claims"]["fp"] == 3
    # most false positives first
    assert figures["rules"][0]["fp"] == 3


def test_entries_keep_trigger_phrases_apart_and_false_positives_are_listed(tmp_path):
    sets = [[_report(1, [_claim()]), _report(3, [])]]
    figures = json.loads(_run(tmp_path, "--json", "--entries", sets=sets))
    assert "trigger.executed:were hanged" in {r["rule"] for r in figures["rules"]}
    listing = _run(tmp_path, "--false-positives", "kind.event.place", sets=sets)
    assert listing.startswith("t-3  executed IR 3 (event, 2025-04-14) [no such claim]")
    assert "Qom Prison" in listing and "t-1" not in listing


def test_a_missing_file_is_a_usage_error(tmp_path):
    done = subprocess.run([sys.executable, str(TOOL), str(tmp_path / "absent.jsonl")], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2 and "absent.jsonl" in done.stderr
