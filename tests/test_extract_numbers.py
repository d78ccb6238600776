"""Numbers as reports write them, and counts that must not become claims."""
from datetime import date

import pytest

from extract import extract_report
from extract.numbers import parse_number, parse_ordinal

from claim_rows import claim_reader

REPORT_DAY = date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize("text, value", [
    ("1,000", 1000), ("12,345", 12345), ("nine", 9), ("twenty-three", 23), ("twenty three", 23),
    ("a dozen", 12), ("one hundred and five", 105), ("two thousand", 2000), ("64", 64),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["dozens", "several", "hundreds", "12-day", "1.5", ""])
def test_vague_or_other_numbers_do_not_parse(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text, value", [("tenth", 10), ("10th", 10), ("twenty-first", 21), ("second", 2)])
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


counts = claim_reader("event", "count", "qualifier", published=REPORT_DAY)


@pytest.mark.parametrize("sentence, expected", [
    ("Authorities in Qom hanged eleven men on Tuesday.", [("executed", 11, "exact")]),
    ("At least 1,200 people were executed across the country in 2023, the group said.",
     [("executed", 1200, "at_least")]),
    ("More than twenty-three prisoners have been put to death since the start of the year.",
     [("executed", 23, "more_than")]),
    ("No fewer than 40 executions took place in the first two months of 2024.", [("executed", 40, "at_least")]),
    ("Roughly a dozen inmates were hanged in Tabriz last week.", [("executed", 12, "about")]),
    ("A young man convicted of theft was hanged in Zanjan on Monday.", [("executed", 1, "exact")]),
])
def test_counts_and_hedges(sentence, expected):
    assert counts(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Activists say the authorities hang nine people a day on average.",                  # rate
    "Dozens of prisoners were hanged in the northern province last month.",             # vague
    "Several hundred detainees are believed to have been executed over the decade.",    # vague
    "Police arrested 35 people after the demonstration on Sunday.",                     # arrests
    "He was sentenced to 12 years in prison and 74 lashes.",                            # prison term
    "More than 4,000 people remain on death row, most of them for drug offences.",      # death row
    "Executions rose by 30 percent compared with the previous year.",                    # percentage
    "The 12-day war with Israel ended in June.",                                         # other thing
    "At least 80 prisoners are at risk of execution, the group warned.",                # at-risk count
    "The courts could hang up to a dozen people at a time, a lawyer said.",             # hypothetical
])
def test_negatives_are_not_claims(sentence):
    assert counts(sentence) == []


def test_named_person_counts_as_one():
    claims = extract_report("Hamid Rezaei, a 31-year-old labourer, was executed in Isfahan Central Prison on "
                            "Wednesday.", REPORT_DAY)
    assert [(c.count, c.names) for c in claims] == [(1, ("Hamid Rezaei",))]


def test_listed_names_count_together():
    claims = extract_report("The authorities hanged Karim Jafari and Nader Sohrabi in Birjand on 2 March.", REPORT_DAY)
    assert [(c.count, c.period_start) for c in claims] == [(2, date(2024, 3, 2))]
