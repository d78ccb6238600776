"""Executions set for several people, listed after a colon with each person's day: "The state has
scheduled three more executions: A on March 3, B on March 10 and C on March 17". Each listed person is
an imminent execution on their own day, read ahead of the report (a January day in a December report
is next year's). A list with no day for each person, or no word of scheduling, makes none. Every report
here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "names", published=date(2022, 12, 14))


def test_each_listed_person_on_their_own_day():
    got = facts("Texas put a man to death on Tuesday. "
                "The state has scheduled three more executions before the new year ends: Paul Gresham on "
                "December 20, Mark Hollis on December 22 and Owen Radley on January 5.")
    assert ("imminent", 1, "2022-12-20", ("Paul Gresham",)) in got
    assert ("imminent", 1, "2022-12-22", ("Mark Hollis",)) in got
    assert ("imminent", 1, "2023-01-05", ("Owen Radley",)) in got


def test_each_listed_clause_with_its_weekday():
    got = facts("Two more are scheduled this week: Texas plans to execute Carl Boone on Thursday, and "
                "Ohio is set to put Dale Pryor to death on Friday.")
    assert ("imminent", 1, "2022-12-15", ("Carl Boone",)) in got
    assert ("imminent", 1, "2022-12-16", ("Dale Pryor",)) in got


def test_a_list_of_the_executed_is_no_schedule():
    got = facts("The state carried out three executions this year: Paul Gresham on March 20, Mark Hollis on "
                "June 22 and Owen Radley on October 5.")
    assert not any(row[0] == "imminent" for row in got)


def test_a_scheduled_list_with_no_day_for_each_makes_no_claim_of_its_own():
    got = facts("Three more executions are scheduled: Paul Gresham, Mark Hollis and Owen Radley.")
    assert not any(row[0] == "imminent" and row[2] is not None for row in got)
