"""Kind: the people a part opener lists, "hanged six men, including a former officer and a teenager".

Every person "including" lists is one of the incident, the second as much as the first, though
the first ("a former officer", "a member of the royal family") is no count of ours: no second,
one-person incident on the same day.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", published=date(2019, 2, 6), where={"event": "executed"})


def test_the_second_person_of_an_including_list_is_part_of_the_incident():
    assert facts("Bahrain on Tuesday executed six prisoners, including a former army officer and a woman "
                 "convicted of arson.") == [(6, "2019-02-05")]


def test_among_them_lists_parts_too():
    assert facts("Kuwait hanged five prisoners on Tuesday, among them a cousin of the emir and a man "
                 "convicted of murder.") == [(5, "2019-02-05")]


def test_a_separate_sentence_still_makes_its_own_incident():
    rows = facts("Bahrain on Tuesday executed six prisoners.\n\nOn Monday a woman was executed in Manama.")
    assert (1, "2019-02-04") in rows
