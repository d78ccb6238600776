"""Kind: executions told, undated, as what came before the news of their sentence.

"Three Baluch prisoners face imminent execution after four men in their case were already hanged":
the four are background to the warning; with no day of their own they are no incident of the
report's day. Told with a day, or as the news itself, they stay claims.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2023, 2, 14))


def test_executions_behind_a_warning_make_no_claim():
    rows = facts("Three Baluch prisoners in Zahedan are at imminent risk of execution after four men in "
                 "their case were already hanged, the rights group said.")
    assert ("executed", 4, "2023-02-14") not in rows
    assert all(event != "executed" for event, _, _ in rows)


def test_executions_behind_a_death_sentence_make_no_claim():
    rows = facts("A court in Tabriz sentenced Arash Karimi to death on Sunday, after two of his co-defendants "
                 "were executed.")
    assert ("sentenced", 1, "2023-02-12") in rows
    assert all(event != "executed" for event, _, _ in rows)


def test_executions_behind_news_keep_their_own_day():
    rows = facts("Two prisoners are at imminent risk of execution after three of their co-defendants were "
                 "hanged on Monday.")
    assert ("executed", 3, "2023-02-13") in rows


def test_an_execution_after_another_execution_is_still_news():
    rows = facts("Two men were hanged in Qezelhesar on Monday after a third man was hanged in the same "
                 "prison.")
    assert ("executed", 2, "2023-02-13") in rows
    assert any(event == "executed" and count == 1 for event, count, _ in rows)
