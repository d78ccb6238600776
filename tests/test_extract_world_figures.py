"""Figures of the world in a wire report of an annual review: a count placed "in 23 countries" by its
own words, and a sentence that opens on the world ("Worldwide, ...") with no country of its own, are no
one country's claim (SCHEMA.md: a claim has one country), whatever period or kind they would get; a
country's own figure beside them stays. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", published=date(2019, 4, 10))


def test_a_count_put_to_death_in_many_countries_is_no_incident_of_the_day():
    text = ("LONDON - Recorded executions fell in 2018, the rights group said today in its annual review, with "
            "at least 690 people put to death in 20 countries.")
    assert facts(text) == []


def test_a_sentence_opening_on_the_world_gives_no_country_figure():
    text = ("Iraq executed at least 52 people in 2018, the group said on Wednesday.\n\n"
            "Globally, the group counted at least 690 executions, leaving out China, down 31% on the year before.")
    assert facts(text) == [("executed", "IQ", 52, "aggregate")]


def test_a_country_named_before_the_count_keeps_the_figure():
    text = "Worldwide, Iran carried out at least 253 executions in 2018, more than any other country except China."
    assert ("executed", "IR", 253, "aggregate") in facts(text)


def test_foreigners_from_many_countries_executed_by_one_country_stay_its_figure():
    text = "Saudi Arabia executed 81 people from nine countries in 2018, the group said."
    assert facts(text) == [("executed", "SA", 81, "aggregate")]


def test_a_country_set_aside_before_the_world_figure_is_not_its_country():
    for opener in ("Leaving aside China", "Setting aside China", "With the exception of China"):
        text = (f"{opener}, whose figures stay secret, the group recorded at least 702 executions in 2019, "
                "down from 811 in 2018. Egypt executed at least 32 people in 2019.")
        assert facts(text, date(2020, 4, 21)) == [("executed", "EG", 32, "aggregate")], opener


def test_a_state_set_aside_in_a_report_on_its_own_country_keeps_the_figure():
    text = ("Executions in the United States rose this year, the center said in its year-end report.\n\n"
            "Outside Texas, 17 people were executed in 2025.")
    assert facts(text, date(2025, 12, 16)) == [("executed", "US", 17, "aggregate")]


def test_the_rest_of_a_list_coming_from_many_countries_leaves_each_count_its_country():
    text = ("Kuwait has executed 40 foreign nationals so far this year. Those hanged this year include 12 Indians, "
            "nine Egyptians and five Syrians, with the rest coming from seven other countries.")
    got = facts(text, date(2024, 11, 17))
    assert ("executed", "KW", 9, "aggregate") in got and ("executed", "KW", 5, "aggregate") in got


def test_a_figure_told_in_many_countries_is_still_the_world_s():
    assert facts("The group recorded at least 1,150 executions in 16 countries in 2023.", date(2024, 5, 29)) == []
