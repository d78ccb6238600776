"""Reviews size a change, then name the earlier figure with "the" and a clause of its own ("a drop
of 40 percent from the 90 it recorded in 2017"): that figure is a claim of its own year. Every
report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_a_figure_after_a_change_from_the_is_a_claim_of_its_year():
    got = facts("The monitor counted at least 700 executions in 2018. Pakistan carried out 14 executions, a drop "
                "of 40 percent from the 60 it recorded in 2017.", date(2019, 4, 10))
    assert ("executed", "PK", 14, "2018-01-01", "2018-12-31", "aggregate") in got
    assert ("executed", "PK", 60, "2017-01-01", "2017-12-31", "aggregate") in got


def test_the_percentage_itself_is_no_claim():
    got = facts("The monitor counted at least 700 executions in 2018. Pakistan carried out 14 executions, a drop "
                "of 40 percent from the 60 it recorded in 2017.", date(2019, 4, 10))
    assert not [g for g in got if g[2] == 40]
