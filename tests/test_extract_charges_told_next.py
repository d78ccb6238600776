"""An incident's charges told in the sentence after it, about the same people ("Three men were hanged
in Arak. They had been convicted of armed robbery"): the incident carries them
(offence_rules.of_incident). The charge finder reads that sentence too, though it names no execution
(components.SentenceSegmenter's offence windows); a next sentence about someone else gives nothing.
Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "offences", published=date(2025, 3, 13),   # a Thursday
                     where={"kind": "event"})


def test_they_opening_the_next_sentence():
    text = ("Two brothers were executed in Qezelhesar Prison on Sunday, a rights group reported. "
            "They had been found guilty of murder.")
    assert facts(text) == [(2, "2025-03-09", ("murder",))]


def test_he_after_one_person():
    assert facts("A man was hanged in Mashhad on Tuesday. He had been convicted of rape.") == [
        (1, "2025-03-11", ("rape",))]


def test_the_number_again_as_the_subject():
    text = "Four prisoners were put to death in Urmia on Wednesday. The four were convicted of drug trafficking."
    assert facts(text) == [(4, "2025-03-12", ("drug",))]


def test_charges_of_both_sentences_are_joined():
    text = ("Three men convicted of murder were hanged in Zahedan on Monday. "
            "All three had also been convicted of armed robbery, the group said.")
    assert facts(text) == [(3, "2025-03-10", ("armed_robbery", "murder"))]


def test_a_next_sentence_about_someone_else_gives_no_charge():
    text = ("Three men were hanged in Arak on Monday. "
            "Separately, a court in Tehran convicted a journalist of espionage.")
    assert facts(text) == [(3, "2025-03-10", ())]
