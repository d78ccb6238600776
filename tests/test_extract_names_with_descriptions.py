"""People listed by name, each with a description set off by commas ("A, a Baluch porter, and B, a
Kurdish prisoner held for ten years, were hanged"), are one group of as many people as names: a
description is no person of its own, and a name after the description of the one before it, with or
without "and", joins the list. People told in sentences of their own stay apart."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "names", published=date(2024, 3, 6), where={"event": "executed"})


def test_two_names_each_with_a_long_description():
    text = ("Karim Sadeghi, a 31-year-old protester with a long history of depression, and Omid Rahimi, a "
            "Baluch fuel porter, were executed in Qezelhesar Prison early on Tuesday.")
    assert facts(text) == [(2, "2024-03-05", ("Karim Sadeghi", "Omid Rahimi"))]


def test_three_names_each_described_no_and_between_the_first_two():
    text = ("Hamid Safari, a Kurdish porter from Baneh, Reza Nouri, a farmer, and Ali Karimi, a shopkeeper, "
            "were hanged in Urmia Central Prison on Monday.")
    assert facts(text) == [(3, "2024-03-04", ("Hamid Safari", "Reza Nouri", "Ali Karimi"))]


def test_names_described_after_the_group_they_are():
    text = ("Two men, Hamid Safari, a Baluch labourer, and Reza Nouri, a Kurdish prisoner, were hanged in "
            "Qom Prison on Monday.")
    assert facts(text) == [(2, "2024-03-04", ("Hamid Safari", "Reza Nouri"))]


def test_name_with_an_age_and_one_with_a_description():
    text = "Hamid Safari, 34, and Reza Nouri, a 29-year-old father of two from Zahedan, were hanged in Qom Prison on Monday."
    assert facts(text) == [(2, "2024-03-04", ("Hamid Safari", "Reza Nouri"))]


def test_people_told_in_sentences_of_their_own_stay_apart():
    text = ("Hamid Safari, a Baluch man, was hanged in Zahedan on Monday. Reza Nouri, a Kurdish prisoner, was "
            "executed in Urmia on Tuesday.")
    assert facts(text) == [(1, "2024-03-04", ("Hamid Safari",)), (1, "2024-03-05", ("Reza Nouri",))]
