"""Arabic annual figures: "... على العام السابق الذي سُجل فيه N إعداماً" (the previous year, in which N
were recorded) dates N in the year before the statistic it is set against, not in the year written
before it in the sentence (period.previous_year). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")


def test_the_previous_year_in_which_a_figure_was_recorded():
    text = ("وأعدمت السلطات العراقية في عام 2023 ما لا يقل عن 110 أشخاص، أي بزيادة واضحة على العام السابق الذي "
            "سُجل فيه 74 إعداماً، بحسب المنظمة.")
    assert facts(text, date(2024, 5, 20)) == [(74, "2022-01-01", "2022-12-31"), (110, "2023-01-01", "2023-12-31")]


def test_the_rule_is_named():
    rules = claim_reader("count", "rules", lang="ar")(
        "وأعدمت السلطات العراقية في عام 2023 ما لا يقل عن 110 أشخاص، مقارنة بالعام السابق الذي وثقت فيه المنظمة "
        "74 إعداماً.", date(2024, 5, 20))
    assert [(count, "period.previous_year" in r) for count, r in rules] == [(74, True), (110, False)]
