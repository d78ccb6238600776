"""Held-out check: the extractor scored on tests/data/heldout_reports.jsonl.

The held-out reports were written and labelled independently of the extractor's
rules (see tests/data/README.md), so this measures how the rules generalise beyond
the dev corpus they were tuned on. The scorer is the corpus's own score.py, which
lives outside the repository (../shared/corpus); the scoring test is skipped when it
is absent. The floors sit a little below what the extractor achieved when the set
was written, so they catch regressions; raise them as the extractor improves.

Figures when the set was written (extractor at commit 1f921a0; 40 reports, 127 required and 43 optional
gold claims):
    precision 0.76  recall 0.575  F1 0.655  (F1 ignoring periods 0.853)
    TP 73  FP 23  FN 54
Run `pytest tests/test_extract_heldout.py -s` to see the figures and every error.
"""
from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path

import pytest

from extract.jsonl import run_jsonl

HELDOUT = Path(__file__).parent / "data" / "heldout_reports.jsonl"
SCORER = Path(__file__).parents[2] / "shared" / "corpus" / "score.py"

MIN_PRECISION = 0.96
MIN_RECALL = 0.87
MIN_F1 = 0.92

EVENTS = {"executed", "sentenced", "imminent"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most"}
KINDS = {"event", "aggregate"}
OFFENCES = {"drug", "murder", "rape", "espionage", "political", "armed_robbery", "other"}
CLAIM_FIELDS = {"event", "country", "count", "qualifier", "period_start", "period_end", "kind",
                "offences", "location", "names", "optional"}


def _reports() -> list[dict]:
    with open(HELDOUT, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _load_scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_heldout_file_is_well_formed():
    reports = _reports()
    assert len(reports) == 40
    assert [r["id"] for r in reports] == [f"heldout-{n:03d}" for n in range(1, 41)]
    for report in reports:
        assert {"id", "source", "url", "lang", "published", "title", "text", "claims"} <= set(report), report["id"]
        assert report["lang"] == "en"
        published = date.fromisoformat(report["published"])
        assert 2019 <= published.year <= 2026
        assert "\n\n" in report["text"] or len(report["text"]) < 400, report["id"]
        for claim in report["claims"]:
            where = f"{report['id']}: {claim}"
            assert set(claim) == CLAIM_FIELDS, where
            assert claim["event"] in EVENTS and claim["qualifier"] in QUALIFIERS and claim["kind"] in KINDS, where
            assert isinstance(claim["count"], int) and claim["count"] >= 1, where
            assert len(claim["country"]) == 2 and claim["country"].isupper(), where
            assert set(claim["offences"]) <= OFFENCES, where
            assert isinstance(claim["names"], list) and isinstance(claim["optional"], bool), where
            start, end = claim["period_start"], claim["period_end"]
            assert (start is None) == (end is None), where
            if start:
                assert date.fromisoformat(start) <= date.fromisoformat(end), where
                if claim["event"] != "imminent":  # only a scheduled execution may lie after publication
                    assert date.fromisoformat(end) <= published, where


@pytest.mark.skipif(not SCORER.exists(),
                    reason=f"corpus scorer not found at {SCORER} (it lives outside the repository)")
def test_heldout_quality_floor():
    scorer = _load_scorer()
    gold = _reports()
    lines = HELDOUT.read_text(encoding="utf-8").splitlines()
    predicted = {}
    for line in run_jsonl(lines):
        row = json.loads(line)
        assert "error" not in row, row
        predicted.setdefault(row["id"], []).extend(row["claims"])
    figures, errors = scorer.score(gold, predicted)
    figures["f1_ignoring_period"] = scorer.score(gold, predicted, check_period=False)[0]["f1"]

    print("\nheld-out figures:", json.dumps(figures))
    for error in errors:
        print("  ", json.dumps(error, ensure_ascii=False))

    summary = (f"P {figures['precision']} R {figures['recall']} F1 {figures['f1']} "
               f"(floors P {MIN_PRECISION} R {MIN_RECALL} F1 {MIN_F1}); {len(errors)} errors, run with -s to list them")
    assert figures["precision"] >= MIN_PRECISION, summary
    assert figures["recall"] >= MIN_RECALL, summary
    assert figures["f1"] >= MIN_F1, summary
