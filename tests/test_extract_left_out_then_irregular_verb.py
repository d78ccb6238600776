"""World reviews set one country aside, then give another's figure: "Outside China, Vietnam put 20
people to death". A subject whose verb has no "-ed" or "-s" ending ("put", "hung") is still the
clause's subject, not a further country left out. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count")


def test_a_country_after_outside_x_with_put_is_the_claims_country():
    got = facts("Outside China, Vietnam put at least 20 people to death in 2019, the group said.", date(2020, 4, 21))
    assert got == [("executed", "VN", 20)]


def test_a_list_of_left_out_countries_is_still_left_out():
    got = facts("Excluding China and Vietnam, at least 657 executions were recorded worldwide in 2019, and Iran "
                "carried out 251 of them.", date(2020, 4, 21))
    assert not [g for g in got if g[1] == "VN"]
