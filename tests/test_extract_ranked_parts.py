"""A ranking inside a statistic: "Vakilabad carried out the most executions (31), followed by Qezel
Hesar (22) and Dizelabad (9)", "Baluch prisoners made up the largest number of executions, with 19
cases (12%), followed by Kurds with 14". The head and each part after "followed by" are parts of
the statistic told before, with its period. A bracketed number after a name with no ranked head
is as often an age, and makes no part. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2024, 7, 3),
                     where={"event": "executed"})


def test_bracketed_parts_of_a_ranking_take_the_statistics_period():
    text = ("At least 160 people were executed in Iran in the first half of 2024. By prison, Vakilabad "
            "carried out the most executions (31), followed by Qezel Hesar (22) and Dizelabad (9).")
    assert facts(text) == [(9, "2024-01-01", "2024-06-30", "aggregate"), (22, "2024-01-01", "2024-06-30", "aggregate"),
                           (31, "2024-01-01", "2024-06-30", "aggregate"), (160, "2024-01-01", "2024-06-30", "aggregate")]


def test_parts_after_with_and_a_bracketed_share():
    text = ("At least 160 people were executed in Iran in the first half of 2024. Baluch prisoners made up "
            "the largest number of executions, with 19 cases (12%), followed by Kurds with 14 and Lors with 11.")
    assert facts(text) == [(11, "2024-01-01", "2024-06-30", "aggregate"), (14, "2024-01-01", "2024-06-30", "aggregate"),
                           (19, "2024-01-01", "2024-06-30", "aggregate"), (160, "2024-01-01", "2024-06-30", "aggregate")]


def test_a_share_in_brackets_is_no_head():
    text = ("At least 160 people were executed in Iran in the first half of 2024. Drug charges accounted for "
            "the most executions (54%).")
    assert facts(text) == [(160, "2024-01-01", "2024-06-30", "aggregate")]


def test_bracketed_ages_after_names_make_no_parts():
    text = ("Two men, Hamid Rostami (31), followed by Karim Moradi (27), were hanged in Qazvin prison on Monday.")
    assert [row[0] for row in facts(text)] == [2]
