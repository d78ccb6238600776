"""A name written right after a capitalised word that opens no name: "on Monday Jack Jones and Marcel
Williams were put to death", "In March Ali Rezaei was hanged". The weekday, the month or the
preposition is no part of the name, and the people after it are counted. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", "period_start", published=date(2019, 5, 10))


def test_a_weekday_before_two_names():
    got = facts("Texas executed Tom Baker on May 1, and on Tuesday Ray Stone and Lee Hart were put to death hours apart.")
    assert (2, ("Ray Stone", "Lee Hart"), "2019-05-07") in got
    assert (1, ("Tom Baker",), "2019-05-01") in got


def test_a_preposition_and_a_weekday_before_a_name():
    got = facts("On Wednesday Daniel Cole was executed in Huntsville.")
    assert (1, ("Daniel Cole",), "2019-05-08") in got


def test_a_month_before_a_name():
    got = facts("In April Hamid Karimi was hanged in Qom.")
    assert [row[:2] for row in got] == [(1, ("Hamid Karimi",))]


def test_a_weekday_before_a_place_is_no_name():
    got = facts("On Monday Tehran hanged two men.")
    assert all(row[1] == () for row in got)
