"""Kind: a country's court statistics of death sentences told through a pronoun ("courts keep handing
down death sentences, at least 60 of them in 2021", "Amnesty counted 2,000 death sentences worldwide;
Nigeria handed down 131 of them, up sharply from 64 in 2020"): a sentenced aggregate of that year, and
the figure compared with its own year; a qisas sentence stated as law ("a murderer is sentenced to qisas")
is no verdict.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", published=date(2022, 5, 24))


def test_of_them_after_death_sentences_in_its_own_sentence():
    assert facts("Nigeria's courts keep handing down death sentences, at least 60 of them in 2021, according to a "
                 "rights group.") == [("sentenced", "NG", 60, "at_least", "2021-01-01", "2021-12-31")]


def test_of_them_after_a_world_figure_and_its_comparison():
    assert facts("Amnesty counted at least 2,052 death sentences in 56 countries in 2021. Nigeria handed down "
                 "131 of them, up sharply from 64 in 2020.") == [
        ("sentenced", "NG", 64, "exact", "2020-01-01", "2020-12-31"),
        ("sentenced", "NG", 131, "exact", "2021-01-01", "2021-12-31")]


def test_of_them_after_executions_is_no_sentence():
    assert [row[0] for row in facts("Iran carried out at least 300 executions in 2021, and 12 of them were "
                                    "of women.")] != ["sentenced"]


def test_qisas_as_the_law_is_no_verdict():
    assert facts("Under the penal code a person convicted of murder is sentenced to qisas unless the family "
                 "forgives.") == []
