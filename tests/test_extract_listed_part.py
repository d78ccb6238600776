"""People picked out of a group in a list a part phrase opens right after its count ("five
prisoners, among them a judge and a nurse accused of poisoning") are that group's, however long
the first item: no later item is an incident of its own. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", published=date(2020, 2, 14))


def test_a_second_item_after_a_long_first_one_is_of_the_group():
    got = facts("Oman on Thursday hanged five prisoners, among them a former officer of the royal guard and a "
                "man convicted of killing his business partner, the first executions there in four years.")
    assert got == [("executed", 5, "event")]


def test_a_list_opened_by_including_is_read_the_same_way():
    got = facts("Jordan executed eleven men on Thursday, including a preacher from the northern town of Irbid "
                "and a soldier convicted of murder.")
    assert got == [("executed", 11, "event")]


def test_a_new_clause_after_the_list_still_counts():
    got = facts("Jordan executed eleven men on Thursday, including a preacher from Irbid, and a court in Amman "
                "sentenced a woman to death.")
    assert got == [("executed", 11, "event"), ("sentenced", 1, "event")]
