"""Kind: the ways wire copy tells a court's death sentences: a participle or a headline present
("sentencing 14 Kurdish men to death in 2021", "court sentences 300 Islamists to death"), a list of
callings set off by commas ("condemned 12 journalists, lawyers and preachers to death"), an adverb inside
the perfect ("have also been sentenced to death"), qisas as the sentence; and everyone tried in the
same trial is not everyone sentenced ("in a trial of 40 defendants").

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2022, 10, 6))


def test_a_participle_of_sentencing():
    assert facts("Courts in Syria have tried hundreds of detainees, sentencing 14 Kurdish men to death in 2021.") == [
        ("sentenced", "SY", 14, "2021-01-01", "2021-12-31")]


def test_a_list_of_callings_set_off_by_commas():
    assert facts("In March 2020 a court in Sanaa condemned 12 journalists, lawyers and preachers to death.") == [
        ("sentenced", "YE", 12, "2020-03-01", "2020-03-31")]


def test_an_adverb_inside_the_perfect():
    assert facts("In Shiraz on Monday, three other men have also been sentenced to death for drug trafficking.") == [
        ("sentenced", "IR", 3, "2022-10-03", "2022-10-03")]


def test_everyone_tried_is_not_everyone_sentenced():
    assert facts("A court in Cairo on Sunday sentenced the nine to death, in a mass trial of 40 defendants.") == [
        ("sentenced", "EG", 9, "2022-10-02", "2022-10-02")]
