"""Kind: incidents given for comparison, each with its own date, inside a story about another one
("far exceeds the 37 people beheaded in a single day in April 2019 and the 47 executed on January 2,
2016"): each keeps its own count and date; the count before one participle never takes the date of
the other."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2031, 6, 7))


def test_each_compared_incident_keeps_its_count_and_date():
    got = facts("Saudi Arabia executed 60 men on Saturday. The toll is larger than the 22 people beheaded "
                "in a single day in May 2027, and the 35 executed on March 3, 2025.")
    assert (60, "2031-06-07", "2031-06-07") in got
    assert (35, "2025-03-03", "2025-03-03") in got
    assert (22, "2027-05-01", "2027-05-31") in got
    assert len(got) == 3


def test_a_bare_number_before_the_participle_is_no_year():
    got = facts("Egypt hanged nine men on Tuesday, more than the 2025 executed in all of 2020.")
    assert (2025, "2020-01-01", "2020-12-31") not in got
