"""A part of a part whose whole is written in words: "eleven of these fourteen were Baluch" is one
count of eleven, and the "fourteen" it splits is the figure told before, never a second claim of
fourteen (session 16). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_the_whole_of_a_part_in_words_makes_no_claim_of_its_own():
    text = ("At least 612 prisoners were hanged in Iran in 2023, the group said. Fourteen of those executed "
            "had been convicted of political offences; eleven of these fourteen were Baluch.")
    got = facts(text, date(2024, 1, 30))
    assert [g for g in got if g[2] == 14] == [("executed", "IR", 14, "2023-01-01", "2023-12-31", "aggregate")]
    assert ("executed", "IR", 11, "2023-01-01", "2023-12-31", "aggregate") in got
