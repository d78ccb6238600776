"""Running figures of a protest movement told in a wire report of one execution: a total whose own
words link its people to the protests ("bringing to five the number of people hanged over the
uprising") runs from the day the protests began to the execution told (period.running_total.raised),
not on that day alone; and a figure told "so far" between its subject and its verb ("the courts
have so far sentenced at least 14 people to death in connection with the unrest") runs from that
start to publication (period.protest_tally), never over a year named elsewhere. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2023, 2, 4),
                     where={"kind": "aggregate"})

LEAD = ("The demonstrations broke out after the death in custody of a young woman on Sept. 16, 2022, and have "
        "posed the gravest challenge to the clerical rulers since the 1979 revolution.\n\n")


def test_a_total_linked_to_the_protests_runs_from_their_start_to_the_execution():
    text = ("TEHRAN - Iran on Thursday hanged a man convicted of stabbing a police officer during the protests, "
            "bringing to five the number of people executed over the uprising.\n\n" + LEAD)
    assert facts(text) == [("executed", 5, "2022-09-16", "2023-02-02", "aggregate")]


def test_so_far_before_the_verb_runs_from_the_protests_start_to_publication():
    text = LEAD + ("Iran's courts have so far sentenced at least 14 people to death in connection with the unrest, "
                   "according to official announcements.")
    assert facts(text) == [("sentenced", 14, "2022-09-16", "2023-02-04", "aggregate")]


def test_a_total_of_the_year_is_no_protest_total():
    text = ("TEHRAN - Iran on Thursday hanged a man convicted of drug trafficking, bringing to 40 the number of "
            "people executed this year, a rights group said.")
    assert facts(text) == [("executed", 40, "2023-01-01", "2023-02-02", "aggregate")]
