"""Two habits of year-end reports on one country's states. A compared clause after "than" with its own
subject ("more than it had in the previous 40 years combined") dates only the compared figure, never
the figure told after it ("while the states carried out nine"). And several states sharing a figure of
one ("Ohio, Idaho and Utah each carried out one") are a part of the year's figure per state, not an
incident dated by some later sentence. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", "location", "period_start", "period_end", published=date(2019, 12, 18))
LEAD = "WASHINGTON — The center released its annual report on executions today.\n\n"


def test_a_compared_clause_after_than_dates_nothing_after_it():
    got = facts(LEAD + "The federal government carried out four executions in 2019, more than it had in the "
                "previous 40 years combined, while the states carried out nine, the fewest since 1990.")
    assert (9, "aggregate", None, "2019-01-01", "2019-12-18") in got
    assert not any(row[0] == 9 and row[3] < "2019-01-01" for row in got)


def test_a_compared_clause_with_another_verb():
    got = facts(LEAD + "Courts imposed 30 new death sentences in 2019, fewer than they did in 2018, and "
                "22 people were executed.")
    assert (22, "aggregate", None, "2019-01-01", "2019-12-18") in got


def test_states_sharing_a_figure_of_one():
    got = facts(LEAD + "Twenty people were executed in 2019. Texas accounted for eight of them. "
                "Ohio, Idaho and Utah each carried out one.\n\n"
                "Two more executions are scheduled: one on January 9 and one on January 16.")
    for state in ("Ohio", "Idaho", "Utah"):
        assert (1, "aggregate", state, "2019-01-01", "2019-12-18") in got
    assert not any(row[0] == 1 and row[1] == "event" and row[3] == "2019-01-09" for row in got)


def test_one_incident_with_each_is_no_state_figure():
    got = facts(LEAD + "On Tuesday, Texas and Georgia each executed one man, hours apart.")
    assert not any(row[1] == "aggregate" and row[0] == 1 for row in got)
