"""Countries with a bracketed figure each in a clause with no event word of its own ("...; the other 90
were carried out in 14 countries, among them Somalia (21) and Japan (4)") split the figure of the claim
told last in the paragraph, and are of its event and span. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2021, 4, 21))
LEAD = "Recorded executions fell in 2020, the group said in its global review of the death penalty.\n\n"


def test_bracketed_countries_after_a_semicolon():
    got = facts(LEAD + "Egypt alone carried out 107 executions. Most took place in a handful of states; the other "
                "90 were carried out in 14 countries, among them Somalia (21), Japan (4) and Botswana (3).")
    assert ("executed", "SO", 21, "2020-01-01", "2020-12-31") in got
    assert ("executed", "JP", 4, "2020-01-01", "2020-12-31") in got
    assert ("executed", "BW", 3, "2020-01-01", "2020-12-31") in got


def test_bracketed_ages_of_people_are_no_figures():
    got = facts("Two brothers, Ali (34) and Reza (29), were arrested in Tehran on Monday.")
    assert got == []
