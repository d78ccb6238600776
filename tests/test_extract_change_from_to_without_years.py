"""A change told earlier end first with no years after a verb of change ("executions fell for a third
year, from 31 to 22", "Egypt's tally doubled from 30 to 60"): the earlier end is the year before the
statistic's, the later end the statistic's own; a range of something else makes no claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2024, 5, 29))
Y22, Y23 = ("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31")


def test_a_change_with_words_between_verb_and_ends_gives_both_years():
    text = ("Executions worldwide rose in 2023, Amnesty said in its annual review. In Japan, hangings fell for a "
            "third year in a row, from 31 to 22, the group said.")
    assert facts(text) == [("executed", "JP", 22, *Y23), ("executed", "JP", 31, *Y22)]


def test_a_country_s_own_total_changed_from_one_figure_to_another():
    text = ("Executions worldwide rose in 2023, Amnesty said in its annual review. Egypt's tally doubled from 30 "
            "to 60, the group said.")
    assert facts(text) == [("executed", "EG", 30, *Y22), ("executed", "EG", 60, *Y23)]


def test_a_change_of_arrests_is_no_claim():
    text = ("Executions worldwide rose in 2023, Amnesty said in its annual review. In Egypt, arrests rose from "
            "300 to 500, the group said.")
    assert facts(text) == []
