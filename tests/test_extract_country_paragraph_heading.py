"""A multi-country briefing heads each paragraph with the country's name and a full stop or a colon
("Egypt. Courts handed down ...", or "Iraq:" on a line of its own): that paragraph's claims are that
country's, not the report's. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", published=date(2025, 6, 20))

BRIEFING = (
    "Executions rose across the region in the first half of the year, monitors said.\n\n"
    "Iran. Rights groups counted at least 610 executions between January and May.\n\n"
    "{heading} Officials confirmed that 45 people were executed between January and May, most of them for drug offences.\n\n"
)


def test_a_country_heading_a_paragraph_is_its_claims_country():
    for heading in ("Saudi Arabia.", "Saudi Arabia:", "Saudi Arabia:\n"):
        got = facts(BRIEFING.format(heading=heading))
        assert ("SA", 45) in got and ("IR", 45) not in got, (heading, got)
        assert ("IR", 610) in got, (heading, got)


def test_a_word_that_is_no_country_heads_nothing():
    got = facts(BRIEFING.format(heading="Elsewhere."))
    assert ("SA", 45) not in got, got
