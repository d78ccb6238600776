"""A large group told with no day ("Bahrain has executed six prisoners, its first executions in
years") whose next sentence opens on its people and gives the day ("They were hanged at dawn on
Monday") is an incident on that day, not a figure refused for want of a date.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", published=date(2024, 5, 8))


def test_they_with_a_day_in_the_next_sentence_dates_the_group():
    got = facts("Bahrain has executed six prisoners, among them two brothers, in its first executions since 2019. "
                "They were hanged at dawn on Monday, the interior ministry said.")
    assert got == [("executed", 6, "2024-05-06", "event")]


def test_the_six_with_a_day_dates_the_group():
    got = facts("Authorities have executed five men convicted of drug smuggling, rights monitors said.\n\n"
                "The five were hanged on Tuesday, May 7, relatives said.")
    assert got == [("executed", 5, "2024-05-07", "event")]


def test_a_next_sentence_about_something_else_dates_nothing():
    got = facts("Bahrain has executed six prisoners in its first executions since 2019. "
                "They had been arrested during protests on Monday, March 4, 2019.")
    assert got == []
