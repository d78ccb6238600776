"""`vigil extract` over the store, and `--rerun` over the WARC archive reporting what moved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from alerts.wording import counted
from vigil.cli import cli
from vigil.extraction import extract_new_documents, replace_claims
from vigil.store import open_store


@pytest.fixture(scope="module")
def collected(collected_store):
    """The demo site collected once into a real store; each test copies nothing, reads or re-runs."""
    return collected_store()


def invoke(root: Path, *args: str):
    return CliRunner().invoke(cli, ["--config", str(root / "config"), "--data", str(root / "data"), *args])


def test_extract_processes_new_documents_once(collected):
    first = invoke(collected, "extract")
    assert first.exit_code == 0, first.output
    assert first.output.startswith("Extracted 23 documents, ")  # 9 IHR, 10 HRANA, 4 HRANA Persian
    db = open_store(collected / "data")
    from extract import EXTRACTOR_VERSION

    versions = {r["extractor_version"] for r in db.query("select extractor_version from documents")}
    assert versions == {EXTRACTOR_VERSION}
    claim = next(db.query("select * from claims where event = 'executed' and count = 64"))
    assert claim["extractor_version"] == EXTRACTOR_VERSION
    document = db["documents"].get(claim["document_id"])
    field = document[claim["field"]]
    assert field[claim["start_char"]:claim["end_char"]] == claim["evidence"]
    again = invoke(collected, "extract")
    assert again.output.startswith("Extracted 0 documents, 0 claims")


def test_rerun_reads_the_archive_and_reports_what_moved(collected):
    invoke(collected, "extract")
    db = open_store(collected / "data")
    targets = [dict(r) for r in db.query(
        "select * from claims where event = 'executed' and count = 64 and period_end between ? and ?",
        ["2025-09-15", "2025-09-22"])]
    assert targets, "the sample site reports 64 executions in the week of 15 September"
    target = targets[0]
    # Pretend an older extractor read 46 where the reports say 64, and invented a claim elsewhere.
    db.execute("update claims set count = 46, extractor_version = 'old' where id in ({})".format(
        ", ".join(str(t["id"]) for t in targets)))
    phantom_doc = next(db.query("select id from documents where id != ? order by id limit 1", [target["document_id"]]))
    db["claims"].insert({"document_id": phantom_doc["id"], "event": "executed", "country": "IR", "count": 7,
                         "qualifier": "exact", "period_start": "2025-09-03", "period_end": "2025-09-03",
                         "kind": "event", "offences": "[]", "names": "[]", "evidence": "an invented sentence",
                         "field": "text", "start_char": 99999, "end_char": 100010, "extractor_version": "old"})
    db.execute("update documents set text = 'lost', extractor_version = 'old'")
    db.conn.commit()
    db.close()

    result = invoke(collected, "extract", "rerun")
    assert result.exit_code == 0, result.output
    assert "23 documents re-extracted" in result.output
    assert f"1 removed, {len(targets)} changed" in result.output
    for t in targets:  # the changed claim keeps its id, and the line says what changed
        assert f"  ~ claim {t['id']}: count 46 -> 64  " in result.output
    assert "  - claim " in result.output and ": executed IR 7 (exact, event, 2025-09-03)" in result.output
    assert "Weekly totals that moved:" in result.output
    assert "2025-W38 IR: 46 -> 64" in result.output
    assert "2025-W36 IR: 12 -> 5" in result.output  # the invented 7 is gone
    db = open_store(collected / "data")
    # The text came back from the WARC files, not from the database copy.
    assert not list(db.query("select id from documents where text = 'lost'"))
    assert not list(db.query("select id from claims where extractor_version = 'old'"))


def test_rerun_filters_by_source_and_date(collected):
    invoke(collected, "extract")
    result = invoke(collected, "extract", "rerun", "--source", "hrana", "--since", "2025-09-20")
    assert result.exit_code == 0, result.output
    db = open_store(collected / "data")
    expected = db.execute("select count(*) from documents where source_id = 'hrana' and published >= '2025-09-20'"
                          ).fetchone()[0]
    assert 0 < expected < 19
    assert f"{counted(expected, 'document')} re-extracted ({expected} unchanged)" in result.output


def test_rerun_unknown_source_is_a_usage_error(collected):
    result = invoke(collected, "extract", "rerun", "--source", "nope")
    assert result.exit_code == 2
    assert "--source nope: no such source in sources.yaml" in result.output


def test_claim_replacement_is_all_or_nothing(collected):
    """A failure while storing a document's new claims leaves its old claims in place."""
    invoke(collected, "extract")
    db = open_store(collected / "data")
    document_id = next(db.query("select document_id from claims limit 1"))["document_id"]
    before = [dict(r) for r in db.query("select * from claims where document_id = ?", [document_id])]

    class Broken:
        def to_dict(self):
            raise RuntimeError("half-way")

    from extract import Extractor

    good = Extractor().extract("Two men were hanged in Shiraz on Monday.", None)
    with pytest.raises(RuntimeError):
        replace_claims(db, document_id, [*good, Broken()], "new")
    after = [dict(r) for r in db.query("select * from claims where document_id = ?", [document_id])]
    assert after == before
    assert db["documents"].get(document_id)["extractor_version"] != "new"


def test_jsonl_needs_no_database(tmp_path: Path):
    record = {"id": "r1", "published": "2025-09-23", "title": "",
              "text": "Iran Human Rights said at least 12 prisoners were executed in Iran in the past week."}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path / "nodata"), "extract", "jsonl", str(source)])
    assert result.exit_code == 0, result.output
    line = json.loads(result.output)
    assert line["id"] == "r1" and line["claims"][0]["count"] == 12
    assert not (tmp_path / "nodata").exists()


def test_jsonl_exits_1_when_a_record_was_not_extracted_and_extracts_the_others(tmp_path: Path):
    good = {"id": "r1", "published": "2025-09-23", "text": "Two men were hanged in Shiraz on Sunday."}
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([json.dumps(good), "{not json", json.dumps({"id": "r3", "body": "misnamed"}),
                                 json.dumps({"id": "r4", "published": "2025-09-31", "text": "x"})]) + "\n")
    result = CliRunner().invoke(cli, ["extract", "jsonl", str(source)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["r1", None, "r3", "r4"] and rows[0]["claims"][0]["count"] == 2
    assert rows[2]["error"] == 'line 3: no "text" (the report\'s text is required)'
    assert result.stderr == ('error: 3 records not extracted (see the "error" fields above; the first: '
                             "line 2: not JSON: Expecting property name enclosed in double quotes)\n")
    explained = CliRunner().invoke(cli, ["extract", "jsonl", str(source), "--explain"])
    assert explained.exit_code == 1
    lines = explained.stdout.splitlines()
    assert "error: line 2: not JSON: Expecting property name enclosed in double quotes" in lines  # no "None: "
    assert 'r3: error: line 3: no "text" (the report\'s text is required)' in lines


def test_jsonl_rejects_a_record_whose_lang_is_no_language_code_and_reads_the_rest(tmp_path: Path):
    """A name ("english") or a typo in "lang" was read by the script's pipeline unnoticed: the record
    is refused with its line, the value and the languages accepted; a registered code with no
    pipeline of its own ("ku") stays allowed. The value is report text: escaped on every output."""
    text = "Two men were hanged in Shiraz on Sunday."
    records = [{"id": "r1", "published": "2025-09-23", "lang": "en", "text": text},
               {"id": "r2", "published": "2025-09-23", "lang": "english", "text": text},
               {"id": "r3", "published": "2025-09-23", "lang": "ku", "text": text},
               {"id": "r4", "published": "2025-09-23", "lang": "x\u001b[2J", "text": text},
               {"id": "r5", "published": "2025-09-23", "lang": 7, "text": text}]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records))
    accepted = "en, fa, ar (read by their own pipelines) or another registered code such as ku (read by the pipeline of its script)"
    run = subprocess.run([sys.executable, "-m", "vigil.cli", "extract", "jsonl", str(source)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["r1", "r2", "r3", "r4", "r5"]
    assert [len(r["claims"]) for r in rows] == [1, 0, 1, 0, 0] and "error" not in rows[2]
    assert rows[1]["error"] == f"line 2: lang: 'english' is not a language code (accepted: {accepted})"
    assert rows[3]["error"] == f"line 4: lang: 'x\\x1b[2J' is not a language code (accepted: {accepted})"
    assert rows[4]["error"] == f"line 5: lang: 7 is not a language code (accepted: {accepted})"
    assert run.stderr == ('error: 3 records not extracted (see the "error" fields above; the first: '
                          f"line 2: lang: 'english' is not a language code (accepted: {accepted}))\n")
    explained = subprocess.run([sys.executable, "-m", "vigil.cli", "extract", "jsonl", str(source), "--explain"],
                               capture_output=True, text=True, timeout=300)
    assert explained.returncode == 1 and "\x1b" not in explained.stdout + explained.stderr
    assert f"r2: error: line 2: lang: 'english' is not a language code (accepted: {accepted})" in explained.stdout.splitlines()


def test_jsonl_that_is_not_utf8_names_the_line_and_a_byte_order_mark_is_read(tmp_path: Path):
    good = {"id": "r1", "published": "2025-09-23", "text": "Two men were hanged in Shiraz on Sunday."}
    arabic = {"id": "r2", "published": "2025-09-23", "text": "أعدمت السلطات رجلين"}
    source = tmp_path / "in.jsonl"
    # a line written in Windows-1256 (an Arabic editor's default), after one in UTF-8 with a BOM
    source.write_bytes(json.dumps(good).encode("utf-8-sig") + b"\n"
                       + json.dumps(arabic, ensure_ascii=False).encode("cp1256") + b"\n")
    for args in ([], ["--explain"]):
        result = CliRunner().invoke(cli, ["extract", "jsonl", str(source), *args])
        assert result.exit_code == 2, result.output
        assert result.stderr == f"error: {source}: line 2: not UTF-8 text (byte 0xc3 at column 50); save the file as UTF-8\n"
        assert result.stdout.startswith('{"id": "r1", "claims": [{' if not args else "r1: 1 claim")


def test_a_record_without_a_publication_day_gets_no_period_it_did_not_state(tmp_path: Path):
    """Relative dates count from the report's day: without one, "in the past week" and "on
    Sunday" are written but cannot be placed, and the claims must say so, not read as dated."""
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "u1", "text": "At least 64 people were executed in Iran in the past week. "
                                                      "Two men were hanged in Shiraz, Iran, on 14 September 2025."}) + "\n")
    result = CliRunner().invoke(cli, ["extract", "jsonl", str(source)])
    assert result.exit_code == 0, result.output
    week, day = json.loads(result.stdout)["claims"]
    assert (week["count"], week["period_start"], week["period_end"]) == (64, None, None)
    assert "period.unresolved" in week["rules"] and "period.stated" not in week["rules"]
    assert (day["period_start"], day["period_end"]) == ("2025-09-14", "2025-09-14") and "period.stated" in day["rules"]
    explained = CliRunner().invoke(cli, ["extract", "jsonl", str(source), "--explain"]).stdout.splitlines()
    assert explained[0] == "u1: 2 claims, 0 rejected candidates; no published date, so no relative date was resolved"
    assert explained[1] == "  CLAIM    executed IR 64 (at_least, aggregate, no period)"


def test_extract_options_that_need_rerun_are_usage_errors(tmp_path: Path):
    result = CliRunner().invoke(cli, ["--data", str(tmp_path), "extract", "--since", "2025-01-01"])
    assert result.exit_code == 2
    assert "--since and --source go with --rerun" in result.output


def test_stored_claims_keep_the_rules_that_made_them_and_claims_shows_them(collected):
    invoke(collected, "extract")
    db = open_store(collected / "data")
    rows = [dict(r) for r in db.query("select rules from claims")]
    assert rows and all(json.loads(r["rules"]) for r in rows)
    weekly = next(db.query("select rules from claims where event = 'executed' and count = 64"))
    first, second = json.loads(weekly["rules"])[:2]
    assert first.startswith(("trigger.executed:", "event.executed")) and second.startswith("count.")
    db.close()
    shown = invoke(collected, "claims", "--week", "2025-W38", "--country", "IR")
    assert shown.exit_code == 0, shown.output
    assert "    rules: " in shown.output
    listed = invoke(collected, "claims", "--week", "2025-W38", "--format", "json")
    assert all(c["rules"] for week in json.loads(listed.output) for c in week["claims"])


def test_explain_prints_each_claims_rules_and_each_rejected_candidate(tmp_path):
    reports = tmp_path / "reports.jsonl"
    reports.write_text(json.dumps({"id": "r1", "published": "2025-03-04", "title": "",
                                   "text": "A woman was hanged in Qazvin Prison on Monday. About 2,000 prisoners "
                                           "sentenced to death are on death row in the province."}) + "\n",
                       encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "extract", "jsonl", str(reports), "--explain"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "r1: 1 claim, 1 rejected candidate"
    assert lines[1] == "  CLAIM    executed IR 1 (exact, event, 2025-03-03)"
    assert lines[3].startswith("           rules: trigger.executed:was hanged, count.person")
    assert lines[4] == '           read: at "Qazvin Prison"'
    assert lines[5].startswith('  REJECTED "About 2,000 prisoners" by reject.')
    alone = CliRunner().invoke(cli, ["--data", str(tmp_path / "data"), "extract", "--explain"])
    assert alone.exit_code == 2 and "--explain goes with --jsonl" in alone.output


def test_each_stored_document_is_extracted_in_its_language(tmp_path):
    db = open_store(tmp_path / "data")
    rows = [("https://example.org/fa/1", "fa", "سه زندانی بامداد امروز در زندان مرکزی کرج به دار آویخته شدند."),
            ("https://example.org/ar/1", "ar", "أعدمت السلطات العراقية صباح اليوم ستة مدانين في سجن الناصرية."),
            # a Persian page under an English source: its script decides
            ("https://example.org/en/1", "en", "دو زندانی بامداد امروز در زندان قزلحصار اعدام شدند."),
            ("https://example.org/en/2", "en", "Four men were hanged in Qom Prison on Monday.")]
    db["sources"].insert({"id": "s", "name": "S", "org": "rights-group", "type": "feed", "url": "https://example.org/feed"})
    for url, lang, text in rows:
        db["documents"].insert({"url": url, "source_id": "s", "title": "", "published": "2024-10-09",
                                "lang": lang, "text": text})
    report = extract_new_documents(db)
    assert report.documents == 4
    got = {r["url"]: (r["country"], r["count"], r["period_start"]) for r in db.query(
        "select d.url, c.country, c.count, c.period_start from claims c join documents d on d.id = c.document_id")}
    assert got == {"https://example.org/fa/1": ("IR", 3, "2024-10-09"), "https://example.org/ar/1": ("IQ", 6, "2024-10-09"),
                   "https://example.org/en/1": ("IR", 2, "2024-10-09"), "https://example.org/en/2": ("IR", 4, "2024-10-07")}
    db.close()
