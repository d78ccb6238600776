"""Death sentences of which a part was carried out: "31 death sentences ..., 6 of which were carried
out" is a figure of death sentences, never 31 executions (session 16); "the death sentences of three
men were carried out" is still three executions. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_sentences_with_a_part_carried_out_are_no_executions():
    text = ("At least 520 people were hanged in Iran in 2022, the group said. Revolutionary courts also handed "
            "down 31 death sentences over the protests, 6 of which have been carried out.")
    got = facts(text, date(2023, 2, 1))
    assert not [g for g in got if g[2] == 31 and g[0] == "executed"]
    assert ("sentenced", "IR", 31, "2022-01-01", "2022-12-31", "aggregate") in got


def test_sentences_carried_out_whole_are_executions():
    got = facts("The death sentences of four men were carried out at dawn on Sunday in Shiraz.", date(2023, 2, 7))
    assert ("executed", "IR", 4, "2023-02-05", "2023-02-05", "event") in got
