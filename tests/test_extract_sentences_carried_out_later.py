"""Kind: death sentences whose own verb carries them out later ("death sentences against 12
convicts will be carried out tomorrow") are an imminent execution on that day, not new death
sentences; "tomorrow" is the day after the report.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", published=date(2021, 11, 3))   # a Wednesday


def test_death_sentences_carried_out_tomorrow_are_imminent():
    assert facts("The ministry said on Wednesday that death sentences against 12 convicted prisoners will be "
                 "carried out tomorrow in Basra.") == [("imminent", 12, "2021-11-04")]


def test_death_sentences_to_be_carried_out_on_a_day():
    assert facts("Death sentences against four men are to be carried out on 6 November, their lawyer said.") == [
        ("imminent", 4, "2021-11-06")]


def test_death_sentences_issued_stay_sentences():
    assert facts("A court issued death sentences against four men on Monday.") == [("sentenced", 4, "2021-11-01")]


def test_tomorrow_dates_a_scheduled_hanging():
    assert facts("Two prisoners are scheduled to be hanged tomorrow in Shiraz.") == [("imminent", 2, "2021-11-04")]
