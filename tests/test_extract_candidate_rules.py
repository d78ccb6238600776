"""The counts of a sentence go through one ordered table of rules (extract/candidates.py; the rules
themselves in extract/candidate_*.py): every id a rule decides with is explained in rules.py, the
claim is made only by the last rule, and a count set aside labels or adds to the claim before it
without being listed as a rejection."""
import ast
import inspect
from datetime import date

import pytest

from extract import candidates, default_extractor
from extract.rules import documented


def ids_decided_with() -> set[str]:
    """The rule ids written in the decisions (Aside, Reject, _refused) of the modules the rules of
    candidates.CANDIDATE_RULES are defined in (candidates.py, candidate_names.py, ...)."""
    modules = {inspect.getmodule(rule) for rule in candidates.CANDIDATE_RULES}
    found = set()
    for node in (n for module in modules for n in ast.walk(ast.parse(inspect.getsource(module)))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("Aside", "Reject", "_refused"):
            found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def test_every_id_a_candidate_rule_decides_with_is_documented():
    found = ids_decided_with()
    assert len(found) >= 10
    assert sorted(rule for rule in found if not documented(rule)) == []


def test_each_rule_says_what_it_decides_and_only_the_last_makes_the_claim():
    table = candidates.CANDIDATE_RULES
    assert len(set(table)) == len(table)
    assert all(rule.__doc__ and rule.__doc__.strip() for rule in table)
    assert table[-1] is candidates.make_claim
    makers = [rule.__name__ for rule in table if "Made(" in inspect.getsource(rule)]
    assert makers == ["make_claim"]


@pytest.mark.parametrize("text, count, names", [
    ("Two people, among them Ali Karimi, were hanged in Qom Prison on Monday.", 2, ("Ali Karimi",)),
    ("Three men and a woman were hanged in Qom Prison on Monday.", 4, ()),
    ("Ali Karimi, a Sunni prisoner, was executed in Qom Prison on Monday.", 1, ("Ali Karimi",)),
])
def test_a_count_set_aside_labels_or_adds_to_the_claim_before_it_and_is_not_listed(text, count, names):
    claims, rejections = default_extractor().explain(text, date(2025, 3, 14))
    assert [(c.count, c.names, c.period_start) for c in claims] == [(count, names, date(2025, 3, 10))]
    assert rejections == []


def test_names_two_paragraphs_on_never_label_an_earlier_claim():
    # "named ... as A and B" labels the last unnamed claim told just before it or in its paragraph;
    # two paragraphs on, the people named are another story's (here: lawyers in detention)
    from datetime import date

    from extract import extract_report

    lead = "Two prisoners were hanged in Isfahan Central Prison on Monday, the group said."
    far = (lead + "\n\nThe judiciary has not announced the executions. Executions in Iran have risen sharply "
           "this year.\n\nSeparately, the group named the detained lawyers as Reza Ahmadi and Kaveh Nouri.")
    near = lead + " Sources named the executed men as Reza Ahmadi and Kaveh Nouri."
    assert [(c.count, c.names) for c in extract_report(far, date(2024, 10, 10))] == [(2, ())]
    assert [(c.count, c.names) for c in extract_report(near, date(2024, 10, 10))] == [
        (2, ("Reza Ahmadi", "Kaveh Nouri"))]
