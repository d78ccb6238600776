"""Quality gate: the extractor scored against the labelled corpus (../shared/corpus).

The floors are pinned here; lowering one takes an explicit edit of this file
(STYLE.md item 16). The corpus digest is pinned too: when the corpus changes the
gate still runs, and the failure message (or a printed note) shows the new digest
so that whoever updates the floors knows the ground moved.
"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.jsonl import run_jsonl

from labelled_sets import CORPUS
FILES = ("dev.jsonl", "seed.jsonl")
MIN_F1 = 0.85
MIN_PRECISION = 0.90
CORPUS_DIGEST = "f8cb4c0719c84c721d4726da05aac983f74daa0f988237cd93d17044091a9129"  # sha256(dev.jsonl + seed.jsonl)


def corpus_digest() -> str:
    h = hashlib.sha256()
    for name in FILES:
        h.update((CORPUS / name).read_bytes())
    return h.hexdigest()


@pytest.mark.skipif(not all((CORPUS / f).exists() for f in FILES + ("score.py",)),
                    reason=f"labelled corpus not found at {CORPUS} (it lives outside the repository)")
def test_quality_gate(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"".join((CORPUS / name).read_bytes().rstrip(b"\n") + b"\n" for name in FILES))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(line + "\n" for line in run_jsonl(gold.read_text(encoding="utf-8").splitlines())),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, str(CORPUS / "score.py"), str(gold), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    digest = corpus_digest()
    note = "" if digest == CORPUS_DIGEST else f" (corpus changed: digest {digest}, pinned {CORPUS_DIGEST})"
    if note:
        print(note)
    assert figures["precision"] >= MIN_PRECISION, f"precision {figures['precision']} < {MIN_PRECISION}{note}: {figures}"
    assert figures["f1"] >= MIN_F1, f"F1 {figures['f1']} < {MIN_F1}{note}: {figures}"
