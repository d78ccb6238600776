"""A shift by months that opens its sentence ("Two months before that, ...") counts from the month
told last before it, when that month comes after the last day named: the background of a wire story
("last carried out executions in March 2012 ... Three months before that, ...") is dated in that
past, never from the day of the news. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2018, 2, 14))


def test_months_before_a_month_told_in_the_sentence_before():
    got = facts("Jordan on Tuesday executed four men convicted of murder.\n\n"
                "The kingdom last carried out executions in March 2012, when two Yemenis were hanged. "
                "Three months before that, five men convicted of murder had been put to death.")
    assert ("executed", "JO", 5, "2011-12-01", "2011-12-31") in got


def test_months_after_the_day_of_the_news_stays_on_the_day():
    got = facts("Jordan executed four men on Tuesday. Two months later, a court sentenced three more to death.",
                date(2018, 5, 2))
    assert ("executed", "JO", 4, "2018-05-01", "2018-05-01") in got


shifted = claim_reader("count", "period_start", "period_end", published=date(2019, 3, 14))


def test_months_before_that_count_from_the_month_named_before():
    got = shifted("Bahrain executed two men on Tuesday. Before that, the kingdom last hanged prisoners in "
                  "October 2016, when one man was executed. Three months before that, four men convicted "
                  "of a bombing had been put to death.")
    assert (4, "2016-07-01", "2016-07-31") in got


def test_months_later_count_from_the_month_named_before():
    got = shifted("Bahrain executed two men on Tuesday. The kingdom hanged a police officer's killer in "
                  "May 2017. Two months later, three men convicted of a bombing were put to death.")
    assert (3, "2017-07-01", "2017-07-31") in got


def test_a_day_named_in_between_still_anchors():
    got = shifted("Bahrain executed two men on Tuesday, March 12. Two days before that, a man was hanged in "
                  "Manama.")
    assert (1, "2019-03-10", "2019-03-10") in got
