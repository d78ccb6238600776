"""An execution told with no date of its own, in a relative clause that says when it was announced
("the execution of X, ..., which the judiciary announced on 28 October"), is dated by that day, not
by the report's publication."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "names", published=date(2024, 11, 25))


def test_which_the_judiciary_announced_on_a_day():
    text = ("The case that drew most attention this month was the execution of Parviz Alavi, a Swedish-Iranian "
            "academic, which the judiciary announced on 12 November.")
    assert facts(text) == [("executed", 1, "2024-11-12", ("Parviz Alavi",))]


def test_whose_execution_was_announced_by_state_media():
    text = ("The most talked-about hanging of the month was that of Parviz Alavi, a dissident seized in "
            "Turkey in 2019, whose execution was announced by state media on Tuesday, 12 November.")
    assert facts(text) == [("executed", 1, "2024-11-12", ("Parviz Alavi",))]
