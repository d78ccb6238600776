"""One person set off after a named person with the day told between ("executed X on Tuesday morning,
a dual national who ...") is the person named again, one claim; a second person with a day of their
own is a second claim. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", "period_start", published=date(2024, 11, 7))   # a Thursday


def test_a_person_described_after_the_day_is_the_person_named():
    for text in (
        "The judiciary said it had hanged Farhad Nouri on Tuesday morning, a dual national who had lived in Sweden.",
        "Iran executed Kamran Tabesh on Tuesday, a 61-year-old engineer arrested in Tehran in 2019.",
    ):
        got = facts(text)
        assert len(got) == 1 and got[0][0] == 1 and got[0][2] == "2024-11-05", text


def test_a_second_person_with_a_day_of_their_own_stays_apart():
    got = facts("Iran executed Kamran Tabesh on Tuesday, a week after hanging a man in Qom on 29 October.")
    assert len(got) == 2
