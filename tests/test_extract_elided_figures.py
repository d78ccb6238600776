"""Country figures of an annual review told with the noun left out or beside another figure's year:
"while Jordan carried out 15.", "while Yemen put at least 12 to death", "Iraq at least 40, nearly three
times the 14 it recorded in 2019" (the later year is the compared figure's), "... from 61 in 2019,
while Kuwait carried out nine executions" (the earlier clause's year is the range's), "a method it
used for the first time in March" (no date of the figure). Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2021, 4, 7),
                     where={"kind": "aggregate", "event": "executed"})

LEAD = "LONDON - Egypt carried out 107 executions in 2020, the rights group said on Wednesday.\n\n"


def test_carried_out_with_no_noun_counts_executions():
    got = facts(LEAD + "Saudi Arabia executed 27 people, while Jordan carried out 15.")
    assert ("JO", 15, "2020-01-01", "2020-12-31") in got


def test_a_number_inside_put_to_death():
    got = facts(LEAD + "Saudi Arabia executed 27 people in 2020, while Yemen put at least 12 to death.")
    assert ("YE", 12, "2020-01-01", "2020-12-31") in got


def test_the_year_after_a_compared_figure_is_not_the_countrys():
    got = facts(LEAD + "Iraq carried out at least 40, nearly three times the 14 it recorded in 2019.")
    assert ("IQ", 40, "2020-01-01", "2020-12-31") in got and ("IQ", 14, "2019-01-01", "2019-12-31") in got


def test_the_year_of_an_earlier_clauses_figure_is_not_the_later_countrys():
    got = facts(LEAD + "Saudi Arabia halved its total to 27 from 61 in 2019, while Kuwait carried out "
                       "nine executions, twice the 4 recorded a year earlier.")
    assert ("KW", 9, "2020-01-01", "2020-12-31") in got and ("KW", 4, "2019-01-01", "2019-12-31") in got


def test_a_first_time_date_is_no_date_of_the_figure():
    got = facts(LEAD + "Saudi Arabia carried out 27, including four by firing squad, a method it used for "
                       "the first time in March.")
    assert ("SA", 27, "2020-01-01", "2020-12-31") in got
