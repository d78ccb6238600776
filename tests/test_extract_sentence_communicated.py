"""A death sentence told as what someone was informed of ("a man was informed on Tuesday that he had
been sentenced to death") is the news of that day, not the background of another fact: a claim
dated by the day the sentence was communicated. A pluperfect sentence in a relative clause stays
background."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2025, 3, 7))   # a Friday


def test_informed_on_a_day_that_he_had_been_sentenced():
    text = ("A 31-year-old labourer from Saveh was notified on Wednesday that he had been sentenced to death "
            "by the Criminal Court of Markazi province for a killing in 2023.")
    assert facts(text) == [("sentenced", 1, "2025-03-05")]


def test_pluperfect_in_a_relative_clause_is_background():
    text = "Hossein Rahmani, who had been sentenced to death in 2022, was hanged in Arak on Tuesday."
    assert facts(text) == [("executed", 1, "2025-03-04")]
