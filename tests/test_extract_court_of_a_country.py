"""A country word before a noun of the state's own bodies ("a Singapore court", "an Iraqi court")
says where the state acted, though "a"/"an" comes before it as before a nationality ("an Iraqi
man"); the people's nationality never moves the claim. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", published=date(2023, 5, 12))


def test_a_court_of_a_country_places_a_sentence_there():
    assert facts("KUALA LUMPUR, Malaysia - A Singapore court on Thursday sentenced a Malaysian man to death "
                 "for trafficking heroin, his lawyer said.") == [("sentenced", "SG", 1)]


def test_a_nationality_alone_is_still_who():
    assert facts("A Pakistani man was beheaded in the Saudi city of Jazan on Thursday.") == [("executed", "SA", 1)]


def test_an_iraqi_court_in_a_report_from_elsewhere():
    assert facts("DUBAI - An Iraqi court on Wednesday sentenced three men to death over a bombing in "
                 "Basra.") == [("sentenced", "IQ", 3)]
