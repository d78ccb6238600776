"""A death sentence told in a relative clause of the sentence reporting the execution ("executed
X, a farmer who was sentenced to death for ...") is its lead-up, background (SCHEMA.md), dated by
the execution's day or not: no `sentenced` claim. A sentence told as news stays a claim."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", published=date(2023, 6, 8))


def test_relative_clause_sentence_after_an_execution_is_background():
    text = ("Saudi Arabia yesterday executed Karim Haddad, a Syrian father of five who was sentenced to death "
            "for smuggling amphetamine pills after a trial his family called unfair.")
    assert facts(text) == [("executed", "SA", 1, "2023-06-07")]


def test_pluperfect_sentence_in_the_execution_sentence_is_background():
    text = ("Kuwait on Tuesday hanged Rafiq Uddin, a Bangladeshi man who had been sentenced to death for "
            "murdering his employer.")
    assert [row[0] for row in facts(text)] == ["executed"]


def test_a_new_sentence_in_its_own_sentence_stays_news():
    text = ("Egypt executed two men on Monday, officials said. A court in Cairo on Tuesday sentenced "
            "three others to death for the same attack.")
    assert ("sentenced", "EG", 3, "2023-06-06") in facts(text)
