"""A month named beside the current one: Iranian month names after a preposition ("During
Azar") and "the previous month" / "the month before". Every sentence here is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind")


@pytest.mark.parametrize("text, published, expected", [
    ("Rights groups recorded 41 executions in October. In the previous month, the group had documented 35 executions.",
     date(2024, 11, 5), ("executed", 35, "2024-09-01", "2024-09-30", "aggregate")),
    ("In the Iranian month of Azar, the network recorded 29 executions. In the preceding month, Aban, it had "
     "documented 17 executions.", date(2024, 12, 24), ("executed", 17, "2024-10-23", "2024-11-21", "aggregate")),
    # the month before, in apposition to a month named: that month itself
    ("In Bahman, the group recorded 30 executions. In Dey, the month before, the group counted 23 executions.",
     date(2025, 2, 10), ("executed", 23, "2024-12-22", "2025-01-20", "aggregate")),
    ("In Mehr, the group recorded 30 executions. The month before, it counted 26 executions.",
     date(2024, 10, 20), ("executed", 26, "2024-08-23", "2024-09-22", "aggregate")),
])
def test_the_previous_month_is_the_month_before_the_one_reported(text, published, expected):
    assert expected in facts(text, published)


def test_an_iranian_month_after_a_preposition_dates_a_figure():
    assert facts("During Azar, three prisoners were sentenced to death in political cases.", date(2024, 12, 24)) == [
        ("sentenced", 3, "2024-11-22", "2024-12-21", "aggregate")]


def test_a_news_agency_of_the_same_name_is_no_month():
    got = facts("Two men were hanged in Qom on Monday, according to a report in Mehr news agency.", date(2024, 10, 17))
    assert got == [("executed", 2, "2024-10-14", "2024-10-14", "event")]
