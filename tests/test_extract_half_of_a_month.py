"""Kind: "the first half of May" is days 1-15 of May (the second half the 16th to its end), never the
first half of the year followed by a month. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader
from extract.dates import find_dates

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2019, 6, 3))


def spans(text: str) -> list:
    return [(m.text, str(m.period_start), str(m.period_end)) for m in find_dates(text, date(2019, 6, 3))]


def test_the_first_half_of_a_month_is_its_first_fifteen_days():
    assert spans("in the first half of May") == [("the first half of May", "2019-05-01", "2019-05-15")]
    assert spans("in the second half of April") == [("the second half of April", "2019-04-16", "2019-04-30")]


def test_the_first_half_of_the_year_is_unchanged():
    assert spans("in the first half of the year") == [("the first half of the year", "2019-01-01", "2019-06-30")]


def test_a_figure_of_the_first_half_of_a_month():
    got = facts("At least 34 prisoners were executed in Iran in the first half of May, the group said.")
    assert got == [("executed", 34, "2019-05-01", "2019-05-15")]
