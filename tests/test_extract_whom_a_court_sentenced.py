"""Kind: a death sentence told in a relative clause about a person named before it: "the banker X,
founder of Y, whom a Hanoi court sentenced to death in May last year". One sentenced claim of that
person, dated by the clause. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2026, 2, 10))


def test_whom_a_court_sentenced_to_death_is_the_named_persons_sentence():
    got = facts("The amnesty could spare the banker Le Van Minh, founder of a failed savings group, whom a "
                "Hanoi court sentenced to death in May last year for fraud.")
    assert got == [("sentenced", "VN", 1, "2025-05-01", "2025-05-31")]


def test_whom_without_a_court_is_no_sentence():
    # a relative clause whose subject is no court is someone's saying, not a verdict
    got = facts("The banker Le Van Minh, founder of a failed savings group, whom critics wanted sentenced to "
                "death, was freed in Hanoi on Monday.")
    assert all(row[0] != "sentenced" for row in got)
