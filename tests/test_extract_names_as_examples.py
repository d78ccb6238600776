"""Names a statistic's own sentence gives as examples of its people ("..., including A, B and C")
label that statistic; they make no figure of their own. A name with its own day after it, or
names of one incident, are read as before."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", "names", published=date(2024, 11, 4))


def test_examples_of_a_tally_since_a_day_label_it():
    text = ("At least nine men have been hanged on security charges since the ceasefire on 2 October, "
            "including Karim Jafari, Omid Sadeghi and Hamid Nazari, the group said.")
    assert facts(text) == [("executed", 9, "2024-10-02", "2024-11-04", "aggregate",
                            ("Karim Jafari", "Omid Sadeghi", "Hamid Nazari"))]


def test_examples_after_among_them_in_a_year_figure():
    text = ("Fourteen prisoners were executed on political charges in 2023, among them Javad Rigi "
            "and Nasser Shahbakhsh.")
    assert facts(text) == [("executed", 14, "2023-01-01", "2023-12-31", "aggregate",
                            ("Javad Rigi", "Nasser Shahbakhsh"))]


def test_a_name_with_its_own_day_stays_a_claim():
    text = ("At least 12 people have been executed this year on espionage charges, among them Behrouz "
            "Tavakoli, who was hanged on 14 October.")
    rows = facts(text)
    assert ("executed", 12, "2024-01-01", "2024-11-04", "aggregate", ()) in rows
    assert any(r[1] == 1 and r[2] == "2024-10-14" for r in rows)
