"""Wire copy gives a person's alias after their name, set off by commas ("A, known as B, and C were
hanged"): the alias names the same person again, so the list counts two, not one or three.
Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "names", "period_start")


def test_an_alias_between_two_names_joins_the_list():
    got = facts("Tariq Mahmood Khan, better known as Commander Hamza, and Nadeem Akhtar Butt were hanged in "
                "Sukkur jail on Tuesday, police said.", date(2016, 3, 10))
    assert got == [("executed", 2, ("Tariq Mahmood Khan", "Nadeem Akhtar Butt"), "2016-03-08")]


def test_an_alias_after_one_name_is_no_person_of_its_own():
    got = facts("Jamal Hassan Omar, also known as Abu Bakr Saleh, was executed by firing squad on Sunday.",
                date(2019, 6, 3))
    assert got == [("executed", 1, ("Jamal Hassan Omar",), "2019-06-02")]
