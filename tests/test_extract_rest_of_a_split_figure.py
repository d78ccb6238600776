"""The rest of a figure after its first part ("Of those hanged, 12 ... The remaining 19 were convicted of
murder: 3 women and 16 men") is a part of the same figure, and so are the groups it is split into after a
colon, all with the figure's period."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2021, 3, 2))
SPAN = ("2021-02-01", "2021-02-28")


def test_the_remaining_people_of_a_figure_and_their_split_are_parts_of_it():
    text = ("Saudi authorities put 31 people to death in February, a monitoring group said. Of those executed, "
            "12 had been convicted of drug smuggling. The remaining 19 were convicted of murder: 3 women and 16 men.")
    assert facts(text) == sorted([("executed", "SA", n, *SPAN) for n in (31, 12, 19, 3, 16)])



def test_a_part_included_between_two_months_takes_that_span():
    text = "Monitors say Iraq has executed at least 400 people since May 2016, including at least 60 between March and August last year."
    got = facts(text, date(2019, 2, 20))
    assert ("executed", "IQ", 60, "2018-03-01", "2018-08-31") in got
