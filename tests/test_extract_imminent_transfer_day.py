"""An imminent execution with no day of its own takes the day of the transfer told just before
it (SCHEMA.md: the scheduled day, else the transfer or warning day); "at risk of imminent
execution" is read as "at imminent risk of execution"; "at risk" counts stay no claims."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2024, 5, 2),
                     where={"event": "imminent"})


def test_at_risk_after_a_transfer_day_takes_that_day():
    text = ("A Baluch prisoner was hanged in Zahedan Central Prison at dawn on Wednesday 1 May.\n\n"
            "He had been moved to solitary confinement on Monday 29 April along with two other men "
            "convicted of drug offences.\n\n"
            "The two men are still held in solitary confinement and are at imminent risk of execution.")
    assert facts(text) == [("imminent", 2, "2024-04-29", "2024-04-29", ())]


def test_risk_of_imminent_execution_with_a_scheduled_day():
    text = ("Kaveh Ranjbar, 31, is at risk of imminent execution in Qezelhesar Prison. His lawyer was told "
            "that the sentence is scheduled to be carried out on 6 May.")
    assert facts(text) == [("imminent", 1, "2024-05-06", "2024-05-06", ("Kaveh Ranjbar",))]


def test_a_count_at_risk_is_still_no_claim():
    assert facts("At least 40 protesters are at risk of imminent execution, the group warned.") == []
