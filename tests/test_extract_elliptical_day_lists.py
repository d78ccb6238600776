"""A day list whose later parts leave out the verb ("two on Sunday and three on Monday") gives each
day's group its own incident; the figure they add up to is their sum, not one more incident."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2024, 5, 9))   # a Thursday


def test_verb_left_out_after_and():
    assert facts("Four women were hanged in Shiraz on Saturday and two on Tuesday.") == [
        ("executed", 2, "2024-05-07"), ("executed", 4, "2024-05-04")]


def test_list_after_the_weeks_figure():
    rows = facts("Nine men were executed in Karaj this week: four on Monday and five on Wednesday.")
    assert ("executed", 4, "2024-05-06") in rows and ("executed", 5, "2024-05-08") in rows
    assert all(r[2] != "2024-05-09" for r in rows)   # no group dated by publication
