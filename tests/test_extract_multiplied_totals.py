"""A country's total told as a multiple of its earlier one: "tripled its hangings, to at least 51",
"doubled its annual toll to a record 290 from 140 in 2022", "three times its total of four in 2021",
"its previous high of nine, set in 2009". The later end is the statistic's year; an earlier end or a
record is a claim of its own year (or the year before the statistic's, when none is written).
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "qualifier", "period_start", "period_end", published=date(2024, 5, 14),
                     where={"kind": "aggregate", "event": "executed"})


def test_the_later_end_alone_after_a_multiplying_verb():
    text = ("The group counted 1,210 executions in 20 countries in 2023. "
            "Kuwait nearly tripled its hangings, to at least 51.")
    assert ("KW", 51, "at_least", "2023-01-01", "2023-12-31") in facts(text)


def test_the_number_of_executions_as_what_was_multiplied():
    text = ("The group counted 1,210 executions in 20 countries in 2023. "
            "Egypt more than doubled its number of executions, from at least 30 to at least 75.")
    assert {("EG", 30, "at_least", "2022-01-01", "2022-12-31"),
            ("EG", 75, "at_least", "2023-01-01", "2023-12-31")} <= set(facts(text))


def test_a_record_later_end_and_an_earlier_end_with_its_own_year():
    text = ("The group counted 1,210 executions in 20 countries in 2023. "
            "Jordan doubled its annual toll to a record 290 from 140 in 2021.")
    assert {("JO", 290, "exact", "2023-01-01", "2023-12-31"),
            ("JO", 140, "exact", "2021-01-01", "2021-12-31")} <= set(facts(text))


def test_a_multiple_of_an_owners_earlier_total_with_its_year():
    text = "Missouri executed twelve people in 2023, three times its total of four in 2021."
    assert ("US", 4, "exact", "2021-01-01", "2021-12-31") in facts(text)


def test_a_multiple_of_an_owners_total_with_no_time_makes_no_claim():
    text = "Missouri executed twelve people in 2023, three times its total of four."
    assert facts(text) == [("US", 12, "exact", "2023-01-01", "2023-12-31")]


def test_a_record_with_its_year_after_a_comma():
    text = "Oklahoma has put 11 people to death so far this year, beating its previous high of nine, set in 2009."
    assert ("US", 9, "exact", "2009-01-01", "2009-12-31") in facts(text)


def test_a_possessive_owners_record():
    text = "Kuwait executed 23 people in 2023, well above the emirate's earlier record of 15, set in 2017."
    assert ("KW", 15, "exact", "2017-01-01", "2017-12-31") in facts(text)


def test_a_multiplied_total_of_something_else_makes_no_claim():
    text = "Police in Tehran doubled their arrests to 400 last month, the agency said."
    assert facts(text) == []
