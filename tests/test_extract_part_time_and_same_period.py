"""A time told only of a part ("twelve of this year's executions") is not a new span for the figures
after it, and "Over the same period" opening a sentence is the period of the figure before it, not a
comparison. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2025, 3, 20)
facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=PUB)
rules = claim_reader("count", "rules", published=PUB)

SPAN = ("2024-03-01", "2025-02-28")
LEAD = ("Between 1 March 2024 and 28 February 2025, at least 412 prisoners were hanged in Iran, the group "
        "said. Twelve of this year's executions took place in public.\n\n")


def test_an_undated_figure_after_a_part_of_this_years_executions_keeps_the_stated_span():
    got = facts(LEAD + "At least 95 people were sentenced to death, among them four women.")
    assert [g for g in got if g[0] == "sentenced"] == [
        ("sentenced", 4, *SPAN, "aggregate"), ("sentenced", 95, *SPAN, "aggregate")]
    # the part itself is of the stated span too, not of the calendar year to date
    assert [g[2:4] for g in got if g[1] == 12] == [SPAN]


def test_over_the_same_period_after_a_part_of_this_years_executions_is_the_stated_span():
    got = facts(LEAD + "Over the same period the courts handed down at least 95 death sentences, at least three "
                "of them to women.")
    assert sorted(g for g in got if g[0] == "sentenced") == [
        ("sentenced", 3, *SPAN, "aggregate"), ("sentenced", 95, *SPAN, "aggregate")]


def test_over_the_same_period_opening_a_sentence_is_the_period_not_a_comparison():
    got = rules("In the first half of 2024, at least 249 people were executed in Iran. Over the same period, "
                "at least 61 people were sentenced to death.")
    assert "period.same_period" in dict(got)[61]


def test_a_rise_over_the_same_period_last_year_is_still_a_comparison():
    got = facts("In the first half of 2024, at least 249 people were executed in Iran, a rise of 40 per cent "
                "over the same period last year.", date(2024, 7, 10))
    assert got == [("executed", 249, "2024-01-01", "2024-06-30", "aggregate")]
