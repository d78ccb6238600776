"""The rest of a split statistic told by what is not known of it ("In the remaining three cases the
charges could not be confirmed") is a part of the statistic of its own, read though its sentence names
no execution, and never folded into an earlier part of the same size."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "offences", published=date(2024, 11, 4))


def test_remaining_cases_with_unconfirmed_charges():
    text = ("At least 40 executions were recorded in October. Of these, 25 were for drug offences, 12 for murder "
            "and three for rape. In the remaining three cases the charges could not be confirmed.")
    rows = facts(text)
    assert (3, "2024-10-01", "2024-10-31", ("rape",)) in rows
    assert (3, "2024-10-01", "2024-10-31", ()) in rows
    assert len(rows) == 5


def test_remaining_cases_with_no_statistic_before_make_nothing():
    assert facts("In the remaining two cases the charges could not be confirmed, the court said.") == []
