"""Kind: one group told twice, the second time by its parts ("seven people ... The four men and three
women were put to death at the Central Prison"). The first telling must not carry a place that is
only a description of the country ("the first executions in the Gulf emirate in three years"), or
the two tellings read as two incidents in two places."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "location", published=date(2031, 2, 4))


def test_a_country_described_by_its_region_is_no_place():
    got = facts("KUWAIT CITY - Kuwait on Tuesday hanged five people, the first executions in the Gulf "
                "emirate in two years, prosecutors said. The three men and two women were put to death at "
                "the Central Prison.")
    assert got == [("KW", 5, "2031-02-04", "Central Prison")]


def test_a_place_named_as_a_city_still_counts():
    got = facts("Saudi Arabia executed two men in Najran on Monday.")
    assert got == [("SA", 2, "2031-02-03", "Najran")]
