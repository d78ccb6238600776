"""A relative partitive ("40 of whom") after a count that is no execution figure (arrests) is a part
of that count, never of the breakdown of the executed told in the sentence before (session 16).
Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_a_part_of_the_arrested_after_a_breakdown_of_the_executed_is_no_execution():
    text = ("At least 71 prisoners were hanged in March, the group said. Those executed included 9 women and "
            "6 Afghan nationals. Nearly 1,500 people were detained during the month, 35 of whom face charges "
            "that carry the death penalty.")
    got = facts(text, date(2025, 4, 5))
    assert ("executed", "IR", 9, "2025-03-01", "2025-03-31", "aggregate") in got
    assert not [g for g in got if g[2] in (35, 1500)]
