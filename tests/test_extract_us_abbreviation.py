"""The bare abbreviation "US" names the United States as a claim's country, as "U.S." does:
wire and rights-group reports write "the US carried out 21 executions" in a world review whose
lead is about another country. Matched case-sensitively, so the pronoun "us" is never a country."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2024, 4, 10))


def test_bare_us_is_the_united_states_in_a_country_review():
    text = ("Iran executed at least 700 people in 2023, the rights group said in its yearly review.\n\n"
            "The US carried out 24 executions, the fewest in a decade.")
    assert ("executed", "US", 24, "2023-01-01", "2023-12-31") in facts(text)
    assert all(row[1] != "IR" or row[2] != 24 for row in facts(text))


def test_us_after_another_country_in_one_sentence():
    text = ("Executions rose across the region in 2023, a monitor said.\n\n"
            "Egypt hanged 12 people, while the US put 9 prisoners to death.")
    assert ("executed", "US", 9, "2023-01-01", "2023-12-31") in facts(text)


def test_lowercase_us_is_no_country():
    text = "Saudi Arabia beheaded three men on Monday, a statement sent to us by the ministry said."
    assert [row[1] for row in facts(text)] == ["SA"]
