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
    assert lines[0] == f"Claim {claim['id']}: executed IR 2 (exact, event, {claim['period_start']})"
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
