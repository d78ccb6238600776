"""A figure told twice, once bare and once hedged, is one claim with the hedge: a source that
writes "at least 64" anywhere gives 64 as a lower bound, and a reviewer quoting the claim must not
read it as exact. The claim says why (`qualifier.restated`) and keeps the hedged sentence as support."""
from datetime import date

from claim_rows import claim_reader

TUESDAY = date(2025, 9, 23)
facts = claim_reader("count", "qualifier", "period_start", "period_end", "kind", published=TUESDAY)
rules = claim_reader("rules", published=TUESDAY)


def test_a_weekly_figure_hedged_when_told_again_is_a_lower_bound():
    text = ("Iran put 64 people to death in the past week, the monitor said.\n\n"
            "No fewer than 64 prisoners were hanged across the country in the past week, by its count.")
    assert facts(text) == [(64, "at_least", "2025-09-16", "2025-09-22", "aggregate")]
    [claim_rules] = rules(text)
    assert "qualifier.restated" in claim_rules and "merge.restatement" in claim_rules


def test_an_incident_hedged_in_the_body_keeps_the_hedge():
    text = ("Four men were hanged in Shiraz on Sunday, a rights group said.\n\n"
            "At least four prisoners were executed in Shiraz on Sunday, local sources added.")
    assert facts(text) == [(4, "at_least", "2025-09-21", "2025-09-21", "event")]


def test_two_hedges_keep_the_first_and_a_bare_retelling_does_not_remove_one():
    text = ("More than 30 people were executed in Iran last week, the group said.\n\n"
            "30 executions were recorded last week, it added.")
    assert facts(text) == [(30, "more_than", "2025-09-15", "2025-09-21", "aggregate")]
    [claim_rules] = rules(text)
    assert "qualifier.restated" not in claim_rules


def test_persian_and_arabic_retellings_keep_the_hedge_too():
    arabic = ("أعدمت السلطات الإيرانية 12 سجيناً في سجن قزل حصار يوم الأحد.\n\n"
              "وقالت منظمة حقوقية إن ما لا يقل عن 12 سجيناً أعدموا في سجن قزل حصار يوم الأحد.")
    assert claim_reader("count", "qualifier", published=TUESDAY, lang="ar")(arabic) == [(12, "at_least")]
