"""`--explain` names every sentence that tells of an execution and yet made no claim and no
rejected candidate, with the rule that says why; it changes no claim."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extract import Extractor
from extract.rules import RULES

MONDAY = date(2025, 9, 16)


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


@pytest.mark.parametrize("text", [
    "The father of two was hanged on Monday in Isfahan.",
    "The prisoner is at risk of imminent execution after being moved to solitary confinement in Qezel Hesar.",
])
def test_a_trigger_with_nobody_counted_is_named_with_its_rule(extractor, text):
    claims, rejections, silent = extractor.account(text, MONDAY)
    assert claims == [] and rejections == []
    [s] = silent
    assert (s.rule, s.evidence, s.field) == ("explain.no_count", text, "text")
    assert text[s.start:s.end] == s.trigger


def test_a_sentence_whose_count_is_read_into_another_claim_says_so(extractor):
    text = "Ali Karimi was hanged in Shiraz on Monday. Karimi was hanged after a trial."
    claims, _, silent = extractor.account(text, MONDAY)
    assert len(claims) == 1
    assert [(s.rule, s.evidence) for s in silent] == [("explain.counts_aside", "Karimi was hanged after a trial.")]


def test_sentences_that_made_a_claim_a_rejection_or_a_claims_support_are_not_silent(extractor):
    text = ("Two prisoners hanged in Ilam\n\nTwo prisoners were executed in Ilam Central Prison on Sunday, "
            "14 September 2025. Two of those executed were women. A man was hanged on Monday in Isfahan.")
    claims, rejections, silent = extractor.account(text, MONDAY)
    assert claims and rejections and silent == []
    assert extractor.explain(text, MONDAY) == (claims, rejections)


def test_the_rules_of_silences_are_documented():
    assert RULES["explain.no_count"][0] and RULES["explain.counts_aside"][0]


def test_explain_prints_the_silent_sentence_through_the_entry_point(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "r1", "published": "2025-09-16", "title": "",
                                  "text": "The father of two was hanged on Monday in Isfahan."}) + "\n")
    out = subprocess.run([str(Path(sys.executable).parent / "vigil"), "extract", "jsonl", str(source), "--explain"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        "r1: 0 claims, 0 rejected candidates, 1 NO CLAIM sentence",
        f'  NO CLAIM "was hanged" by explain.no_count: {RULES["explain.no_count"][0]}',
        '           text: "The father of two was hanged on Monday in Isfahan."',
    ]
