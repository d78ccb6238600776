"""Kind: a named person set off by commas beside the verb that tells their execution: the name
as an apposition ("Another of them, 40-year-old X, was hanged"), after a description of the person
("the hanging of the second detainee, X, on ..."), or before a participle set off by commas
("X, executed in March, had spent ...").

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2025, 6, 12))


def test_name_as_apposition_closed_by_a_comma():
    assert facts("Another of the escapees, 41-year-old Karim Bahadori, was hanged in Dizelabad prison "
                 "on May 20.") == [("executed", 1, "2025-05-20", "2025-05-20", ("Karim Bahadori",))]


def test_name_after_a_description_of_the_person():
    assert facts("Protests followed the execution of the second detainee, Navid Rostami, on Monday, 9 June.") == [
        ("executed", 1, "2025-06-09", "2025-06-09", ("Navid Rostami",))]


def test_name_before_a_participle_set_off_by_commas():
    assert facts("Leonard Pike, executed in April, had served in the Navy before his arrest.") == [
        ("executed", 1, "2025-04-01", "2025-04-30", ("Leonard Pike",))]


def test_a_described_person_counted_once():
    # "a farmer, X": the count and the name are one person, one claim
    assert facts("Iran executed a farmer, Jalal Moradi, on Tuesday in Zahedan.") == [
        ("executed", 1, "2025-06-10", "2025-06-10", ("Jalal Moradi",))]


def test_a_name_in_a_list_is_not_set_off():
    # the people named as victims of a crime are not the executed
    assert facts("The court heard that Omid Faraji, a shopkeeper, was killed in 2019.") == []
