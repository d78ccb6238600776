"""A day written right before an active verb ("Iran on Thursday executed X") dates the deed; a
month or a year later in the sentence (the start of the protests the person was arrested in,
the year of the crime) tells about the person, never when they were executed.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2025, 3, 4))


def test_a_day_before_the_verb_beats_the_month_the_uprising_began():
    got = facts("Iran on Thursday executed Reza Karimi, a 25-year-old arrested during the unrest, in the "
                "second known execution tied to the protests that erupted in September.")
    assert got == [("executed", 1, "2025-02-27", "2025-02-27", "event")]


def test_a_day_before_the_verb_beats_the_year_of_the_protests():
    got = facts("Iraq on Sunday hanged 12 men arrested in the 2019 protests in the city of Basra.")
    assert got == [("executed", 12, "2025-03-02", "2025-03-02", "event")]


def test_an_adverb_may_stand_between_the_day_and_the_verb():
    got = facts("The authorities on Monday quietly hanged a prisoner detained since the uprising of November 2019.")
    assert got == [("executed", 1, "2025-03-03", "2025-03-03", "event")]


def test_a_day_of_saying_before_a_month_still_gives_the_month():
    got = facts("On Monday, the group reported that 12 prisoners were executed in January.")
    assert got == [("executed", 12, "2025-01-01", "2025-01-31", "aggregate")]
