"""The shared helper the extraction tests read claims through (tests/claim_rows.py)."""
from datetime import date

import pytest

from claim_rows import claim_reader, claim_rows

THURSDAY = date(2024, 3, 14)
TEXT = "Two men were hanged in Qom prison on Monday. Iran has executed at least 120 people this year."


def test_rows_hold_the_named_fields_in_order_with_dates_as_text():
    assert claim_rows(TEXT, THURSDAY, ("count", "kind", "period_start")) == [
        (2, "event", "2024-03-11"), (120, "aggregate", "2024-01-01")]


def test_one_field_gives_bare_values_and_where_keeps_only_matching_claims():
    assert claim_rows(TEXT, THURSDAY, ("count",)) == [2, 120]
    assert claim_rows(TEXT, THURSDAY, ("count",), where={"kind": "aggregate"}) == [120]


def test_a_reader_keeps_its_defaults_and_requires_a_day_it_was_not_given():
    assert claim_reader("count", published=THURSDAY)(TEXT) == [2, 120]
    with pytest.raises(TypeError, match="no default day"):
        claim_reader("count")(TEXT)


def test_a_name_that_is_no_claim_field_is_refused():
    with pytest.raises(ValueError, match="no claim field named cuont"):
        claim_rows(TEXT, THURSDAY, ("cuont",))
