"""Scheduled executions as wire copy and urgent actions tell them: "Malaysia is preparing to hang X
at Kajang Prison on Friday" (a plan under way, its weekday ahead), "X has been given an execution
date of 14 May" (the day set). Both are imminent claims of that day. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind")


def test_preparing_to_hang_on_a_weekday_is_imminent_on_the_next_such_day():
    got = facts("Singapore is preparing to hang Rosli Bin Kassim at Changi Prison on Friday, his lawyer said.",
                date(2022, 3, 21))
    assert got == [("imminent", 1, "2022-03-25", "2022-03-25", "event")]


def test_given_an_execution_date_is_imminent_on_that_date():
    got = facts("Ramesh Kumar Pillai has been given an execution date of 14 May, a rights group said.",
                date(2022, 5, 2))
    assert got == [("imminent", 1, "2022-05-14", "2022-05-14", "event")]


def test_will_be_hanged_at_a_jail_on_a_day_is_imminent_on_that_day():
    # local news names the jail between the verb and the day: "will be hanged at X Central Jail next Sunday"
    got = facts("Two men condemned for killing a schoolteacher will be hanged at Rajshahi Central Jail next "
                "Sunday, the jail superintendent said.", date(2022, 6, 8))
    assert got == [("imminent", 2, "2022-06-12", "2022-06-12", "event")]


def test_will_be_hanged_without_a_day_is_no_claim():
    got = facts("Rights groups fear the two men will be hanged at Rajshahi Central Jail after their appeal fails.",
                date(2022, 6, 8))
    assert got == []
