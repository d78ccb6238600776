"""Names listed after a colon, reporting verbs before a nominal execution, sentences 'to be
executed', and charge words; every sentence here is invented."""
from dataclasses import replace
from datetime import date

import pytest

from extract import extract_report
from extract.dates import find_dates
from extract.linking import listed_after_colon
from extract.mentions import Count

PUB = date(2025, 8, 30)


def only(text, published=PUB):
    claims = extract_report(text, published)
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize("text, count, day, names, offences, location", [
    ("Kurdpa had already confirmed the execution of three other men in Urmia Central Prison on the morning "
     "of 24 August: Karim Nazari and Yousef Bahrami, convicted of murder; and Omid Rostami, a Baluch "
     "national convicted of drug trafficking.", 3, "2025-08-24",
     ("Karim Nazari", "Yousef Bahrami", "Omid Rostami"), ("drug", "murder"), "Urmia Central Prison"),
    ("The monitor reported the executions of two prisoners in Isfahan on 21 August: Nader Safavi, "
     "convicted of rape; and Behzad Moradi.", 2, "2025-08-21", ("Nader Safavi", "Behzad Moradi"), ("rape",),
     "Isfahan"),
    ("Activists confirmed the hanging of four inmates in Qom on Tuesday: Saman Jafari, Pouya Rahimi, "
     "Kaveh Zare and Milad Soltani, all convicted of drug offences.", 4, "2025-08-26",
     ("Saman Jafari", "Pouya Rahimi", "Kaveh Zare", "Milad Soltani"), ("drug",), "Qom"),
    # fewer names than the count: the listed ones still label it
    ("The execution of three men in Shiraz on 19 August: Arash Kamali and Vahid Ebrahimi.", 3, "2025-08-19",
     ("Arash Kamali", "Vahid Ebrahimi"), (), "Shiraz"),
])
def test_names_listed_after_a_colon_label_the_dated_count(text, count, day, names, offences, location):
    claim = only(text)
    assert (claim.event, claim.count, str(claim.period_start), str(claim.period_end)) == ("executed", count, day, day)
    assert claim.names == names
    assert claim.offences == offences
    assert claim.location == location


def test_a_date_in_running_text_before_a_colon_is_no_dateline():
    assert not find_dates("were hanged on 24 August: A and B", PUB)[0].dateline
    assert not find_dates("on the morning of 24 August: A and B", PUB)[0].dateline
    assert find_dates("Iran Human Rights, August 22: Two men", PUB)[0].dateline
    assert find_dates("Amnesty International, 25 July 2024: Two men", PUB)[0].dateline


def test_more_names_than_the_count_are_not_its_list():
    text = "The execution of one man in Karaj on 20 August: Sara Nikpour, Leila Farahani and Nasrin Kazemi."
    numeric = [Count(17, 24, 1, "exact", "person")]
    names = [Count(49, len(text) - 1, 3, "exact", "name", names=("Sara Nikpour", "Leila Farahani", "Nasrin Kazemi"))]
    assert listed_after_colon(text, 0, len(text), numeric, names) is None
    assert listed_after_colon(text, 0, len(text), [replace(numeric[0], value=3)], names)[1] == names


@pytest.mark.parametrize("text, count, location", [
    ("According to the report, one person in Yasuj was sentenced to be executed in public.", 1, "Yasuj"),
    ("Two men in the city of Zahedan were condemned to be hanged for armed robbery.", 2, "Zahedan"),
])
def test_sentenced_to_be_executed_is_a_death_sentence(text, count, location):
    claim = only(text)
    assert (claim.event, claim.count, claim.location) == ("sentenced", count, location)


@pytest.mark.parametrize("charge", ["politico-religious charges", "politico religious offences"])
def test_politico_religious_charges_are_political(charge):
    claim = only(f"Two men were executed in Isfahan on 20 August on {charge}.")
    assert claim.offences == ("political",)
