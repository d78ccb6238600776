"""Wire leads date an execution by another event ("..., two days after the bombing of a market in
X"): the place inside that clause is the other event's, never the executions' site, so a paragraph
naming the people at their own prison labels the same incident. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "location", "names", "period_start")


def test_a_place_after_days_after_is_not_the_site_of_the_executions():
    text = ("Bangladesh hanged two convicted militants on Saturday, officials said, three days after the bombing "
            "of a bus station in Sylhet.\n\n"
            "Abdul Karim Sheikh and Rafiqul Islam Mia were executed in the central jail in Khulna.")
    got = facts(text, date(2017, 4, 13))
    assert got == [("executed", 2, None, ("Abdul Karim Sheikh", "Rafiqul Islam Mia"), "2017-04-08")]


def test_a_place_before_such_a_clause_stays_the_site():
    got = facts("Two men were hanged in Rajshahi on Monday, a week after the attack on a court in Dhaka.",
                date(2017, 4, 13))
    assert got == [("executed", 2, "Rajshahi", (), "2017-04-10")]
