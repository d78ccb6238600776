"""A date in a clause opened by "after" and a body that decided ("after the Supreme Court last week
rejected his appeal", "after the president turned down his plea on Sunday") is the lead-up's, never
the execution's: with no other date the execution takes the report's. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2018, 10, 4))


def test_a_court_decision_last_week_does_not_date_the_hanging():
    assert facts("Anwar Hossain Molla was hanged at Kashimpur Central Jail after the High Court last week "
                 "dismissed his final appeal.") == [(1, "2018-10-04", "2018-10-04")]


def test_a_day_before_the_clause_still_dates_it():
    assert facts("Two men were hanged at Kashimpur Central Jail on Tuesday after the president rejected "
                 "their mercy petitions.") == [(2, "2018-10-02", "2018-10-02")]
