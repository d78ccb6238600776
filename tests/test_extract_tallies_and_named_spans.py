"""Two wire habits with totals. "taking the year's tally to 340" after an incident dated on its day:
the tally runs from the year's start to that day, it is no incident. And "between the crown prince's
appointment on June 21, 2017 and October 9 this year": a span whose first end is a named event's day,
its second end in the report's year. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "kind", "period_start", "period_end", published=date(2025, 12, 20))


def test_the_years_tally_raised_on_a_day():
    got = facts("RIYADH (AFP) - On December 12, two men convicted of drug smuggling were executed in Jazan, "
                "taking the year's tally to 312, the interior ministry said.")
    assert (2, "event", "2025-12-12", "2025-12-12") in got
    assert (312, "aggregate", "2025-01-01", "2025-12-12") in got
    got = facts("A Yemeni man was put to death on Sunday, bringing this year's total to 298, an AFP count shows.")
    assert (298, "aggregate", "2025-01-01", "2025-12-14") in got


def test_a_tally_with_no_word_of_the_year_is_unchanged():
    got = facts("On December 12, two men were executed, the ministry said.")
    assert got == [(2, "event", "2025-12-12", "2025-12-12")]


def test_a_span_from_a_named_events_day():
    got = facts("The group says at least 1,200 executions were carried out between the king's accession "
                "on March 4, 2016 and November 30 this year.")
    assert (1200, "aggregate", "2016-03-04", "2025-11-30") in got
    got = facts("At least 150 people were executed between the truce's collapse on 2 May 2023 and "
                "30 June 2024, a monitor said.")
    assert (150, "aggregate", "2023-05-02", "2024-06-30") in got


def test_two_days_with_no_named_event_between_stay_apart():
    got = facts("A man was hanged on March 4 and a woman was hanged on March 9.")
    assert not any(row[2] == "2025-03-04" and row[3] == "2025-03-09" for row in got)


def test_a_span_whose_first_day_is_told_by_a_when_clause():
    # the clause after the first end tells what that day was; the span still runs to the second end
    got = facts("A rights group counted at least 640 executions between 3 March 2019, when the new chief "
                "justice took office, and 30 November this year.")
    assert got == [(640, "aggregate", "2019-03-03", "2025-11-30")]
