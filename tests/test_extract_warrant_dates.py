"""Kind: a death warrant's signing day read as the day of the execution it sets. A US report says
"the governor on Friday signed a death warrant for a man ...", then "X is scheduled to die on
March 3": one imminent execution, on the day set for it (SCHEMA.md: an imminent claim's period is
the scheduled date), with his name; a day without its year told as scheduled is ahead, not behind."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "names", published=date(2031, 11, 14))


def test_the_warrant_and_the_person_scheduled_are_one_imminent_execution():
    got = facts("TALLAHASSEE, Fla. (AP) — Gov. Ana Ruiz on Friday signed a death warrant for a man convicted "
                "of killing a pharmacist in 1994.\n\nPeter Lomax, 59, is scheduled to die by lethal injection "
                "on Dec. 9 at Florida State Prison.")
    assert got == [("imminent", 1, "2031-12-09", ("Peter Lomax",))]


def test_a_day_told_as_scheduled_early_next_year_is_next_year():
    got = facts("Peter Lomax, 59, is scheduled to die by lethal injection on Feb. 3 at Florida State Prison.")
    assert got == [("imminent", 1, "2032-02-03", ("Peter Lomax",))]


def test_a_past_day_without_its_year_stays_behind():
    got = facts("Peter Lomax was executed on Feb. 3 at Florida State Prison.")
    assert got == [("executed", 1, "2031-02-03", ("Peter Lomax",))]
