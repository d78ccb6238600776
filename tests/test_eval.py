"""`vigil eval`: extraction scored against a labelled file, the way the corpus's SCHEMA.md
describes (largest one-to-one pairing, period tolerance, optional claims neutral)."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from vigil.cli import cli
from vigil.evaluation import extract_reports, fits, read_gold, score

CORPUS = Path(os.environ.get("VIGIL_CORPUS") or Path(__file__).parents[2] / "shared" / "corpus")


def claim(count: int = 2, start: str | None = "2025-09-16", end: str | None = "same", **fields) -> dict:
    return {"event": "executed", "country": "IR", "count": count, "qualifier": "exact", "kind": "event",
            "period_start": start, "period_end": start if end == "same" else end, "offences": [], "location": None,
            "names": [], **fields}


def report(*claims: dict, report_id: str = "r1") -> dict:
    return {"id": report_id, "published": "2025-09-20", "title": "", "text": "", "claims": list(claims)}


# --- step 1: when a prediction fits a gold claim --------------------------------------------

@pytest.mark.parametrize("gold, predicted, expected", [
    (claim(start="2025-09-16"), claim(start="2025-09-17"), True),       # one day off a one-day period
    (claim(start="2025-09-16"), claim(start="2025-09-18"), False),
    (claim(start="2025-01-01", end="2025-01-30"), claim(start="2025-01-04", end="2025-01-27"), True),  # 30 days: 3
    (claim(start="2025-01-01", end="2025-01-30"), claim(start="2025-01-05", end="2025-01-30"), False),
    (claim(start=None, end=None), claim(start="2020-01-01"), True),     # an undated gold claim takes any period
    (claim(start="2025-09-16"), claim(start=None, end=None), False),    # an undated prediction fits no dated one
    (claim(count=2), claim(count=3), False),
    (claim(), claim(country="IQ"), False),
    (claim(), claim(event="sentenced"), False),
    (claim(), claim(count="two"), False),
])
def test_a_prediction_fits_on_event_country_count_and_period(gold, predicted, expected):
    assert fits(gold, predicted) is expected


# --- steps 2 and 3: pairing, optional claims ------------------------------------------------

def test_the_pairing_is_the_largest_whatever_the_order():
    """A prediction that fits both gold claims must leave the other one its only partner."""
    wide = claim(start=None, end=None)          # fits any dated prediction of 2
    narrow = claim(start="2025-09-16")
    both = claim(start="2025-09-16")            # fits wide and narrow
    only_wide = claim(start="2025-06-01")       # fits wide only
    for gold in ([wide, narrow], [narrow, wide]):
        for predicted in ([both, only_wide], [only_wide, both]):
            figures = score([report(*gold)], {"r1": predicted}).figures
            assert (figures["true_positives"], figures["false_positives"], figures["false_negatives"]) == (2, 0, 0)


def test_optional_claims_are_neither_required_nor_penalised():
    headline = claim(count=5, kind="aggregate", optional=True)
    body = claim(count=2)
    missing_it = score([report(headline, body)], {"r1": [claim(count=2)]})
    finding_it = score([report(headline, body)], {"r1": [claim(count=2), claim(count=5, kind="aggregate")]})
    for result in (missing_it, finding_it):
        assert (result.figures["true_positives"], result.figures["false_positives"],
                result.figures["false_negatives"]) == (1, 0, 0)
        assert result.figures["precision"] == result.figures["recall"] == 1.0


def test_errors_and_agreements_are_reported():
    gold = [report(claim(count=2, offences=["drug"], location="Adelabad Prison, Shiraz"), claim(count=7)),
            report(claim(count=1), report_id="r2")]
    predicted = {"r1": [claim(count=2, offences=["drug"], location="Shiraz"), claim(count=9)]}
    result = score(gold, predicted)
    assert [(e.report_id, e.kind, e.claim["count"]) for e in result.errors] == [
        ("r1", "missed", 7), ("r1", "spurious", 9), ("r2", "missed", 1)]
    assert result.figures["precision"] == 0.5 and result.figures["recall"] == 0.333 and result.figures["f1"] == 0.4
    assert result.figures["location_agreement"] == 1.0  # "Shiraz" is inside the gold location
    assert result.figures["offences_agreement"] == 1.0


# --- the command -------------------------------------------------------------------------

def test_eval_scores_a_labelled_file_and_shows_errors(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Two men were hanged in Ghezel Hesar Prison in Karaj on Tuesday, Iran Human Rights reported."
    gold.write_text(json.dumps({"id": "a", "published": "2025-09-18", "title": "Two hanged in Karaj", "text": text,
                                "claims": [claim(count=2, start="2025-09-16"), claim(count=40, start="2025-09-16")]})
                    + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold), "--show-errors", "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "a  missed    executed IR 40 (exact, event) 2025-09-16"
    figures = json.loads(lines[-1])
    assert (figures["true_positives"], figures["false_negatives"]) == (1, 1)
    below = CliRunner().invoke(cli, ["eval", str(gold), "--min-f1", "0.9"])
    assert below.exit_code == 1
    assert below.stderr == "error: F1 0.667 is below --min-f1 0.9\n"


def test_a_line_that_is_not_a_report_is_a_usage_error_naming_it(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(report(claim())) + "\n{\"id\": \"b\"}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 2
    assert result.stderr == f"error: {gold}: line 2: expected a report with \"id\" and a \"claims\" list\n"


@pytest.mark.parametrize("label, problem", [
    ({"period_start": "10 Nov"}, "period_start must be a date as YYYY-MM-DD or null, not '10 Nov'"),
    ({"event": "hanged"}, "event must be one of executed, sentenced, imminent, not 'hanged'"),
    ({"qualifier": None}, "qualifier must be one of exact, at_least, more_than, about, at_most, not None"),
    ({"country": "Iran"}, "country must be an ISO 3166 alpha-2 code such as \"IR\", not 'Iran'"),
    ({"count": "2"}, "count must be a whole number of at least 1, not '2'"),
    ({"offences": ["drugs"]}, "offences must be a list of drug, murder, rape, espionage, political, armed_robbery, "
                              "other, not ['drugs']"),
    ({"period_start": "2025-09-18", "period_end": "2025-09-16"}, "period_start 2025-09-18 is after period_end 2025-09-16"),
])
def test_a_label_that_cannot_be_scored_is_a_usage_error_naming_its_claim(tmp_path, label, problem):
    """A malformed label would count silently as a miss (or stop the run with a traceback): the
    analyst is told which report, which claim and what SCHEMA.md expects instead."""
    gold = tmp_path / "gold.jsonl"
    rows = [report(claim()), report(claim(), claim(**label), report_id="r2")]
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {gold}: line 2: report 'r2', claim 2: {problem}\n"


def test_every_problem_of_a_labelled_file_is_listed_in_one_run(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rows = [json.dumps(report(claim(), claim(qualifier=None))), "{not json", json.dumps(report(claim(count=0), report_id="r3"))]
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"error: {gold}: line 1: report 'r1', claim 2: qualifier must be one of exact, at_least, more_than, about, "
        "at_most, not None\n"
        f"error: {gold}: line 2: not JSON: Expecting property name enclosed in double quotes\n"
        f"error: {gold}: line 3: report 'r3', claim 1: count must be a whole number of at least 1, not 0\n")


def test_a_report_without_a_published_date_is_scored_with_a_warning(tmp_path):
    gold = tmp_path / "gold.jsonl"
    undated = dict(report(claim(start="2025-09-16")), published=None,
                   text="Two men were hanged in Karaj on Tuesday, a rights group said.")
    gold.write_text(json.dumps(undated) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 0, result.output
    assert f"warning: {gold}: r1: no \"published\" date, so no relative date in it can be resolved" in result.stderr
    assert "qualifier_agreement: n/a (no claim paired)" in result.stdout


def test_a_file_not_in_utf8_is_a_usage_error_naming_it(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes((json.dumps(report(claim())) + "\n").encode("utf-16"))
    result = CliRunner().invoke(cli, ["eval", str(gold)])
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: {gold}: line 1: not UTF-8 text (byte 0xff at column 1); save the file as UTF-8\n"


# --- the same figures as the corpus's own scorer --------------------------------------------

@pytest.mark.skipif(not (CORPUS / "dev.jsonl").exists() or not (CORPUS / "score.py").exists(),
                    reason=f"the labelled corpus is not at {CORPUS} (set VIGIL_CORPUS): nothing to compare with")
def test_figures_equal_the_corpus_scorer_on_dev():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold_path = CORPUS / "dev.jsonl"
    reports = read_gold(gold_path.read_text(encoding="utf-8").splitlines(), gold_path.name)
    predictions, refused = extract_reports(reports)
    assert refused == []
    for check_period in (True, False):
        ours = score(reports, predictions, check_period=check_period)
        theirs, their_errors = reference.score(reports, predictions, check_period=check_period)
        assert ours.figures == theirs
        assert [(e.report_id, e.kind, e.claim) for e in ours.errors] == [
            (e["id"], "missed" if "missed" in e else "spurious", e.get("missed") or e.get("spurious"))
            for e in their_errors]
