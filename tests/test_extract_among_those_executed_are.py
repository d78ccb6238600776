""""Among those executed this year are at least 38 women": the present tense of "those executed ...
were" names a part of the year's figure, with the span the sentence gives."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", published=date(2025, 6, 30))


def test_among_those_executed_this_year_are():
    text = ("The group has counted 610 executions in Iran since 1 January. Among those executed this year are "
            "at least 17 Afghan nationals.")
    assert ("executed", 17, "at_least", "2025-01-01", "2025-06-30") in facts(text)


def test_among_the_prisoners_hanged_in_a_month_is_a_named_man():
    rows = facts("Among the prisoners hanged in May is Karim Baluchi, a fuel porter from Saravan.")
    assert rows == [("executed", 1, "exact", "2025-05-01", "2025-05-31")]
