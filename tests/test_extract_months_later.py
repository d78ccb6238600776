"""A shift by months ("two months later", "a month earlier") counts from the month named before
it in its sentence, not from the report's day. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2017, 1, 25))


def test_two_months_after_a_named_month():
    got = facts("In April 2013 Bahrain hanged three men convicted of murder, and two months later two "
                "Egyptians were executed.")
    assert ("executed", 2, "2013-06-01", "2013-06-30") in got


def test_a_month_before_a_named_month():
    got = facts("In March 2015 four men were hanged in Kuwait, and a month earlier a woman was executed.")
    assert ("executed", 1, "2015-02-01", "2015-02-28") in got


def test_days_later_still_count_from_the_day():
    got = facts("Two men were hanged in Qom on 3 May 2016, and two days later a woman was hanged there.")
    assert ("executed", 1, "2016-05-05", "2016-05-05") in got
