"""A tally of death sentences or executions over the protests, told "so far" or hedged in the
present perfect, runs from the day the protests began to the report's date; dates that follow
the protests' mention date the protests, not the tally. A count with a day of its own is an incident."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2022, 12, 20))


def test_so_far_sentenced_over_the_unrest():
    text = ("Courts have so far handed down at least 14 death sentences in connection with the unrest, "
            "official media say.")
    assert facts(text) == [("sentenced", 14, "2022-09-16", "2022-12-20", "aggregate")]


def test_the_date_after_the_protests_dates_the_protests():
    text = ("The judiciary has to date sentenced 13 people to death over the protests, which broke out after "
            "the death of Mahsa Amini on Sept. 16.")
    assert facts(text) == [("sentenced", 13, "2022-09-16", "2022-12-20", "aggregate")]


def test_hedged_perfect_tally():
    text = "Rights groups say at least 20 protesters have been sentenced to death in connection with the uprising."
    assert facts(text) == [("sentenced", 20, "2022-09-16", "2022-12-20", "aggregate")]


def test_a_day_before_the_protests_mention_dates_an_incident():
    text = "On Monday two men were hanged so far from home, in connection with the protests."
    assert ("executed", 2, "2022-12-19", "2022-12-19", "event") in facts(text)
