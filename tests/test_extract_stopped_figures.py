"""A figure with no trigger of its own, object of an active verb that plans or stops what it
counts ("the governor had scheduled six executions", "judges blocked three of them"), is executions
that did not take place: no claim. A figure of executions carried out stays one."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", published=date(2023, 10, 5))


def test_scheduled_executions_are_no_claim():
    text = "Oklahoma had scheduled six executions for the autumn, citing its supply of lethal drugs."
    assert facts(text) == []


def test_halted_part_of_a_planned_series_is_no_claim():
    text = ("The governor planned nine executions over two weeks before the drugs expired. "
            "Federal judges have blocked three of them.")
    assert facts(text) == []


def test_executions_carried_out_stay_claims():
    text = "Texas carried out six executions in September, the state prison agency said."
    assert facts(text) == [("executed", "US", 6)]
