"""A second count left to share the verb of the first, opened by "another" / "a further" or hedged ("Iran
hanged 3 men in Karaj on Monday and another 2 in Isfahan on Tuesday", "Nearly 50 people were executed in
Iran ..., and some 21 in Iraq over the same period"): a claim of its own, with its own place, day or
country and its own qualifier; "over the same period" is then its span, the figure's before it, and no
comparison. A running total "of the week" ("bringing the week's total to 5") counts from the Monday of
the incident told to the last day told; one "of the month" from the 1st. A count after the verb with a
verb of its own ("and another 40 in Isfahan are at risk") is none. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

PUBLISHED = date(2025, 6, 13)   # a Friday
facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind",
                     published=PUBLISHED)
rules_of = claim_reader("count", "rules", published=PUBLISHED)


def test_another_count_with_its_own_place_and_day():
    got = facts("Authorities hanged four men in Qom on Monday and another three in Arak on Wednesday.")
    assert got == [("executed", "IR", 3, "exact", "2025-06-11", "2025-06-11", "event"),
                   ("executed", "IR", 4, "exact", "2025-06-09", "2025-06-09", "event")]


def test_a_further_count_after_a_comma():
    got = facts("Four men were executed in Shiraz on Sunday, and a further 6 in Mashhad on Tuesday.")
    assert ("executed", "IR", 6, "exact", "2025-06-10", "2025-06-10", "event") in got
    assert ("executed", "IR", 4, "exact", "2025-06-08", "2025-06-08", "event") in got


def test_the_weeks_total_runs_from_monday_to_the_last_day_told():
    got = facts("Iran hanged two women in Tabriz on Tuesday and another 5 in Urmia on Thursday, "
                "bringing the week's total to 7.")
    assert got == [("executed", "IR", 2, "exact", "2025-06-10", "2025-06-10", "event"),
                   ("executed", "IR", 5, "exact", "2025-06-12", "2025-06-12", "event"),
                   ("executed", "IR", 7, "exact", "2025-06-09", "2025-06-12", "aggregate")]
    assert "period.running_total.the_week" in dict(rules_of(
        "Iran hanged two women in Tabriz on Tuesday and another 5 in Urmia on Thursday, "
        "bringing the week's total to 7."))[7]


def test_this_months_tally_and_the_total_for_the_week():
    assert ("executed", "IR", 31, "exact", "2025-06-01", "2025-06-11", "aggregate") in facts(
        "Two men were hanged in Qom on Wednesday, taking this month's tally to 31.")
    assert ("executed", "IR", 3, "exact", "2025-06-09", "2025-06-12", "aggregate") in facts(
        "One man was hanged in Tabriz on Monday and two in Urmia on Thursday, bringing the total for the week to three.")


def test_a_hedged_count_in_another_country_over_the_same_period():
    text = ("At least 120 people were hanged in Iran in May, and some 15 in Saudi Arabia over the same "
            "period, the monitors said.")
    got = facts(text)
    assert got == [("executed", "IR", 120, "at_least", "2025-05-01", "2025-05-31", "aggregate"),
                   ("executed", "SA", 15, "about", "2025-05-01", "2025-05-31", "aggregate")]
    # the same period is the second figure's span, no comparison of the first
    assert "period.same_period_compared" not in dict(rules_of(text))[120]


def test_a_hedged_count_of_another_month():
    got = facts("Saudi Arabia executed 17 people in March, and at least 12 in May.")
    assert ("executed", "SA", 12, "at_least", "2025-05-01", "2025-05-31", "aggregate") in got


def test_a_count_with_a_verb_of_its_own_is_no_claim():
    assert facts("Three men were hanged in Karaj on Monday and another 40 in Isfahan are at risk of execution.") == [
        ("executed", "IR", 3, "exact", "2025-06-09", "2025-06-09", "event")]
    assert facts("Three men were hanged in Karaj on Monday and some 200 in Tehran gathered outside the prison.") == [
        ("executed", "IR", 3, "exact", "2025-06-09", "2025-06-09", "event")]


def test_a_verb_after_both_counts_is_shared():
    got = facts("On Tuesday, 12 prisoners in Gohardasht and another five in Ilam were hanged, a rights group said.")
    assert ("executed", "IR", 5, "exact", "2025-06-10", "2025-06-10", "event") in got
    assert ("executed", "IR", 12, "exact", "2025-06-10", "2025-06-10", "event") in got


def test_a_country_first_with_its_figure_over_the_same_period():
    text = "Iran carried out at least 130 executions in May, and Iraq some 9 over the same period."
    got = facts(text)
    assert ("executed", "IQ", 9, "about", "2025-05-01", "2025-05-31", "aggregate") in got
    assert "period.same_period_compared" not in dict(rules_of(text))[130]
    # a capitalised word that is no country, with a number, is no figure of the statistic
    assert [r[2] for r in facts("Iran carried out at least 130 executions in May, and Ward 9 over the same period.")] == [130]
