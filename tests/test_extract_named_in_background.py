"""Kind: a past execution told as background, a named person with his own year or month.

"The prison once held Ahmad Jalali, hanged in March 2009 over the bombing", "Jalali himself was
hanged in 2009", "The other man, X, was executed in 2010": one person, an incident of that year or
month, never of the report's day. A list of names restating a group keeps the group's verb.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "names", published=date(2021, 9, 2),
                     where={"event": "executed"})


def test_a_participle_set_off_after_a_name_with_its_month():
    assert facts("The prison once held Ahmad Jalali, hanged in March 2009 over the bombing of a mosque.") == [
        (1, "2009-03-01", "2009-03-31", ("Ahmad Jalali",))]


def test_himself_between_the_name_and_its_verb():
    assert facts("Ahmad Jalali himself was hanged in 2009.") == [(1, "2009-01-01", "2009-12-31", ("Ahmad Jalali",))]


def test_one_name_set_off_after_a_description_and_a_singular_verb():
    assert facts("Two men were convicted of the 1998 bombing. The second man convicted in the attack, "
                 "Ahmad Jalali, was executed in 2009.") == [(1, "2009-01-01", "2009-12-31", ("Ahmad Jalali",))]


def test_names_restating_a_group_keep_the_group_verb():
    rows = facts("Two women, Leila Saberi and Mina Ghorbani, were executed in Qazvin on Tuesday.")
    assert [count for count, *_ in rows] == [2]
