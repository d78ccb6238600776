"""A date after ", beginning in" or ", starting in" closes a clause about when something else began
("carrying out two of its five executions by firing squad, starting in March"): no span of the figure
before it, nor of the review's later figures. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2025, 12, 18))
LEAD = "WASHINGTON (AP) - US executions rose in 2025, a year-end report released Thursday said.\n\n"


def test_a_start_at_the_end_of_a_clause_dates_no_figure():
    got = facts(LEAD + "Idaho became the first state to return to the firing squad, carrying out two of its five "
                "executions by that method, starting in March. Juries imposed 22 new death sentences.")
    assert [row for row in got if row[3] == "2025-03-01"] == []
    assert ("sentenced", "US", 22, "2025-01-01", "2025-12-18") in got
