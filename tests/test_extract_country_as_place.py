"""A country is where a figure was counted, not the site of one incident: in a review of a year,
"at least 300 people were sentenced to death in Pakistan" with no day is a part of the year's
statistic, as the same figure with no place is; a town or a prison still makes an incident. Every
report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2020, 4, 21))
LEAD = "Death sentences worldwide climbed in 2019, the group said as it released its yearly review.\n\n"


def test_a_figure_in_a_country_is_the_years():
    got = facts(LEAD + "The rise came mostly from South Asia: at least 300 people were sentenced to death in Pakistan.")
    assert ("sentenced", "PK", 300, "2019-01-01", "2019-12-31", "aggregate") in got


def test_a_figure_in_the_united_states_is_the_years():
    got = facts(LEAD + "Courts also handed down more than 60 death sentences in the United States.")
    assert ("sentenced", "US", 60, "2019-01-01", "2019-12-31", "aggregate") in got
