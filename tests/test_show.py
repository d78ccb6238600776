"""`vigil show CLAIM_ID`: a claim, its document, the archived text around its evidence, its reviews."""

from __future__ import annotations

import json

from test_extract_rerun import extracted, invoke, store  # noqa: F401 (fixtures: a collected, extracted store)
from vigil.reviews import record_review
from vigil.store import open_store


def a_claim(root) -> dict:
    db = open_store(root / "data")
    claim = dict(next(db.query("select * from claims where event = 'executed' and field = 'text' and count = 2 "
                               "order by id")))
    claim["document"] = dict(db["documents"].get(claim["document_id"]))
    db.close()
    return claim


def test_show_prints_the_claim_its_document_the_archived_context_and_reviews(store):
    claim = a_claim(store)
    document = claim["document"]
    db = open_store(store / "data")
    record_review(db, claim["id"], "confirm", "ana", reason="Checked against the court notice")
    db.close()
    result = invoke(store, "show", str(claim["id"]))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == f"Claim {claim['id']} (confirmed): executed IR 2 (exact, event, {claim['period_start']})"
    assert lines[1].startswith("  review: confirmed by ana: Checked against the court notice at ")
    assert f"  evidence (text {claim['start_char']}-{claim['end_char']}): \"{claim['evidence']}\"" in lines
    assert f"  rules: {', '.join(json.loads(claim['rules']))}" in lines
    assert f"Document {document['id']}: {document['title']}" in lines
    assert f"  url: {document['url']}" in lines
    assert f"  published: {document['published']}" in lines and f"  fetched: {document['fetched_at']}" in lines
    at = lines.index("Archived text around the evidence:")
    assert lines[at + 1].startswith("  record <urn:uuid:") and f"{document['warc_file']}@{document['warc_offset']}" in lines[at + 1]
    text = document["text"]  # the text as stored is what the archived record reads back as
    before = " ".join(text[max(0, claim["start_char"] - 40):claim["start_char"]].split())
    after = " ".join(text[claim["end_char"]:claim["end_char"] + 40].split())
    assert f"{before} >>>{claim['evidence']}<<< {after}" in lines[at + 2]
    assert lines[-2:] == ["Reviews:", lines[-1]] and lines[-1].endswith("confirmed by ana: Checked against the court notice")


def test_show_reads_the_text_from_the_archive_not_the_database(store):
    claim = a_claim(store)
    db = open_store(store / "data")
    with db.conn:
        db.execute("update documents set text = 'lost' where id = ?", [claim["document_id"]])
    db.close()
    result = invoke(store, "show", str(claim["id"]))
    assert result.exit_code == 0, result.output
    assert f">>>{claim['evidence']}<<<" in result.stdout


def test_show_strips_control_characters_from_report_text(store):
    claim = a_claim(store)
    db = open_store(store / "data")
    with db.conn:
        db.execute("update documents set title = ? where id = ?",
                   ["Two hanged\x1b]0;owned\x07\x1b[2J\r\nforged line\u202e", claim["document_id"]])
    db.close()
    result = invoke(store, "show", str(claim["id"]))
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\u202e" not in result.stdout
    assert f"Document {claim['document_id']}: Two hanged]0;owned[2J  forged line" in result.stdout.splitlines()


def test_show_an_unknown_claim_exits_1_naming_it(store):
    result = invoke(store, "show", "999999")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: claim 999999: no such claim")
    assert invoke(store, "show", "twelve").exit_code == 2


def test_show_a_claim_whose_record_is_damaged_prints_the_rest_and_exits_1(store):
    claim = a_claim(store)
    document = claim["document"]
    with open(store / "data" / "archive" / document["warc_file"], "r+b") as fh:
        fh.truncate(document["warc_offset"] + 20)
    result = invoke(store, "show", str(claim["id"]))
    assert result.exit_code == 1
    assert f"Claim {claim['id']}: " in result.stdout and "Reviews: none" in result.stdout
    assert result.stderr.startswith(f"error: claim {claim['id']}: the archived record {document['warc_file']}@")


def show_sample(tmp_path, claim_id: int):
    from click.testing import CliRunner

    from claimstore import write_alerts_yaml
    from vigil.cli import cli

    config = write_alerts_yaml(tmp_path / "config")
    return CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), "show",
                                    str(claim_id)])


def test_show_opens_with_the_value_that_counts_the_original_beside_it_and_the_review(tmp_path):
    from claimstore import ClaimStore, sample_week

    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    record_review(store.db, ids["karaj"], "correct", "ana", reason="the report names three men",
                  corrections={"count": "3"})
    record_review(store.db, ids["weekly"], "reject", "ben", reason="quoted from another source")
    store.db.close()
    corrected = show_sample(tmp_path, ids["karaj"])
    assert corrected.exit_code == 0, corrected.output
    lines = corrected.stdout.splitlines()
    assert lines[0] == (f"Claim {ids['karaj']} (corrected): executed IR 3 (exact, event, 2025-09-18); "
                        "as extracted: executed IR 1 (exact, event, 2025-09-18)")
    assert lines[1].startswith("  review: corrected by ana (count 1 -> 3): the report names three men at 20")
    assert ("  week: counts in 2025-W38 (week of 2025-09-15; `vigil claims --week 2025-W38` lists it)"
            in lines)
    rejected = show_sample(tmp_path, ids["weekly"]).stdout.splitlines()
    assert rejected[0] == (f"Claim {ids['weekly']} (REJECTED, counted nowhere): "
                           "executed IR 64 (at_least, aggregate, 2025-09-14..2025-09-20)")
    assert rejected[1].startswith("  review: rejected by ben: quoted from another source at 20")
    assert ("  week: would count in 2025-W38 (week of 2025-09-15; `vigil claims --week 2025-W38` lists it); "
            "period 2025-09-14..2025-09-20 runs over 2025-W37 and 2025-W38: counted in 2025-W38 only "
            "(the week holding the middle of its period)") in rejected


def test_a_closed_pipe_ends_a_command_quietly_with_the_sigpipe_status(tmp_path):
    import os
    import subprocess
    import sys

    from claimstore import ClaimStore, sample_week, write_alerts_yaml

    store = ClaimStore(tmp_path / "data")
    ids = sample_week(store)
    store.db.close()
    config = write_alerts_yaml(tmp_path / "config")
    for command in (["show", str(ids["karaj"])], ["claims", "--week", "2025-W38"],
                    ["totals", "--as-of", "2025-09-21", "--format", "json"]):
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader is gone before the first line, as `| head -1` leaves it after its line
        try:
            done = subprocess.run([sys.executable, "-m", "vigil.cli", "-q", "--config", str(config), "--data",
                                   str(tmp_path / "data"), *command],
                                  stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120)
        finally:
            os.close(write_end)
        assert (done.returncode, done.stderr) == (141, ""), command
