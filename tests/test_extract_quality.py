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

import pytest

from extract.jsonl import run_jsonl

from labelled_sets import CORPUS

# gate: (files, floor F1, floor precision, sha256 of the files' bytes in order)
# dev+seed: the sets the rules grew on. dev+dev2+seed: dev2 is 52 reports written from real public
# reporting in many genres and countries (first look, extractor 2026.11.7: P 0.606 R 0.337 F1 0.433;
# with 2026.11.8: P 0.827 R 0.663 F1 0.736, and dev+dev2+seed P 0.872 R 0.723 F1 0.791; with the
# clause rules of extract/clauses.py: dev2 P 0.869 R 0.676 F1 0.761, dev+dev2+seed P 0.902 R 0.732
# F1 0.808; with the error kinds of tests/test_extract_error_kinds.py: dev2 P 0.911 R 0.697 F1 0.790,
# dev+dev2+seed P 0.932 R 0.747 F1 0.829; with the kinds of tests/test_extract_kinds_h6.py, dev+dev2+seed
# P 0.944 R 0.770 F1 0.848; with the parts and gapped lists of tests/test_extract_recall_s8.py, dev2
# P 0.931 R 0.770 F1 0.843, dev+dev2+seed P 0.946 R 0.800 F1 0.867; with all of 2026.11.15, dev2 P 0.934 R 0.775
# F1 0.847, dev+dev2+seed P 0.949 R 0.808 F1 0.873; with the kinds of tests/test_extract_gate_s9.py, dev2
# P 0.954 R 0.817 F1 0.880, dev+dev2+seed P 0.963 R 0.838 F1 0.896; with the kinds of tests/test_extract_gate_s10.py,
# dev2 P 0.961 R 0.841 F1 0.897, dev+dev2+seed P 0.968 R 0.855 F1 0.908; with 2026.11.18, dev2 P 0.965 R 0.864 F1 0.912,
# dev+dev2+seed P 0.971 R 0.875 F1 0.921; with 2026.11.19, dev+dev2+seed P 0.973 R 0.877 F1 0.923; with 2026.11.20,
# dev+dev2+seed P 0.973 R 0.883 F1 0.926; with 2026.11.21 and 2026.11.22, P 0.975 R 0.883 F1 0.927; with 2026.11.23
# and 2026.11.24, P 0.975 R 0.885 F1 0.928; with 2026.11.25 and 2026.11.26, P 0.977 R 0.887 F1 0.930; with 2026.11.27, P 0.977 R 0.889 F1 0.931). The target for
# dev+dev2+seed is F1 0.92 and P 0.95, pinned below: it is met with about four claims to spare.
GATES = {
    "dev+seed": (("dev.jsonl", "seed.jsonl"), 0.90, 0.95,
                 "f8cb4c0719c84c721d4726da05aac983f74daa0f988237cd93d17044091a9129"),
    "dev+dev2+seed": (("dev.jsonl", "dev2.jsonl", "seed.jsonl"), 0.92, 0.96,
                      "3f97c60015ec7f8640947cfd1a3f8d3b7c56dd189b21fea445ccc3f91a049d4b"),
    # Persian (30 reports) and Arabic (11): first look with no fa/ar pipeline F1 0.0; the
    # extract/lang/ rules reach the figures in the README (with 2026.11.27 dev-fa P 1.0 F1 0.987, dev-ar
    # P 1.0 F1 0.967). The target is F1 0.85, P 0.90.
    "dev-fa": (("dev-fa.jsonl",), 0.96, 0.98, "71eb2c2f7bdcb71f653dafa91b93ac9099bccd3ec5305d2831df415ac601d8a9"),
    "dev-ar": (("dev-ar.jsonl",), 0.95, 0.98, "7b82085d8ff889649a680d4772146719e16f67718dbcf072cc58a4458374f3fb"),
}


def corpus_digest(files) -> str:
    h = hashlib.sha256()
    for name in files:
        h.update((CORPUS / name).read_bytes())
    return h.hexdigest()


@pytest.mark.parametrize("gate", sorted(GATES))
def test_quality_gate(tmp_path, gate):
    files, min_f1, min_precision, pinned = GATES[gate]
    if not all((CORPUS / f).exists() for f in files + ("score.py",)):
        pytest.skip(f"labelled corpus not found at {CORPUS} (it lives outside the repository)")
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"".join((CORPUS / name).read_bytes().rstrip(b"\n") + b"\n" for name in files))
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(line + "\n" for line in run_jsonl(gold.read_text(encoding="utf-8").splitlines())),
                    encoding="utf-8")
    result = subprocess.run([sys.executable, str(CORPUS / "score.py"), str(gold), str(pred), "--json"],
                            capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    digest = corpus_digest(files)
    note = "" if digest == pinned else f" (corpus changed: digest {digest}, pinned {pinned})"
    if note:
        print(note)
    assert figures["precision"] >= min_precision, f"{gate}: precision {figures['precision']} < {min_precision}{note}: {figures}"
    assert figures["f1"] >= min_f1, f"{gate}: F1 {figures['f1']} < {min_f1}{note}: {figures}"
