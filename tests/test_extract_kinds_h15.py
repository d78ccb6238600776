"""Kinds of error seen in heldout15 (world and wire reporting written from real public reports) and
checked against heldout11 and heldout13, each pinned with sentences written for this file: other
countries, names, figures and dates than the reports where the kind was found. Every sentence is
invented."""
from datetime import date

import pytest

from extract import default_extractor, extract_report


def facts(text, published, title=""):
    return sorted((c.event, c.country, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title))


# 1. A government's notice is often all headline ("Execution of a Convicted Drug Trafficker") over a
#    body whose wording the rules do not read; the headline then makes the report's only claim, and
#    its country is the one the body's opening names (a prison, a city, a state), never the default.

NOTICES = [
    ("Execution of Convicted Murderer",
     "The sentence imposed on Lim Boon Keat, 41, was duly implemented at Changi Prison Complex this morning. "
     "He had been convicted of murder in 2019.", "SG"),
    ("Statement on the execution of Marcus Dale Whitfield",
     "HUNTSVILLE — The state corrections department confirms that offender Marcus Dale Whitfield, 52, "
     "died by lethal injection in Texas at 6:20 p.m.", "US"),
    ("Execution of a Drug Trafficker",
     "RIYADH - The interior ministry announced that the penalty imposed on a smuggler of amphetamine "
     "pills was implemented today.", "SA"),
]


@pytest.mark.parametrize("title,text,country", NOTICES)
def test_a_headline_read_alone_takes_the_country_its_body_names(title, text, country):
    got = facts(text, date(2025, 6, 11), title)
    assert got and {f[1] for f in got} == {country}, got


@pytest.mark.parametrize("title,text,country", NOTICES)
def test_a_batch_reads_a_headline_alone_as_one_report_does(title, text, country):
    report = (text, date(2025, 6, 11), title)
    batch = next(default_extractor().extract_many(iter([report])))
    assert batch and {c.country for c in batch} == {country}, batch


def test_a_headline_naming_its_country_keeps_it():
    got = facts("The sentence imposed on a smuggler was duly implemented this morning at the central prison "
                "in Riyadh.", date(2025, 6, 11), "Singapore: execution of a convicted trafficker")
    assert {f[1] for f in got} <= {"SG"}, got
