"""Kind: a named person sentenced to death, described right before the name without commas ("sentenced
jailed labour organiser X", "upheld the death sentence of Baluch teacher and poet X") or by an office
once held ("former interior minister X", "ousted President X"): the person in the dock, one claim each
verdict. An office still held stays an official (no claim of a speaker or a minister acting).

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2025, 3, 6))


def test_a_described_name_after_sentenced():
    assert facts("A court in Zahedan on Tuesday sentenced Baluch labour organiser Dariush Mollazehi to death "
                 "for his part in the protests.") == [
        ("sentenced", 1, "2025-03-04", "2025-03-04", ("Dariush Mollazehi",))]


def test_a_description_with_and_after_upheld_the_death_sentence_of():
    assert facts("The Supreme Court on Wednesday upheld the death sentence of retired teacher and poet Kamran Sheikhi, "
                 "his family said.") == [
        ("sentenced", 1, "2025-03-05", "2025-03-05", ("Kamran Sheikhi",))]


def test_a_former_office_is_a_description():
    assert facts("A military court on Monday sentenced former defence minister Hamid Rostami to death "
                 "for treason.") == [("sentenced", 1, "2025-03-03", "2025-03-03", ("Hamid Rostami",))]


def test_a_former_capitalised_title_is_dropped_from_the_name():
    assert facts("A special tribunal on Monday sentenced ousted President Omar Kanoute to death in absentia.") == [
        ("sentenced", 1, "2025-03-03", "2025-03-03", ("Omar Kanoute",))]


def test_a_victim_after_a_phrase_of_its_own_is_not_linked():
    assert facts("The court on Monday sentenced him to death for killing shopkeeper Farid Nouri.") == []


def test_a_serving_minister_is_no_one_in_the_dock():
    assert facts("Justice Minister Hamid Rostami said on Monday that the court had sentenced three men to death.") == [
        ("sentenced", 3, "2025-03-03", "2025-03-03", ())]
