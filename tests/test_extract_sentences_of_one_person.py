"""Death sentences counted for one person ("he received two death sentences, one for murder and one
for moharebeh") are verdicts, not people: no claim of two, nor of one per verdict. Death sentences
counted with no one person receiving them stay claims."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", published=date(2021, 3, 10))


def test_pronoun_received_two_sentences_with_their_charges():
    text = ("Kaveh Moradi was hanged in Shiraz on Tuesday. He received two death sentences, one for murder and "
            "one for 'baghi' (armed rebellion).")
    assert facts(text) == [("executed", 1)]


def test_name_was_handed_two_sentences():
    text = "Kaveh Moradi was hanged on Tuesday. Moradi had been handed two death sentences by separate courts."
    assert facts(text) == [("executed", 1)]


def test_she_faces_three_death_sentences():
    text = "She faces three death sentences after a retrial in Rasht, her lawyer said on Monday."
    assert facts(text) == []


def test_sentences_a_court_issued_stay_a_claim():
    text = "Two death sentences were issued by the Revolutionary Court in Zahedan on Monday."
    assert facts(text) == [("sentenced", 2)]
