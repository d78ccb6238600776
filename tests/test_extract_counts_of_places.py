"""A number of places is no number of people: "the number of countries carrying out executions fell to
16" counts countries (SCHEMA.md: a count of something else is no claim), while "the number of
executions rose to 16" stays a total."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", published=date(2023, 5, 16))


def test_the_number_of_countries_or_states_that_executed_is_no_total():
    for sentence in ("The number of countries that carried out executions dropped to 18, Amnesty said.",
                     "Saudi Arabia executed 196 people last year. The number of nations using the death penalty "
                     "at all fell to 20.",
                     "In the United States the number of states carrying out executions rose to six."):
        assert all(f[2] not in (18, 20, 6) for f in facts(sentence)), sentence


def test_beside_a_country_figure_the_number_of_countries_is_not_that_country_s():
    for sentence in ("Iran executed at least 576 people in 2022, the group said. Yet the number of countries carrying "
                     "out executions fell to 20 last year, the fewest on record.",
                     "Iran executed at least 576 people in 2022. The number of states that carried out executions "
                     "dropped to 20 last year."):
        assert facts(sentence) == [("executed", "IR", 576, "aggregate")], sentence


def test_the_number_of_executions_is_still_a_total():
    assert facts("In Saudi Arabia, the number of executions this year has risen to 61.") == [
        ("executed", "SA", 61, "aggregate")]
