"""Figures told over an elapsed span rather than a calendar one: "in under six months", "in just over
two years", "in the 12 months since it lifted a moratorium", "in the year since". The span has the
written length and ends on the day of publication (rule period.stated through relative_dates), or,
in a review of a closed span, where that span ends (period.elapsed_in_review). An ordinal told "in
less than a week" gives the gap between two executions, no span. Every sentence is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", "kind", published=date(2019, 3, 14),
                     where={"event": "executed"})


@pytest.mark.parametrize("span,start", [
    ("in under six months", "2018-09-14"),
    ("in just over two years", "2017-03-14"),
    ("in less than a year", "2018-03-14"),
    ("in the 18 months since it ended a moratorium on the death penalty", "2017-09-14"),
    ("in the year since it ended a moratorium on the death penalty", "2018-03-14"),
])
def test_an_elapsed_span_runs_to_publication(span, start):
    text = f"DHAKA - Bangladesh has hanged more than 40 prisoners {span}, a rights group said on Thursday."
    assert facts(text) == [("BD", 40, start, "2019-03-14", "aggregate")]


def test_in_a_review_of_last_year_the_span_ends_with_that_year():
    text = ("Executions in Belarus and Japan fell in 2018, the rights group said on Thursday in its annual review.\n\n"
            "Japan carried out 15 executions in 2018. It also said Taiwan stood out for carrying out "
            "six executions in under four months.")
    assert ("TW", 6, "2018-08-31", "2018-12-31", "aggregate") in facts(text)


def test_an_ordinal_in_less_than_a_week_is_no_span_of_its_own():
    text = ("Kuwait on Monday hanged a man convicted of murder, the second execution in the emirate "
            "in less than a week.")
    got = facts(text, date(2019, 3, 12))
    assert ("KW", 1, "2019-03-11", "2019-03-11", "event") in got
    assert not any(f[2] == "2019-03-05" for f in got), got
