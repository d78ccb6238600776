"""Two ordinals told of one execution, each with its own span: "the fourth this year and the 15th
since hangings resumed in March 2022". Each runs from the start its own words give, never from the
other's (session 16). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_each_of_two_ordinals_joined_by_and_the_takes_its_own_span():
    text = ("Malaysia hanged a 51-year-old man convicted of drug trafficking at Kajang Prison on 14 May 2024. "
            "He was the third person executed in the country this year and the 11th since the government "
            "lifted its moratorium in June 2022.")
    got = facts(text, date(2024, 5, 15))
    assert ("executed", "MY", 3, "2024-01-01", "2024-05-14", "aggregate") in got
    assert ("executed", "MY", 11, "2022-06-01", "2024-05-14", "aggregate") in got
    assert not [g for g in got if g[2] == 3 and g[3] == "2022-06-01"]


def test_and_the_before_an_ordinal_with_no_span_after_it_counts_nothing():
    got = facts("The guard was the second man to see him and the third to speak to his family.",
                date(2024, 5, 15))
    assert got == []


def test_a_second_ordinal_takes_the_month_of_its_since_clause_though_the_first_is_one():
    # the first ordinal ("the first ... this year") counts no one more; the second runs from the month
    # its "since" clause names, not from the first one's "this year"
    text = ("Campaigners said it was the first hanging in Malaysia this year and the ninth since the courts "
            "resumed executions in May 2024 after a long pause.")
    assert claim_reader("count", "period_start", "period_end", published=date(2025, 6, 12))(text) == [
        (9, "2024-05-01", "2025-06-12")]
