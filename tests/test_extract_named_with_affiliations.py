"""Kind: people named in a list, each with the party or group he belonged to.

"A of the National Front and B of the Islamic Party were hanged": "of <Party>" after each name keeps
the list whole, one claim of two, rather than the last name alone.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", published=date(2016, 5, 11), where={"event": "executed"})


def test_two_names_each_with_a_party():
    assert facts("Motiur Rahman Khan of the Islamic Front and Kamal Uddin Sarkar of the Peoples League were "
                 "hanged at Gazipur jail on Tuesday.") == [(2, ("Motiur Rahman Khan", "Kamal Uddin Sarkar"))]


def test_a_name_with_a_party_before_a_plain_one():
    assert facts("Motiur Rahman Khan of the Islamic Front and Kamal Uddin Sarkar were hanged at Gazipur jail on "
                 "Tuesday.") == [(2, ("Motiur Rahman Khan", "Kamal Uddin Sarkar"))]
