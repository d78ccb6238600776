"""Kind: an execution reported as set for a day ("has set an execution date of Nov. 4 for X", "will
hang a man ... on Friday", "was informed that he would be executed on 12 June"): an imminent claim whose
period is the scheduled day. "will execute" with no day is a threat or a condition, and no claim.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2024, 5, 29))


def test_an_execution_date_with_an_abbreviated_month():
    assert facts("Oklahoma has set an execution date of Jun. 13 for Darnell Price, convicted of a 2001 murder.") == [
        ("imminent", 1, "2024-06-13", "2024-06-13", ("Darnell Price",))]


def test_will_hang_with_the_day_after_the_object():
    assert facts("Malaysia will hang a man convicted of trafficking cannabis on Friday, his lawyer said.") == [
        ("imminent", 1, "2024-05-31", "2024-05-31", ())]


def test_will_execute_without_a_day_is_no_plan():
    assert facts("Officials warned that the state will execute anyone caught smuggling drugs.") == []


def test_a_day_the_prisoner_was_told():
    assert facts("Another inmate, Rahim Baig, has been informed that he would be executed on 12 June.") == [
        ("imminent", 1, "2024-06-12", "2024-06-12", ("Rahim Baig",))]
