"""Rows of a list whose label is a country's own name take that country, not the report's or the
parent statistic's; an earlier figure in a row's tail is that country's figure of its own year.
Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2019, 4, 10)
facts = claim_reader("event", "country", "count", "period_start", "period_end", published=PUB)

Y18 = ("2018-01-01", "2018-12-31")


def test_rows_named_for_countries_take_their_country_whatever_the_heading():
    text = ("The watchdog counted at least 690 executions in 20 countries in 2018, it said in its yearly "
            "survey.\n\nExecutions it was able to confirm in 2018 included:\n\n"
            "Vietnam: at least 85\nEgypt: at least 43\nSingapore: 13\nJapan: 15\n\n"
            "The survey does not cover China.")
    got = facts(text)
    assert ("executed", "VN", 85, *Y18) in got
    assert ("executed", "EG", 43, *Y18) in got
    assert ("executed", "SG", 13, *Y18) in got
    assert ("executed", "JP", 15, *Y18) in got
    assert not [g for g in got if g[1] == "IR"]


def test_rows_of_nationalities_stay_in_the_country_of_the_statistic():
    text = ("Saudi Arabia put 148 people to death in 2018, among them 60 foreign nationals.\n\n"
            "The foreigners executed in 2018 came from:\n\n"
            "Pakistan: 21\nYemen: 11\nEgypt: 9\n")
    got = facts(text)
    assert ("executed", "SA", 21, *Y18) in got
    assert not [g for g in got if g[1] in ("PK", "YE")]


def test_a_row_that_names_death_sentences_among_rows_of_executions_counts_sentences():
    text = ("The centre's yearly figures for Iran, covering 2018, were released today.\n\nMain findings:\n"
            "- Executions carried out: at least 270\n- Public hangings: 13\n- Death sentences issued: 96\n")
    got = facts(text)
    assert ("executed", "IR", 270, *Y18) in got
    assert ("sentenced", "IR", 96, *Y18) in got
    assert ("executed", "IR", 96, *Y18) not in got


def test_an_earlier_figure_in_a_row_tail_is_the_row_country_of_that_year():
    text = ("Known executions fell worldwide in 2018, the survey published today said.\n\n"
            "Country figures for 2018:\n\n"
            "Iraq - at least 52 executions, down from 125 in 2017\n"
            "Somalia - 13, up from 8 the previous year\n"
            "Belarus - 4\n")
    got = facts(text)
    assert ("executed", "IQ", 52, *Y18) in got
    assert ("executed", "IQ", 125, "2017-01-01", "2017-12-31") in got
    assert ("executed", "SO", 13, *Y18) in got
    assert ("executed", "SO", 8, "2017-01-01", "2017-12-31") in got


def test_a_part_in_a_row_tail_has_the_rows_country_and_year():
    text = ("The survey published today counted 690 executions worldwide in 2018.\n\n"
            "Country figures for 2018:\n\n"
            "Iraq - at least 52 executions, including 4 women\n"
            "Japan - 15 executions, of which 13 were members of one sect\n"
            "Belarus - 4\n")
    got = facts(text)
    assert ("executed", "IQ", 4, *Y18) in got
    assert ("executed", "JP", 13, *Y18) in got


def test_rows_under_a_heading_about_non_nationals_stay_in_the_reports_country():
    text = ("Iran executed at least 975 people in 2018, the rights group said.\n\n"
            "Executions of non-Iranians recorded in 2018:\n\n"
            "Afghanistan: 80\nPakistan: 12\nIraq: 3\n")
    got = facts(text)
    assert not [g for g in got if g[1] in ("AF", "PK", "IQ")]


def test_a_plus_after_a_row_figure_is_at_least_and_rows_with_no_figure_keep_the_table():
    at_least = claim_reader("country", "count", "qualifier", "period_start", "period_end", published=PUB)
    text = ("The rights group's yearly review counted at least 690 executions worldwide in 2018.\n\n"
            "COUNTRIES THAT EXECUTED IN 2018 (recorded minimums; + marks a figure believed higher)\n"
            "China: thousands\nBelarus: 4+\nThailand: 1\nNorth Korea: unknown\nSomalia: 13\nYemen: 4+\n\n"
            "The review was published on Wednesday.")
    assert at_least(text) == sorted([("BY", 4, "at_least", *Y18), ("TH", 1, "exact", *Y18), ("SO", 13, "exact", *Y18),
                                     ("YE", 4, "at_least", *Y18)])
