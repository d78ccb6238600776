"""A report that corrects an earlier report: the count told as what was reported ("reported the
execution of three") is replaced by the smaller count of the same day the correction gives; with
no correction in the report, a reported count stays a claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2025, 4, 10), where={"event": "executed"})


def test_a_corrected_figure_of_the_same_day_replaces_the_reported_one():
    text = ("Hengaw on Tuesday reported the execution of four prisoners in Qazvin Central Prison. New "
            "information shows that three men were hanged on Tuesday; the fourth, a 22-year-old, was taken "
            "back to his ward after the family of the victim asked for more time.")
    assert facts(text) == [("executed", 3, "2025-04-08")]


def test_websites_that_reported_a_hanging_since_corrected():
    text = ("A prisoner said to have been hanged in Arak is alive, his family says. Several websites reported "
            "on Sunday that all four had been hanged. Three of the men, Ali Zare, Reza Kia and Omid Safavi, were "
            "executed in Arak Central Prison on Sunday, 6 April, relatives confirmed.")
    assert facts(text) == [("executed", 3, "2025-04-06")]


def test_without_a_correction_a_reported_count_stays():
    text = ("Hengaw on Tuesday reported the execution of four prisoners in Qazvin Central Prison. Two of "
            "them were hanged for drug trafficking on Tuesday.")
    assert ("executed", 4, "2025-04-08") in facts(text)
