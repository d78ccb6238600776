"""Kind: a figure, then after a colon its people each with their own day and the verb left out:
"Texas has executed two men this year: A on Jan. 9 and B on Feb. 4". One incident per person on their
day; the figure is no incident of the first day. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2027, 2, 20))


def test_names_with_bare_days_after_a_colon_are_one_incident_each():
    got = facts("Texas has already executed two men this year: Harold Dean Pruitt on Jan. 9 and "
                "Luis Alberto Ocampo on Feb. 4, both convicted of killing police officers.")
    assert ("executed", 1, "2027-01-09", "2027-01-09", "event") in got
    assert ("executed", 1, "2027-02-04", "2027-02-04", "event") in got
    assert ("executed", 2, "2027-01-09", "2027-01-09", "event") not in got


def test_an_age_may_stand_between_the_name_and_its_day():
    got = facts("Iran hanged two more protesters in January: Reza Karimi, 24, on January 6, and "
                "Amir Sadeghi, 31, on January 19.")
    assert ("executed", 1, "2027-01-06", "2027-01-06", "event") in got
    assert ("executed", 1, "2027-01-19", "2027-01-19", "event") in got
    assert ("executed", 2, "2027-01-01", "2027-01-31", "aggregate") in got


def test_a_day_of_another_deed_after_the_name_splits_nothing():
    # the day after each name is the arrest's ("arrested on"), not the execution's
    got = facts("Iran hanged two protesters on Tuesday: Reza Karimi, arrested on January 6, and "
                "Amir Sadeghi, arrested on January 19.")
    assert ("executed", 2, "2027-02-16", "2027-02-16", "event") in got
