"""Kind: the second of a pair, named and set off by commas: "The other man, X, was executed in 2010".

One person of a pair told before (not the pair itself) is a new person, named in apposition to
"the other man": the verb after the closing comma is his, an incident with its own year.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "names", published=date(2024, 3, 8),
                     where={"event": "executed"})


def test_the_other_man_named_in_apposition_was_executed_in_his_year():
    rows = facts("Brown was one of two men convicted of the 1991 robbery. The other man, Dale Warren "
                 "Hicks, was executed in 2012.")
    assert rows == [(1, "2012-01-01", "2012-12-31", ("Dale Warren Hicks",))]


def test_the_other_two_named_stay_unclaimed_as_before():
    # "the other two" point back at people told before as a group: their names alone make no claim
    rows = facts("Four men were convicted of the attack. The other two, Dale Hicks and Roy Brown, were "
                 "executed in 2012.")
    assert all(count != 1 for count, *_ in rows)
