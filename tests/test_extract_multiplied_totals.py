"""A change of one country's total told without years after a verb that multiplies it ("doubled
its total to 300 from 150", "tripled its executions, from at least 9 to at least 27"): the later
end is the statistic's span, the earlier end the same span a year before. And "its total" in a
range of years speaks of the executions the sentence before told, in any form of the verb
("executing 500 people ... Its total rose from 40 in 2021 to 90 in 2022")."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "qualifier", "period_start", "period_end", published=date(2024, 5, 29))

_LEAD = "Executions around the world rose to a five-year high in 2023, the rights group's annual report shows.\n\n"


def test_to_then_from():
    rows = facts(_LEAD + "Somalia doubled its annual total to at least 38 from 19.")
    assert ("SO", 38, "at_least", "2023-01-01", "2023-12-31") in rows
    assert ("SO", 19, "exact", "2022-01-01", "2022-12-31") in rows


def test_from_then_to():
    rows = facts(_LEAD + "Kuwait almost tripled its executions, from at least 5 to at least 14.")
    assert ("KW", 14, "at_least", "2023-01-01", "2023-12-31") in rows
    assert ("KW", 5, "at_least", "2022-01-01", "2022-12-31") in rows


def test_its_total_after_a_sentence_told_with_executing():
    text = (_LEAD + "Egypt accounted for much of the rise, executing 60 people. "
            "Somalia tripled its total, from 12 in 2022 to 36 in 2023.")
    rows = facts(text)
    assert ("SO", 36, "exact", "2023-01-01", "2023-12-31") in rows
    assert ("SO", 12, "exact", "2022-01-01", "2022-12-31") in rows
