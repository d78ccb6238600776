"""Kind: a singular person noun used as the modifier of another noun ("a militant cell", "a student
protest", "a juvenile court", "a prisoner swap"): it counts no one, so no phantom claim of one person
rides on the verb of the sentence; the same noun standing alone still counts one.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2022, 2, 4))


def test_a_militant_cell_counts_no_one():
    assert facts("Egypt on Wednesday hanged four men convicted of forming a militant cell that bombed a church.") == [
        ("executed", 4, "2022-02-02", "2022-02-02")]


def test_a_student_protest_counts_no_one():
    assert facts("Two men arrested at a student protest in 2019 were hanged on Tuesday in Isfahan.") == [
        ("executed", 2, "2022-02-01", "2022-02-01")]


def test_the_noun_alone_still_counts_one():
    assert facts("A militant was hanged on Tuesday in Baghdad.") == [("executed", 1, "2022-02-01", "2022-02-01")]


def test_a_year_closing_the_phrase_before_the_verb_counts_no_one():
    assert facts("Three men arrested at a rally in 2019 were hanged on Tuesday in Shiraz.") == [
        ("executed", 3, "2022-02-01", "2022-02-01")]
