"""Habits of year-end and new-year reviews. A ranking aside names another country beside the one
counted ("Iran, second only to China, carried out ..."): the figure is the subject's. And "the first
eight months of the year" in a review published in January is of the year just ended, not of the few
days of the new one (a span of the report's own year when most of it had gone by). And the day a halt
ended, told in a participle clause ("..., having resumed such executions at the end of 2022"), dates no
figure. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

LEAD = "The group recorded 700 executions worldwide in 2019, it said in its annual review.\n\n"


def test_a_country_a_ranking_sets_beside_is_not_the_figures():
    facts = claim_reader("country", "count", published=date(2020, 4, 21))
    got = facts(LEAD + "Iran, second only to China, carried out at least 251 executions.")
    assert ("IR", 251) in got and ("CN", 251) not in got
    got = facts(LEAD + "Saudi Arabia, behind only China and Iran, executed 184 people.")
    assert ("SA", 184) in got and not any(c in ("CN", "IR") and n == 184 for c, n in got)


def test_a_country_named_plainly_still_counts():
    facts = claim_reader("country", "count", published=date(2020, 4, 21))
    got = facts(LEAD + "Egypt carried out 32 executions, and China is believed to execute thousands.")
    assert ("EG", 32) in got


def test_first_months_of_the_year_in_a_january_review():
    facts = claim_reader("count", "period_start", "period_end", published=date(2026, 1, 6))
    got = facts("The monitor said at least 900 people were executed in Iran in the first eight months "
                "of the year, and at least 1,200 in 2025 as a whole.")
    assert (900, "2025-01-01", "2025-08-31") in got
    got = facts("At least 410 people were hanged in the first half of the year, the group said in its "
                "review published on Tuesday.")
    assert (410, "2025-01-01", "2025-06-30") in got


def test_first_months_of_the_year_once_most_of_them_have_gone_by():
    facts = claim_reader("count", "period_start", "period_end", published=date(2025, 6, 25))
    got = facts("At least 500 people were executed in Iran in the first six months of the year, a rights "
                "group said.")
    assert (500, "2025-01-01", "2025-06-25") in got or (500, "2025-01-01", "2025-06-30") in got
    facts = claim_reader("count", "period_start", "period_end", published=date(2025, 10, 2))
    got = facts("At least 1,000 people were executed in Iran in the first nine months of the year.")
    assert (1000, "2025-01-01", "2025-09-30") in got


def test_the_day_a_halt_ended_in_a_participle_clause_dates_no_figure():
    facts = claim_reader("country", "count", "period_start", "period_end", published=date(2024, 3, 19))
    lead = "At least 400 people were executed for drug offences in 2023, the group said today.\n\n"
    got = facts(lead + "Saudi Arabia carried out three drug-related executions, having resumed such executions "
                "at the end of 2022.")
    assert ("SA", 3, "2023-01-01", "2023-12-31") in got
    got = facts(lead + "Kuwait carried out two drug executions, having lifted its moratorium in 2021.")
    assert ("KW", 2, "2023-01-01", "2023-12-31") in got


def test_a_year_told_plainly_after_a_comma_still_dates():
    facts = claim_reader("count", "period_start", "period_end", published=date(2024, 3, 19))
    got = facts("Saudi Arabia carried out three drug-related executions in 2022, the group said.")
    assert (3, "2022-01-01", "2022-12-31") in got
