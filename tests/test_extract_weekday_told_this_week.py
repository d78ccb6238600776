"""A plan told earlier in the publication's week ("the group said earlier this week that he would be
hanged on Tuesday"): its bare weekday is that week's, even when it has passed by the report, not the
next one. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2025, 3, 13))   # a Thursday


def test_a_weekday_of_a_plan_told_earlier_this_week_is_that_weeks():
    for text in (
        "A rights group said earlier this week that the family of Navid Kaveh had been told he would be executed on Tuesday.",
        "Lawyers said earlier in the week that Omid Rahnama had been informed he would be hanged on Tuesday.",
    ):
        got = facts(text)
        assert ("imminent", 1, "2025-03-11") in got, (text, got)


def test_a_plan_told_without_the_week_is_still_the_next_weekday():
    got = facts("His lawyer said Navid Kaveh had been told he would be executed on Tuesday.")
    assert ("imminent", 1, "2025-03-18") in got, got
