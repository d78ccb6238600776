"""A group the lead counts, told again with its members listed by nationality: "Two Omani men were
hanged at the central prison along with a Sudanese woman, an Indian man and a Nepali man". Every
person of the list after "along with" adds to the group (one incident of five), and the day the news
was told in a later sentence ("the prosecutor had announced the executions on Monday") does not move
it off the lead's day. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", "period_start", published=date(2023, 3, 9))


def test_every_person_of_a_list_after_along_with_adds_to_the_group():
    got = facts("Two Omani men were hanged at the central prison on Wednesday along with a Sudanese woman, "
                "an Indian man and a Nepali man, officials said.")
    assert ("executed", 5, "event", "2023-03-08") in got
    assert not any(row[1] in (1, 2, 3) for row in got)


def test_the_listed_group_is_the_leads_group_on_the_leads_day():
    got = facts("MUSCAT (AFP) - Oman on Wednesday hanged five people convicted of murder, the public prosecutor said.\n\n"
                "Two Omani men were hanged at the central prison along with a Sudanese woman, an Indian man "
                "and a Nepali man, the prosecutor said.\n\n"
                "The prosecutor had announced the executions on Monday.")
    assert got == [("executed", 5, "event", "2023-03-08")]


def test_the_next_sentences_people_are_no_part_of_the_list():
    got = facts("A man was hanged in Qom on Wednesday along with another prisoner. A woman and a man were "
                "hanged in Arak on Tuesday.")
    assert ("executed", 2, "event", "2023-03-08") in got
    assert ("executed", 2, "event", "2023-03-07") in got
