"""The day a report tells its news on ("the ministry said Friday it had hanged ...", "the group on
Monday condemned ... for executing ...") dates the execution only until a later sentence gives the
execution's own day: a phantom dated at the news, next to the real day, is the error this guards.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2022, 6, 11))


def test_a_day_of_saying_gives_way_to_the_day_told_later():
    got = facts("The ministry said Friday it had hanged nine men convicted of attacks on police stations. "
                "The men were put to death on Wednesday at a prison outside the capital, an official said.")
    assert got == [(9, "2022-06-08", "2022-06-08", "event")]


def test_a_day_before_a_verb_of_condemning_gives_way_too():
    got = facts("A rights group on Friday condemned the authorities for executing six prisoners in Quetta "
                "jail. The hangings took place on Tuesday, the group said.")
    assert got == [(6, "2022-06-07", "2022-06-07", "event")]


def test_with_no_later_day_the_day_of_saying_stays():
    got = facts("The ministry said Friday it had hanged nine men convicted of attacks on police stations.")
    assert got == [(9, "2022-06-10", "2022-06-10", "event")]


def test_a_day_of_the_hanging_itself_is_kept():
    got = facts("Officials hanged nine men on Thursday, the ministry said Friday. Their families were told on "
                "Wednesday to collect belongings from the prison.")
    assert got == [(9, "2022-06-09", "2022-06-09", "event")]
