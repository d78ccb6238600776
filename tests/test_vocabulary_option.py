"""`--vocabulary DIR` on `extract jsonl`, `eval` and `extract rerun --dry-run`: a developer tries a
phrase from a folder of vocabulary overrides, without editing the package; a bad override is one
clear error naming its file and entry."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
import yaml

from test_extract_rerun import extracted, files, store  # noqa: F401 (fixtures: a collected, extracted store)

REPORT = {"id": "r1", "published": "2025-09-16", "title": "", "text": "Three men were strung up in Shiraz on Monday."}
GOLD = {**REPORT, "claims": [{"event": "executed", "country": "IR", "count": 3, "qualifier": "exact",
                              "period_start": "2025-09-15", "period_end": "2025-09-15", "kind": "event",
                              "offences": [], "location": "Shiraz", "names": []}]}


def vigil(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(Path(sys.executable).parent / "vigil"), *args], capture_output=True, text=True,
                          timeout=600, cwd=cwd)


def packaged_events() -> dict:
    return yaml.safe_load(resources.files("extract").joinpath("data", "events.yaml").read_text(encoding="utf-8"))


def overrides(tmp_path: Path, events: dict, name: str = "events.yaml") -> Path:
    folder = tmp_path / "try"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(yaml.safe_dump(events, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def strung_up(tmp_path) -> Path:
    """The recipe of the README: the packaged events.yaml with one more passive phrasing, and its
    word among the stems that make a sentence worth reading (linking.yaml)."""
    events = packaged_events()
    events["executed"]["passive"].append(r"(?:were|was)\s+strung\s+up")
    folder = overrides(tmp_path, events)
    linking = yaml.safe_load(resources.files("extract").joinpath("data", "linking.yaml").read_text(encoding="utf-8"))
    linking["relevant_stems"].append("strung")
    return overrides(tmp_path, linking, "linking.yaml")


def test_extract_jsonl_reads_the_phrase_from_the_overrides(strung_up, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(REPORT) + "\n")
    before = vigil("extract", "jsonl", str(source))
    assert before.returncode == 0 and json.loads(before.stdout)["claims"] == []
    after = vigil("extract", "jsonl", str(source), "--vocabulary", str(strung_up))
    assert after.returncode == 0, after.stderr
    [claim] = json.loads(after.stdout)["claims"]
    assert (claim["count"], claim["period_start"]) == (3, "2025-09-15")
    assert claim["rules"][0] == "trigger.executed:were strung up"


def test_eval_scores_with_the_overrides(strung_up, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n")
    before = vigil("eval", str(gold), "--format", "json")
    after = vigil("eval", str(gold), "--format", "json", "--vocabulary", str(strung_up))
    assert before.returncode == 0 and after.returncode == 0, after.stderr
    assert json.loads(before.stdout)["recall"] == 0 and json.loads(after.stdout)["recall"] == 1


@pytest.mark.parametrize("name, content, says", [
    ("events.yaml", "executed: [unclosed", "not valid YAML"),
    ("events.yaml", {"executed": {"passive": ["(?:were\\s+strung"]}}, "executed.passive[0]: '(?:were\\\\s+strung' is no regular expression"),
    ("event.yaml", {"executed": {}}, "no vocabulary file of that name"),
    ("dates.yaml", {"future": ["tomorrow"]}, "read once at import"),
    ("vocab.yaml", {"qualifiers": {}}, "has no entry 'person_nouns_plural'"),   # the first entry read
])
def test_a_bad_override_is_a_usage_error_naming_the_file_and_entry(tmp_path, name, content, says):
    folder = tmp_path / "try"
    folder.mkdir()
    (folder / name).write_text(content if isinstance(content, str) else yaml.safe_dump(content), encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(REPORT) + "\n")
    result = vigil("extract", "jsonl", str(source), "--vocabulary", str(folder))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"error: --vocabulary {folder}: {folder / name}")
    assert says in result.stderr and len(result.stderr.splitlines()) == 1


def test_an_override_not_in_utf8_is_a_usage_error_naming_the_file(tmp_path):
    folder = tmp_path / "try"
    folder.mkdir()
    (folder / "events.yaml").write_bytes(yaml.safe_dump(packaged_events(), allow_unicode=True).encode("utf-16"))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(REPORT) + "\n")
    result = vigil("extract", "jsonl", str(source), "--vocabulary", str(folder))
    assert result.returncode == 2 and result.stdout == "", result.stderr
    assert result.stderr == (f"error: --vocabulary {folder}: {folder / 'events.yaml'}: not UTF-8 text (byte 0xff at "
                             "offset 0); save it as UTF-8\n")


def test_rerun_tries_the_overrides_only_as_a_dry_run(store, tmp_path):
    events = packaged_events()
    events["executed"]["passive"] = [p for p in events["executed"]["passive"] if "hanged" not in p]
    folder = overrides(tmp_path, events)
    root = ["--config", str(store / "config"), "--data", str(store / "data")]
    fingerprint = files(store / "data")
    refused = vigil(*root, "extract", "rerun", "--vocabulary", str(folder))
    assert refused.returncode == 2 and "--vocabulary goes with --dry-run" in refused.stderr
    dry = vigil(*root, "extract", "rerun", "--dry-run", "--vocabulary", str(folder))
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Dry run: nothing was written")
    assert "  - claim " in dry.stdout   # the claims of "were hanged" would go
    assert files(store / "data") == fingerprint
    same = vigil(*root, "extract", "rerun", "--dry-run")
    assert "0 claims added, 0 removed, 0 changed" in same.stdout
