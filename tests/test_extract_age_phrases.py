"""A number right after "at the age of" or "at age" is an age, never a count of people (session 16);
after "under the age of 18," the next number is a count again. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_the_age_at_arrest_is_no_count_of_the_hanged():
    got = facts("Two brothers who were detained at the age of 16 were hanged in Qom prison on 4 March 2021, the "
                "group said.", date(2021, 3, 8))
    assert ("executed", "IR", 2, "2021-03-04", "2021-03-04", "event") in got
    assert not [g for g in got if g[2] == 16]


def test_an_age_told_with_at_age_is_no_count():
    got = facts("A man convicted of a killing he committed at age 17 was executed in Isfahan on Sunday.",
                date(2022, 6, 14))
    assert ("executed", "IR", 1, "2022-06-12", "2022-06-12", "event") in got
    assert not [g for g in got if g[2] == 17]


def test_after_an_age_limit_and_a_comma_the_next_number_is_a_count():
    got = facts("More than 200 people were hanged in the province in 2019. Six of them were under the age of "
                "18, and four were hanged in public.", date(2020, 2, 1))
    assert ("executed", "IR", 4, "2019-01-01", "2019-12-31", "aggregate") in got
