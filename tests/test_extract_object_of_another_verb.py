"""Kind: a count after an active trigger and another verb joined to it ("sentenced three men to death
and jailed eight others", "hanged two men and freed five") is that other verb's object: no death
sentence, no execution, and a person named as one of it ("including A") is none either.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "names", published=date(2024, 9, 12))


def test_the_jailed_are_not_sentenced_to_death():
    assert facts("On Tuesday a military court in Ismailia sentenced four defendants to death and jailed eleven "
                 "others, including Hassan Badawi, a local councillor.") == [("sentenced", 4, ())]


def test_the_freed_are_not_executed():
    assert facts("Authorities in Baghdad hanged six men on Monday and freed three others.") == [("executed", 6, ())]


def test_the_acquitted_before_the_verb_are_not_counted():
    assert facts("A court in Tanta on Wednesday acquitted five defendants and sentenced two others to death.") == [
        ("sentenced", 2, ())]


def test_names_of_the_verdict_itself_still_label_it():
    assert facts("A court in Giza on Sunday sentenced two men, including Omar Fathy, to death.") == [
        ("sentenced", 2, ("Omar Fathy",))]
