"""Year-end reviews of US executions: a figure for the states outside one is of the reviewed year,
never of a month the report reads as still to come ("from March onward" in a January report); the
figure compared with it keeps its own year. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2024, 1, 3))


def test_a_figure_outside_one_state_is_of_the_reviewed_year():
    text = ("The United States carried out 24 executions in 2023, according to year-end figures released "
            "by a research group, with Texas accounting for eight of them.\n\n"
            "The governor signed warrants at a steady pace from March onward, the group said.\n\n"
            "Outside Texas, 16 people were executed in four states, compared with 10 executions carried "
            "out in five states in 2022.")
    got = facts(text)
    assert ("executed", "US", 24, "2023-01-01", "2023-12-31") in got
    assert ("executed", "US", 16, "2023-01-01", "2023-12-31") in got
    assert ("executed", "US", 10, "2022-01-01", "2022-12-31") in got
    assert not [g for g in got if g[4] > "2024-01-03"]
