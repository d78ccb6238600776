"""`vigil extract rerun`: stable claim ids, a field-by-field diff, and a dry run that writes nothing."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vigil.claimdiff import changes, match_claims
from vigil.cli import cli
from vigil.store import open_store


@pytest.fixture(scope="module")
def extracted(collected_store):
    """The demo site's feeds collected and extracted once into a real store."""
    return collected_store(extract=True)


@pytest.fixture
def store(extracted, tmp_path) -> Path:
    """A copy of the extracted store for one test to change."""
    shutil.copytree(extracted / "config", tmp_path / "config")
    shutil.copytree(extracted / "data", tmp_path / "data")
    return tmp_path


def invoke(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), *args])


def claims(root: Path) -> dict[int, dict]:
    db = open_store(root / "data")
    rows = {r["id"]: dict(r) for r in db.query("select * from claims")}
    db.close()
    return rows


def files(data: Path) -> dict[Path, str]:
    """Every file of a data directory and its digest, but SQLite's shared-memory index and
    write-ahead log, which readers create (https://www.sqlite.org/wal.html#readonly)."""
    return {p.relative_to(data): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(data.rglob("*"))
            if p.is_file() and not p.name.endswith(("-shm", "-wal"))}


def age(root: Path) -> tuple[int, int]:
    """Make one claim look as an older extractor left it (count and rules), and add a phantom;
    returns (the altered claim's id, the phantom's id)."""
    db = open_store(root / "data")
    target = next(db.query("select * from claims where event = 'executed' and count = 64 order by id"))
    db.execute("update claims set count = 46, rules = '[\"count.old_rule\"]', extractor_version = 'old' where id = ?",
               [target["id"]])
    phantom = db["claims"].insert({"document_id": target["document_id"], "event": "executed", "country": "IR",
                                   "count": 7, "qualifier": "exact", "period_start": "2025-09-03",
                                   "period_end": "2025-09-03", "kind": "event", "offences": "[]", "names": "[]",
                                   "evidence": "an invented sentence", "field": "text", "start_char": 99999,
                                   "end_char": 100010, "rules": "[]", "extractor_version": "old"}).last_pk
    db.conn.commit()
    db.close()
    return target["id"], phantom


def test_a_rerun_keeps_the_ids_of_claims_that_did_not_change(store):
    before = claims(store)
    result = invoke(store, "extract", "rerun")
    assert result.exit_code == 0, result.output
    assert "0 claims added, 0 removed, 0 changed" in result.output
    after = claims(store)
    assert after.keys() == before.keys()
    assert all(after[i]["created_at"] == before[i]["created_at"] for i in before)


def test_a_rerun_prints_what_changed_field_by_field_and_keeps_the_changed_claims_id(store):
    before = claims(store)
    altered, phantom = age(store)
    result = invoke(store, "extract", "rerun")
    assert result.exit_code == 0, result.output
    rules = " ".join(f"+{r}" for r in json.loads(before[altered]["rules"]))
    assert f"  ~ claim {altered}: count 46 -> 64; rules {rules} -count.old_rule  " in result.stdout
    assert f"  - claim {phantom}: executed IR 7 (exact, event, 2025-09-03)  " in result.stdout
    assert '      "an invented sentence"' in result.stdout
    after = claims(store)
    assert after[altered]["count"] == 64 and phantom not in after
    assert set(after) == set(before)  # every other claim kept its id


def test_a_dry_run_prints_the_same_and_writes_nothing(store):
    altered, phantom = age(store)
    data = store / "data"
    fingerprint = files(data)
    dry = invoke(store, "extract", "rerun", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert dry.stdout.startswith("Dry run: nothing was written")
    assert f"  ~ claim {altered}: count 46 -> 64; " in dry.stdout
    assert "  2025-W36 IR: 12 -> 5" in dry.stdout  # the weekly total that would move (the phantom goes)
    assert files(data) == fingerprint
    wal = data / "vigil.db-wal"  # a reader of a WAL database may create it, empty
    assert not wal.exists() or wal.stat().st_size == 0
    assert claims(store)[altered]["count"] == 46
    real = invoke(store, "extract", "rerun")  # and the real run does what the dry run said
    assert real.stdout.splitlines() == dry.stdout.splitlines()[1:]


def test_old_rerun_flags_still_work_and_say_they_are_deprecated(store):
    altered, _ = age(store)
    result = invoke(store, "extract", "--rerun", "--show")
    assert result.exit_code == 0, result.output
    assert result.stderr == "note: `vigil extract --rerun` is deprecated and goes in the next release; use `vigil extract rerun`\n"
    assert f"  ~ claim {altered}: count 46 -> 64; " in result.stdout
    quiet = invoke(store, "extract", "--rerun")
    assert quiet.exit_code == 0 and "  ~ claim" not in quiet.stdout and "0 changed" in quiet.stdout


def test_old_jsonl_flag_still_works_and_says_it_is_deprecated(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "r1", "published": "2025-09-23", "title": "", "text": "Two men were hanged in Shiraz."}\n')
    old = CliRunner().invoke(cli, ["extract", "--jsonl", str(source)])
    new = CliRunner().invoke(cli, ["extract", "jsonl", str(source)])
    assert old.exit_code == new.exit_code == 0
    assert old.stdout == new.stdout and '"count": 2' in new.stdout
    assert old.stderr == "note: `vigil extract --jsonl FILE` is deprecated and goes in the next release; use `vigil extract jsonl FILE`\n"
    assert new.stderr == ""


def test_old_flags_with_a_subcommand_are_a_usage_error(store):
    result = invoke(store, "extract", "--rerun", "rerun")
    assert result.exit_code == 2 and "give `extract rerun` its own options" in result.stderr


def row(**fields) -> dict:
    base = {"id": 1, "event": "executed", "country": "IR", "count": 3, "qualifier": "exact",
            "period_start": "2026-03-01", "period_end": "2026-03-07", "kind": "aggregate", "offences": '["drug"]',
            "location": None, "names": "[]", "field": "text", "start_char": 10, "end_char": 60,
            "evidence": "Three were hanged last week.", "rules": '["count.number"]'}
    return {**base, **fields}


def test_changes_name_each_field_that_differs():
    old, new = row(), row(count=4, period_start="2026-03-02", period_end="2026-03-02",
                          rules='["count.number", "event.carried_out"]', offences='["murder"]')
    assert changes(old, new) == ["count 3 -> 4", "period 2026-03-01..2026-03-07 -> 2026-03-02",
                                 "offences +murder -drug", "rules +event.carried_out"]
    assert changes(old, row()) == []


def test_matching_keeps_unchanged_claims_and_pairs_updated_ones_in_order():
    old = [row(id=1), row(id=2, location="Karaj"), row(id=3, start_char=200, end_char=240)]
    new = [row(id=None, location="Karaj"), row(id=None), row(id=None, count=5, start_char=200, end_char=241),
           row(id=None, start_char=300, end_char=320)]
    m = match_claims(old, new)
    assert [(o["id"], n["location"]) for o, n in m.unchanged] == [(2, "Karaj"), (1, None)]
    assert [(o["id"], changes(o, n)) for o, n in m.updated] == [(3, ["count 3 -> 5", "span text 200-240 -> text 200-241"])]
    assert [n["start_char"] for n in m.added] == [300] and m.removed == []


def test_explain_output_carries_no_terminal_controls(tmp_path):
    source = tmp_path / "in.jsonl"
    hostile = "Two men were hanged in Shiraz \u202eon Monday\u202c \x9b2J today."
    source.write_text(json.dumps({"id": "r1\x1b]0;x\x07", "published": "2025-09-23", "title": "", "text": hostile}) + "\n")
    result = CliRunner().invoke(cli, ["extract", "jsonl", str(source), "--explain"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("r1]0;x: 1 claim,")
    assert not any(ch in result.stdout for ch in "\x1b\x07\x9b\u202e\u202c")
    assert "on Monday" in result.stdout


def test_a_bad_since_day_is_a_usage_error_worded_as_for_every_day_option(tmp_path):
    for args in (["extract", "rerun", "--since", "2024-13-01"], ["extract", "--rerun", "--since", "2024-13-01"]):
        result = invoke(tmp_path, *args)
        assert result.exit_code == 2, result.output
        assert "error: --since: not a date: '2024-13-01' (use YYYY-MM-DD)" in result.output
