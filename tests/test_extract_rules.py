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


def test_a_headline_total_of_dated_incidents_is_listed_as_rejected_with_its_rule():
    # the headline adds up the two dated incidents the body tells: it is no third incident, and
    # --explain must say which rule dropped it rather than letting it vanish
    text = ("Three Kurdish prisoners executed in Ilam and Karaj.\n\n"
            "Kurdish prisoner Saman Karimi was hanged in Ilam Central Prison on Wednesday, the rights group said. "
            "Two other Kurdish prisoners, Hiwa Rahimi and Karim Ahmadi, were executed in Ghezel Hesar Prison "
            "in Karaj on Sunday.")
    claims, rejections = default_extractor().explain(text, date(2025, 3, 14))
    assert sorted((c.count, c.period_start) for c in claims) == [(1, date(2025, 3, 12)), (2, date(2025, 3, 9))]
    assert [(r.text, r.rule) for r in rejections] == [("Three Kurdish prisoners", "merge.headline_sum")]
    assert documented("merge.headline_sum")
