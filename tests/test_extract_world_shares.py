"""A country's share of a world total in a review of the world: one country's share ("Egypt accounted
for 88 of the executions") is that country's figure; a share several countries named before it hold
together ("Iran and Iraq were jointly responsible for 900 of them") is their sum, no country's claim;
a country named as left out of a figure ("the top executioner outside China") is not where it was
counted. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2022, 5, 24))
LEAD = "Executions around the world rose again in 2021, the rights group said in its global report.\n\n"


def test_one_countrys_share_of_the_executions():
    got = facts(LEAD + "Egypt accounted for 88 of the executions recorded by the group.")
    assert ("executed", "EG", 88, "2021-01-01", "2021-12-31") in got


def test_one_countrys_share_of_the_recorded_hangings():
    got = facts(LEAD + "Saudi Arabia accounted for 65 of the recorded hangings.")
    assert ("executed", "SA", 65, "2021-01-01", "2021-12-31") in got


def test_a_share_held_jointly_is_no_countrys():
    got = facts(LEAD + "Iran and Iraq were jointly responsible for 900 of the known executions. "
                "Iran hanged at least 314 people.")
    assert [row for row in got if row[2] == 900] == []
    assert ("executed", "IR", 314, "2021-01-01", "2021-12-31") in got


def test_a_country_left_out_is_not_the_figures():
    got = facts(LEAD + "Saudi Arabia, which resumed mass executions, was the second executioner outside China "
                "with at least 65 executions.")
    assert ("executed", "SA", 65, "2021-01-01", "2021-12-31") in got
    assert [row for row in got if row[1] == "CN"] == []
