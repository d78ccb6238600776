"""Checking and scoring a labelled set of reports (corpus format, ../shared/corpus/SCHEMA.md)
with the corpus's own score.py, for the held-out sets in tests/data/."""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from pathlib import Path

# the labelled corpus lives outside the repository, beside it; VIGIL_CORPUS names it from a worktree elsewhere
CORPUS = Path(os.environ.get("VIGIL_CORPUS") or Path(__file__).parents[2] / "shared" / "corpus")
SCORER = CORPUS / "score.py"

EVENTS = {"executed", "sentenced", "imminent"}
QUALIFIERS = {"exact", "at_least", "more_than", "about", "at_most"}
KINDS = {"event", "aggregate"}
OFFENCES = {"drug", "murder", "rape", "espionage", "political", "armed_robbery", "other"}
CLAIM_FIELDS = {"event", "country", "count", "qualifier", "period_start", "period_end", "kind",
                "offences", "location", "names", "optional"}
REPORT_FIELDS = {"id", "source", "url", "lang", "published", "title", "text", "claims"}


def corpus_texts(names: tuple[str, ...]) -> list[str]:
    """The report texts of the corpus files `names` that are present (none where the corpus is absent)."""
    return [json.loads(line)["text"] for name in names if (CORPUS / name).exists()
            for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def read_reports(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def check_report(report: dict) -> None:
    """Assert that one report and its claims follow SCHEMA.md's form."""
    assert REPORT_FIELDS <= set(report), report.get("id")
    assert report["lang"] in ("en", "fa", "ar"), report.get("id")
    published = date.fromisoformat(report["published"])
    for claim in report["claims"]:
        where = f"{report['id']}: {claim}"
        assert set(claim) == CLAIM_FIELDS, where
        assert claim["event"] in EVENTS and claim["qualifier"] in QUALIFIERS and claim["kind"] in KINDS, where
        assert isinstance(claim["count"], int) and not isinstance(claim["count"], bool) and claim["count"] >= 1, where
        assert isinstance(claim["country"], str) and len(claim["country"]) == 2 and claim["country"].isupper(), where
        assert isinstance(claim["offences"], list) and set(claim["offences"]) <= OFFENCES, where
        assert claim["location"] is None or isinstance(claim["location"], str), where
        assert isinstance(claim["names"], list) and all(isinstance(n, str) for n in claim["names"]), where
        assert isinstance(claim["optional"], bool), where
        start, end = claim["period_start"], claim["period_end"]
        assert (start is None) == (end is None), where
        if start:
            assert date.fromisoformat(start) <= date.fromisoformat(end), where
            if claim["event"] != "imminent":  # only a scheduled execution may lie after publication
                assert date.fromisoformat(end) <= published, where


def load_scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_extractor(path: Path) -> tuple[dict, list]:
    """Run the extractor over a labelled set and score it: (figures, errors)."""
    from extract.jsonl import run_jsonl

    scorer = load_scorer()
    predicted: dict[str, list] = {}
    for line in run_jsonl(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        assert "error" not in row, row
        predicted.setdefault(row["id"], []).extend(row["claims"])
    gold = read_reports(path)
    figures, errors = scorer.score(gold, predicted)
    figures["f1_ignoring_period"] = scorer.score(gold, predicted, check_period=False)[0]["f1"]
    return figures, errors
