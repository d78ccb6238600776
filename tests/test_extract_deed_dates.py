"""Kind: the date of the deed read as the execution's. Wire reports say what a person was hanged
for, with the deed's own date ("for stabbing a guard on 3 May", "for a bombing at a market in
June"): that date is the deed's, and the execution keeps the day the report gives it elsewhere."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2031, 10, 9))
rules = claim_reader("rules", published=date(2031, 10, 9))


def test_a_date_at_the_end_of_the_deed_clause_is_the_deeds():
    got = facts("BAGHDAD, Oct 9 - Iraq on Thursday hanged a man convicted of terrorism. Karim Saadi was "
                "hanged after being convicted of planting a bomb outside a market in Basra and wounding "
                "two policemen on March 4, the ministry said.")
    assert got == [("executed", "IQ", 1, "2031-10-09", "2031-10-09", "event")]


def test_a_month_after_an_attack_told_with_for_dates_the_attack():
    got = facts("China on Tuesday executed Wang Lei, 30, in the city of Hefei for a stabbing "
                "at a railway station in April that killed four people, the court said.")
    assert got == [("executed", "CN", 1, "2031-10-07", "2031-10-07", "event")]


def test_the_claim_says_a_date_was_set_apart():
    got = rules("Wang Lei, 30, was executed in Hefei on Tuesday for an attack at a railway station in April.")
    assert any("period.offence_date_apart" in r for r in got)


def test_a_bare_weekday_after_the_deed_is_still_the_news():
    got = facts("Iran hanged a man for killing his brother on Wednesday, his lawyer said.")
    assert got == [("executed", "IR", 1, "2031-10-08", "2031-10-08", "event")]


def test_a_date_before_the_deed_clause_stays_the_executions():
    got = facts("Ali Rezaei was hanged on 5 October for smuggling heroin in 2027.")
    assert got == [("executed", "IR", 1, "2031-10-05", "2031-10-05", "event")]


def test_a_tally_so_far_is_counted_from_the_unrest_when_its_month_was_the_deeds():
    got = facts("On Monday, Iran hanged Reza Karimi, who was convicted of setting fire to a police post in "
                "Shiraz in October. The judiciary has so far handed down 14 death sentences over the unrest, "
                "which began on Sept. 20.", published=date(2031, 12, 16))
    assert ("sentenced", "IR", 14, "2031-09-20", "2031-12-16", "aggregate") in got
