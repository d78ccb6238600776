""""Sent N people to the gallows": the active verb with its people between it and the gallows is an
execution, like "put N people to death"; a part of them told after is a part of that figure."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", published=date(2017, 4, 11))


def test_sent_to_the_gallows_counts_the_people_between():
    text = ("Executions fell worldwide in 2016, the group said. Iraq sent at least 88 prisoners to the gallows last "
            "year, and at least three of them were under 18 when arrested.")
    assert facts(text) == [("executed", "IQ", 3, "at_least", "2016-01-01", "2016-12-31"),
                           ("executed", "IQ", 88, "at_least", "2016-01-01", "2016-12-31")]


def test_sending_a_case_to_a_court_is_no_execution():
    assert facts("Iraq sent 88 cases to the appeals court last year, officials said.") == []
