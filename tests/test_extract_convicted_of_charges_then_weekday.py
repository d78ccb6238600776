"""Wire leads put the conviction between the group and the day: "Belarus executed two men convicted
of robbery and murder on Tuesday". The weekday is the news's, not the conviction's; a year after the
conviction still dates the conviction. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind")


def test_a_weekday_after_convicted_of_bare_charges_dates_the_executions():
    got = facts("Belarus executed two men convicted of robbery and murder on Tuesday, a rights group said.",
                date(2019, 11, 8))
    assert got == [("executed", 2, "2019-11-05", "2019-11-05", "event")]


def test_a_year_after_convicted_of_still_dates_the_conviction():
    got = facts("Two men convicted of murder in 2011 were hanged on Tuesday, a rights group said.",
                date(2019, 11, 8))
    assert got == [("executed", 2, "2019-11-05", "2019-11-05", "event")]
