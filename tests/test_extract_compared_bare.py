"""A compared number written with no time after it ("..., up from 11.") or belittled ("up from just
two in 2023"): beside a year's figure, the bare one is the year before's (period.compared_bare); beside
a shorter figure it is not dated, so no claim. A belittling word is no hedge. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2024, 4, 3),
                     where={"kind": "aggregate", "event": "executed"})


def test_up_from_a_bare_number_beside_a_years_figure_is_the_year_before():
    text = "Somalia executed 38 people in 2023, while Iraq carried out 16 executions, down from 20."
    assert ("IQ", 20, "2022-01-01", "2022-12-31") in facts(text)


def test_a_bare_number_beside_a_months_figure_makes_no_claim():
    text = "Iraq carried out 16 executions in February, up from 9."
    assert facts(text) == [("IQ", 16, "2024-02-01", "2024-02-29")]


def test_compared_with_a_bare_number_is_too_loose():
    text = "Iraq carried out 16 executions in 2023, compared with 9, officials said."
    assert facts(text) == [("IQ", 16, "2023-01-01", "2023-12-31")]


def test_just_before_a_compared_number_is_no_hedge():
    text = "Kuwait executed 11 people for drug offences in 2023, up from just one in 2022."
    assert ("KW", 1, "2022-01-01", "2022-12-31") in facts(text)
