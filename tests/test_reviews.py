"""Reviews of claims: stored apart from claims, append-only, and respected by every figure."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timezone

import pytest
from click.testing import CliRunner

from alerts.digest import build_digest
from claimstore import sample_week, store, write_alerts_yaml  # noqa: F401 (store is a fixture)
from vigil.alerting import compute_totals, evaluate_rules, load_records
from vigil.cli import cli
from vigil.config import AlertsFile, WeekSettings
from vigil.config_files import load_file
from vigil.extraction import replace_claims
from vigil.reviews import ClaimNotFound, ReviewError, apply_reviews, claim_keys, history, record_review

W38 = date(2025, 9, 15)


def week38(db):
    return compute_totals(db, WeekSettings()).week(W38, "IR")


def totals_json(tmp_path) -> dict:
    config = write_alerts_yaml(tmp_path / "config")
    result = CliRunner().invoke(cli, ["-q", "--config", str(config), "--data", str(tmp_path / "data"), "totals",
                                      "--as-of", "2025-09-21", "--weeks", "1", "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)[0]


def test_a_rejected_bound_counts_nowhere_and_vigil_totals_shows_it(store, tmp_path):
    ids = sample_week(store)
    assert totals_json(tmp_path)["total"] == 64
    record_review(store.db, ids["weekly"], "reject", "ana", reason="the statement covers two weeks")
    assert (week38(store.db).total, week38(store.db).bound) == (3, None)
    assert totals_json(tmp_path)["total"] == 3


def test_a_corrected_claim_counts_as_corrected_and_confirmed(store):
    ids = sample_week(store)
    record_review(store.db, ids["karaj"], "correct", "ana", reason="the report says three men",
                  corrections={"count": "3", "location": "Ghezel Hesar"})
    records = {r.id: r for r in apply_reviews(store.db, load_records(store.db))}
    assert (records[ids["karaj"]].count, records[ids["karaj"]].location) == (3, "Ghezel Hesar")
    assert records[ids["karaj"]].reviewer_confirmed
    assert week38(store.db).incident_sum == 5  # Shiraz 2 + Karaj corrected to 3


def test_a_correction_of_event_or_date_moves_the_claim(store):
    ids = sample_week(store)
    record_review(store.db, ids["karaj"], "correct", "ana", corrections={"event": "sentenced"})
    assert week38(store.db).incident_sum == 2
    record_review(store.db, ids["shiraz_ihr"], "correct", "ana", corrections={"period_start": "2025-09-30"})
    records = {r.id: r for r in apply_reviews(store.db, load_records(store.db))}
    assert records[ids["shiraz_ihr"]].period_start == records[ids["shiraz_ihr"]].period_end == date(2025, 9, 30)


def test_confirm_flags_the_record_and_the_newest_review_is_in_force(store):
    ids = sample_week(store)
    record_review(store.db, ids["karaj"], "reject", "ana", reason="duplicate")
    assert ids["karaj"] not in {r.id for r in apply_reviews(store.db, load_records(store.db))}
    record_review(store.db, ids["karaj"], "confirm", "ben")
    records = {r.id: r for r in apply_reviews(store.db, load_records(store.db))}
    assert records[ids["karaj"]].reviewer_confirmed
    assert not records[ids["shiraz_ihr"]].reviewer_confirmed
    assert [(r.action, r.reviewer) for r in history(store.db, ids["karaj"])] == [("reject", "ana"), ("confirm", "ben")]


def test_reviews_survive_re_extraction_keyed_on_document_and_span(store):
    ids = sample_week(store)
    record_review(store.db, ids["weekly"], "reject", "ana", reason="wrong week")
    document_id = store.db.execute("select document_id from claims where id = ?", [ids["weekly"]]).fetchone()[0]
    row = dict(next(store.db.query("select * from claims where id = ?", [ids["weekly"]])))
    from extract.claims import Claim

    again = Claim.from_dict({**row, "offences": json.loads(row["offences"]), "names": json.loads(row["names"])})
    replace_claims(store.db, document_id, [again], "next-version")  # the same claim keeps its row
    assert store.db.execute("select id from claims where document_id = ?", [document_id]).fetchone()[0] == ids["weekly"]
    # One version drops the claim and the next reads it again: a new row id, same sentence and span.
    replace_claims(store.db, document_id, [], "dropped-it")
    replace_claims(store.db, document_id, [again], "next-version")
    new_id = store.db.execute("select id from claims where document_id = ?", [document_id]).fetchone()[0]
    assert new_id != ids["weekly"]
    assert week38(store.db).total == 3
    assert history(store.db, new_id)[0].reason == "wrong week"


def test_two_claims_of_one_sentence_are_reviewed_apart(store):
    doc = store.document("2025-09-17", "Two prisons")
    first = store.claim(doc, 2, "2025-09-16", location="Shiraz", evidence="Two in Shiraz and one in Karaj.")
    second = store.claim(doc, 1, "2025-09-16", location="Karaj", evidence="Two in Shiraz and one in Karaj.")
    keys = claim_keys(store.db)
    assert keys[first] != keys[second] and (keys[first].ordinal, keys[second].ordinal) == (0, 1)
    record_review(store.db, second, "reject", "ana", reason="Karaj is another week")
    assert [r.id for r in apply_reviews(store.db, load_records(store.db))] == [first]


def test_the_audit_table_is_append_only(store):
    ids = sample_week(store)
    review = record_review(store.db, ids["karaj"], "reject", "ana", reason="duplicate")
    for sql in ("update reviews set action = 'confirm' where id = ?", "delete from reviews where id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute(sql, [review.id])
    assert store.db.execute("select action, reviewer, created_at is not null from reviews").fetchall() == [
        ("reject", "ana", 1)]


def test_bad_reviews_are_refused_with_the_field_named(store):
    ids = sample_week(store)
    with pytest.raises(ReviewError, match="reason: a rejection needs a reason"):
        record_review(store.db, ids["karaj"], "reject", "ana", reason="  ")
    with pytest.raises(ReviewError, match="count: '-3'"):
        record_review(store.db, ids["karaj"], "correct", "ana", corrections={"count": "-3"})
    with pytest.raises(ReviewError, match="corrections: give at least one"):
        record_review(store.db, ids["karaj"], "correct", "ana", corrections={"count": ""})
    with pytest.raises(ReviewError, match="period_end: before period_start"):
        record_review(store.db, ids["karaj"], "correct", "ana",
                      corrections={"period_start": "2025-09-20", "period_end": "2025-09-18"})
    with pytest.raises(ClaimNotFound):
        record_review(store.db, 99999, "confirm", "ana")
    assert store.db.execute("select count(*) from reviews").fetchone()[0] == 0


def test_alerts_and_digest_respect_reviews(store, tmp_path):
    ids = sample_week(store)
    config = write_alerts_yaml(tmp_path / "config", {
        "channels": {"chat": {"type": "slack", "webhook_url": "http://127.0.0.1:9/hook", "timeout": 1}},
        "rules": [{"id": "surge", "type": "weekly_total", "threshold": 50, "channels": ["chat"]}],
        "digest_channels": ["chat"],
    })
    alerts_config = load_file(config / "alerts.yaml", AlertsFile)
    now = datetime(2025, 9, 22, 9, tzinfo=timezone.utc)
    assert [n.rule_id for n in evaluate_rules(store.db, alerts_config, now, dry_run=True)] == ["surge"]
    record_review(store.db, ids["weekly"], "reject", "ana", reason="covers two weeks")
    assert evaluate_rules(store.db, alerts_config, now, dry_run=True) == []
    digest = build_digest(compute_totals(store.db, alerts_config), W38)
    assert dict(digest.facts)["IR"] == "3 (+3)"  # not the rejected 64
