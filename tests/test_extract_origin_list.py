"""A statistic split by where its people came from, told as "N from COUNTRY": "Foreigners put to death
this year include 18 from Nigeria, 12 from Jordan and five from Eritrea". Each is a part of the
statistic, over its span, in the country that executed them; the countries named are where the people
came from, never the claims' country. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "kind", "period_start", "period_end", published=date(2024, 10, 2))
LEAD = "RIYADH (AFP) - Saudi Arabia has executed 80 foreigners so far this year, according to an AFP tally.\n\n"


def test_each_origin_is_a_part_of_the_statistic():
    got = facts(LEAD + "Foreigners put to death this year include 18 from Nigeria, 12 from Jordan and five from Eritrea.")
    for n in (18, 12, 5):
        assert ("SA", n, "aggregate", "2024-01-01", "2024-10-02") in got
    assert not any(row[0] in ("NG", "JO", "ER") for row in got)


def test_a_two_word_country_of_origin():
    got = facts(LEAD + "They include 9 from Sri Lanka and 4 from the Philippines.")
    assert ("SA", 9, "aggregate", "2024-01-01", "2024-10-02") in got
    assert ("SA", 4, "aggregate", "2024-01-01", "2024-10-02") in got


def test_a_number_from_a_year_or_a_city_is_no_origin():
    got = facts(LEAD + "The tally is up from 2019, when 40 were executed, and 12 from March were drug cases.")
    assert not any(row[1] == 2019 for row in got)
