"""Kind: a global total told with the day of the news ("..., the group said today, with at least 1,032
people put to death in 23 countries") is no incident of the report's country: a figure over several
countries is no one country's, whatever day it is told with."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", published=date(2031, 4, 11))


def test_a_total_over_many_countries_told_today_is_no_incident():
    got = facts("LONDON - Recorded executions rose by a fifth last year, a rights group said today, with at "
                "least 1,410 people put to death in 19 countries.")
    assert [f for f in got if f[3] == "event"] == []


def test_an_incident_with_a_country_named_before_it_stays():
    got = facts("Iran on Tuesday hanged 12 men in Karaj, the most in a day in any of the 19 countries that "
                "carry out executions.")
    assert ("executed", "IR", 12, "event") in got
