"""A shift by months that opens a sentence ("Three months before that, ...", "Two months later,
...") counts from the month the sentence before named, not from the report's news day: an old
hanging retold for context is not dated to last autumn. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2019, 3, 14))


def test_months_before_that_count_from_the_month_named_before():
    got = facts("Bahrain executed two men on Tuesday. Before that, the kingdom last hanged prisoners in "
                "October 2016, when one man was executed. Three months before that, four men convicted "
                "of a bombing had been put to death.")
    assert (4, "2016-07-01", "2016-07-31") in got


def test_months_later_count_from_the_month_named_before():
    got = facts("Bahrain executed two men on Tuesday. The kingdom hanged a police officer's killer in "
                "May 2017. Two months later, three men convicted of a bombing were put to death.")
    assert (3, "2017-07-01", "2017-07-31") in got


def test_a_day_named_in_between_still_anchors():
    got = facts("Bahrain executed two men on Tuesday, March 12. Two days before that, a man was hanged in "
                "Manama.")
    assert (1, "2019-03-10", "2019-03-10") in got
