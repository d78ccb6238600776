"""A sentence that names a country's own institutions ("federal executions", "the Biden
administration", "the U.S. Justice Department") speaks of that country, whatever country the report's
dateline or its default gives; and "U.S." with its full stop is the United States."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2022, 3, 4))


def test_federal_executions_are_the_united_states():
    assert facts("The Justice Department under the previous government carried out 11 federal "
                 "executions between July 2020 and January 2021.") == [("US", 11, "2020-07-01", "2021-01-31")]


def test_an_administration_named_for_its_president():
    assert facts("The Bush administration carried out three executions in 2003, a lawyer said.") == [
        ("US", 3, "2003-01-01", "2003-12-31")]


def test_us_with_full_stops_makes_the_report_american():
    text = ("U.S. officials said on Tuesday that the country had put 17 people to death in 2021.\n\n"
            "Eleven of them were executed by lethal injection.")
    assert {row[0] for row in facts(text)} == {"US"}


def test_a_us_based_group_in_an_iranian_report_is_no_place():
    assert facts("The U.S.-based rights group HRANA said four prisoners were hanged in Qom on Tuesday.") == [
        ("IR", 4, "2022-03-01", "2022-03-01")]
