"""Earlier figures an annual review quotes beside its statistic, each with its own year: a series
after one comparison ("up from 240 in 2020, 198 in 2019 and 151 in 2018"), a comparison whose subject
is the figure of the sentence before ("the monitors said the figure was down from ..."), and the
figures after "double the" / "above the" ("nearly double the 88 recorded in 2021"). Each is an
aggregate of its own year (SCHEMA.md: a historical figure quoted for context is a claim). Every
sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2023, 2, 14),
                     where={"kind": "aggregate", "event": "executed"})


def test_a_series_after_a_comparison_gives_each_figure_its_year():
    text = ("CAIRO - Egypt executed at least 290 people in 2022, a monitoring group said on Tuesday.\n\n"
            "The monitors said the figure was up from 240 in 2021, 198 in 2020 and 151 in 2019.")
    assert facts(text) == [("EG", 151, "2019-01-01", "2019-12-31"), ("EG", 198, "2020-01-01", "2020-12-31"),
                           ("EG", 240, "2021-01-01", "2021-12-31"), ("EG", 290, "2022-01-01", "2022-12-31")]


def test_a_series_in_the_statistics_own_sentence():
    text = "Iraq carried out 71 executions last year, compared with 52 in 2021 and 39 in 2020, the group said."
    assert facts(text) == [("IQ", 39, "2020-01-01", "2020-12-31"), ("IQ", 52, "2021-01-01", "2021-12-31"),
                           ("IQ", 71, "2022-01-01", "2022-12-31")]


def test_a_further_figure_with_a_noun_of_its_own_is_not_read_as_the_series():
    # the later figure counts death sentences: never an execution figure of its year
    text = ("The state carried out 12 executions last year, down from 17 in 2021 and 40 death sentences in 2020.")
    assert ("US", 40, "2020-01-01", "2020-12-31") not in facts(text)


def test_double_the_and_above_the_lead_a_compared_figure():
    text = ("DUBAI - At least 160 people were executed in Kuwait last year, according to a tally, nearly double "
            "the 88 recorded in 2021 and well above the 96 put to death in 2020.")
    assert facts(text) == [("KW", 88, "2021-01-01", "2021-12-31"), ("KW", 96, "2020-01-01", "2020-12-31"),
                           ("KW", 160, "2022-01-01", "2022-12-31")]


def test_a_year_with_no_figure_after_the_comparison_adds_nothing():
    text = "Iraq carried out 71 executions last year, up from 52 in 2021 and the highest since 2017."
    assert facts(text) == [("IQ", 52, "2021-01-01", "2021-12-31"), ("IQ", 71, "2022-01-01", "2022-12-31")]


def test_a_compared_figure_with_its_own_verb_and_year_and_no_statistic_beside_it():
    # the statistic is two sentences back: the figure stands on its own year and verb (period.own_year)
    text = ("RIYADH - Saudi Arabia has executed at least 301 people this year, a tally showed.\n\n"
            "The latest were announced on Sunday. Their deaths take the total above the 196 people executed "
            "in 2022, itself a record.")
    assert ("SA", 196, "2022-01-01", "2022-12-31") in facts(text, date(2023, 11, 20))

