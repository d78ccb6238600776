"""A part set off by commas right after a count ("21 people, including a woman, at ... on Tuesday")
does not end the count's clause: the place and day after the closing comma are the count's.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", "location", published=date(2024, 9, 26))


def test_the_day_after_a_part_set_off_dates_the_group():
    got = facts("Iraqi authorities hanged at least 21 people, including a woman, at the central prison in the "
                "southern city of Nasiriyah on Tuesday, three security sources said on Wednesday.")
    assert got == [("executed", 21, "2024-09-24", "2024-09-24", "event", "Nasiriyah")]


def test_among_them_set_off_before_the_day():
    got = facts("Nine prisoners, among them two women, were hanged in Qezel Hesar Prison on Monday.")
    assert ("executed", 9, "2024-09-23", "2024-09-23", "event", "Qezel Hesar Prison") in got


def test_a_part_whose_clause_holds_its_own_date_keeps_it():
    got = facts("At least 196 people were executed in the first half of the year, including 81 men executed "
                "on a single day in March.")
    assert ("executed", 196, "2024-01-01", "2024-06-30", "aggregate", None) in got
