"""An appeal to halt plans to execute someone, an adverb between the verb of stopping and the plan
("urging him to halt immediately any plans to execute X"), tells what should not happen: no claim.
A plan told as news stays an imminent claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "names", published=date(2020, 11, 25))


def test_appeal_to_halt_at_once_any_plans():
    text = ("Write to the head of the judiciary, urging him to halt immediately any plans to execute Reza "
            "Alavi and to quash his conviction.")
    assert facts(text) == []


def test_appeal_to_stop_urgently_the_plans():
    text = "We call on the authorities to stop urgently the plans to execute Reza Alavi."
    assert facts(text) == []


def test_plans_told_as_news_stay_imminent():
    text = "The authorities plan to execute Reza Alavi in Evin Prison on Sunday, his lawyer said."
    assert facts(text) == [("imminent", 1, ("Reza Alavi",))]
