"""Kind: a sentence with an execution or death-sentence trigger that yields no claim, and the reason
`vigil extract jsonl FILE --explain` gives for it. Every such sentence is listed, with the rule that
set it aside, and the reason is the right one: a halted execution is "not done", never "its counts
labelled another claim"; a trigger that only says what may happen is hypothetical; a relative with
no count is "nobody counted".

Through the command line, as staff run it. Sentences are our own, written for the kind; none is
copied from a labelled set."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.rules import RULES

REPORTS = {
    # a named prisoner whose execution was stopped: the name is set aside by the clause rule
    "halted_named": "The hanging of Kamal Rostami was called off at the last minute on Tuesday.",
    # an execution planned, then stopped, in one sentence
    "planned_then_halted": ("Bahram Nouri was due to be executed at dawn on Sunday, but the execution was "
                            "stopped after the family of the victim granted him forgiveness."),
    # a judge's stay, told before the noun trigger
    "stayed": "A court in Tabriz stayed the execution of Yousef Karami on Thursday.",
    # nobody counted, and the clause says it was stopped
    "halted_uncounted": "Relatives of the prisoner said the hanging of their son was postponed on Monday.",
    # a relative of someone, no count
    "relative": "His cousin was hanged as well.",
    # only a plea or a fear: the trigger is hypothetical
    "hypothetical": "Lawyers fear the two brothers could be hanged within days.",
    "plea": "Campaigners urged Tehran to halt the execution of Davoud Ahmadi and Saman Kheiri.",
}


@pytest.fixture(scope="module")
def explained(tmp_path_factory) -> dict[str, list[str]]:
    """The --explain lines of each report, by id, from one run of the command."""
    source = tmp_path_factory.mktemp("explain") / "reports.jsonl"
    source.write_text("".join(json.dumps({"id": key, "published": "2025-06-20", "title": "", "text": text}) + "\n"
                              for key, text in REPORTS.items()))
    out = subprocess.run([str(Path(sys.executable).parent / "vigil"), "extract", "jsonl", str(source), "--explain"],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    by_id: dict[str, list[str]] = {}
    key = None
    for line in out.stdout.splitlines():
        if not line.startswith(" "):
            key = line.split(":", 1)[0]
        by_id.setdefault(key, []).append(line)
    return by_id


def _reasons(lines: list[str]) -> list[str]:
    """The rule ids of the NO CLAIM and REJECTED lines of one report."""
    return [line.split(" by ", 1)[1].split(":", 1)[0] for line in lines
            if line.startswith(("  NO CLAIM", "  REJECTED"))]


@pytest.mark.parametrize("key", ["halted_named", "planned_then_halted", "stayed", "halted_uncounted"])
def test_a_halted_execution_says_it_was_not_done(explained, key):
    lines = explained[key]
    assert lines[0].startswith(f"{key}: 0 claims")
    assert _reasons(lines) == ["reject.not_done"]
    assert f"reject.not_done: {RULES['reject.not_done'][0]}" in "\n".join(lines)


def test_a_relative_with_no_count_says_nobody_was_counted(explained):
    lines = explained["relative"]
    assert lines == [
        "relative: 0 claims, 0 rejected candidates, 1 NO CLAIM sentence",
        f'  NO CLAIM "was hanged" by explain.no_count: {RULES["explain.no_count"][0]}',
        '           text: "His cousin was hanged as well."',
    ]


@pytest.mark.parametrize("key", ["hypothetical", "plea"])
def test_a_feared_or_pleaded_execution_is_hypothetical(explained, key):
    lines = explained[key]
    assert lines[0].startswith(f"{key}: 0 claims")
    [reason] = _reasons(lines)
    assert reason in ("reject.hypothetical", "explain.hypothetical")


def test_every_report_here_lists_a_reason(explained):
    assert set(explained) == set(REPORTS)
    assert all(_reasons(lines) for lines in explained.values())


def test_the_new_reasons_are_documented():
    assert RULES["explain.hypothetical"][0] and RULES["reject.hypothetical"][0]
