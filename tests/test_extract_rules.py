"""Every rule id a claim or a rejection carries is explained in extract/rules.py, and the ids
come in the order the claim was made (what happened, the count, its hedge, then the rest)."""
from datetime import date
from pathlib import Path

from extract import default_extractor
from extract.rules import RULES, documented
from labelled_sets import read_reports

DATA = Path(__file__).parent / "data"


def test_every_rule_emitted_on_the_held_out_reports_is_documented():
    seen, rejected = set(), set()
    for name in ("heldout_reports.jsonl", "heldout2_reports.jsonl"):
        for report in read_reports(DATA / name):
            claims, rejections = default_extractor().explain(
                report["text"], date.fromisoformat(report["published"]), report["title"])
            for claim in claims:
                assert claim.rules, claim
                assert claim.rules[0].startswith(("trigger.", "event.")), claim.rules
                assert claim.rules[1].startswith("count.") or claim.rules[1].startswith("table."), claim.rules
                seen.update(claim.rules)
            rejected.update(r.rule for r in rejections)
    undocumented = sorted(r for r in seen | rejected if not documented(r))
    assert undocumented == []
    assert len(seen) > 20 and len(rejected) >= 3   # the sets exercise most of the table


def test_each_documented_rule_has_a_decision_and_an_example():
    for rule, (decision, example) in RULES.items():
        assert rule.count(".") >= 1 and decision and example, rule


def test_no_rule_is_documented_twice():
    # a dict literal keeps the last of two equal keys silently: the first explanation is lost
    import ast
    import extract.rules

    tree = ast.parse(Path(extract.rules.__file__).read_text(encoding="utf-8"))
    table = next(n.value for n in ast.walk(tree) if isinstance(n, ast.AnnAssign)
                 and getattr(n.target, "id", None) == "RULES")
    keys = [k.value for k in table.keys]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []
