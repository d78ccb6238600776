"""Kinds of error seen in heldout15 (world and wire reporting written from real public reports) and
checked against heldout11 and heldout13, each pinned with sentences written for this file: other
countries, names, figures and dates than the reports where the kind was found. Every sentence is
invented."""
from datetime import date

import pytest

from claim_rows import claim_reader
from extract import default_extractor


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


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
    got = facts(text, date(2025, 6, 11), title=title)
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


# 2. Wire copy counts foreigners by nationality, in the plural ("Four Somalis and three Ethiopians were
#    put to death"): every plural nationality word of countries.yaml counts people, so the group is
#    read whole. A part of a group joined by "and" to a part that made no claim makes none either,
#    never a smaller incident of its own.

@pytest.mark.parametrize("text,counts", [
    ("Kuwait hanged seven prisoners on Wednesday. Five Filipinos and two Bangladeshis were hanged at the "
     "central prison, the prosecution said.", [7]),
    ("Two Ethiopians and three Yemenis were beheaded in Jazan on Tuesday, the ministry said.", [5]),
    ("Six Indonesians and a Malaysian man were executed by firing squad in Singapore on Friday.", [7]),
])
def test_plural_nationalities_joined_by_and_are_one_group(text, counts):
    got = facts(text, date(2024, 5, 10))
    assert [f[2] for f in got if f[5] == "event"] == counts, got


def test_a_part_joined_to_a_refused_part_makes_no_incident_of_its_own():
    got = facts("Riyadh executed nine people on Monday, most of them foreigners, state media said.\n\n"
                "Four Pakistanis and three Ethiopians were executed in the southern border region for "
                "smuggling, the agency reported.", date(2024, 5, 14))
    assert ("executed", "SA", 3, "2024-05-13", "2024-05-13", "event") not in got, got
    assert ("executed", "SA", 3, "2024-05-14", "2024-05-14", "event") not in got, got


def test_the_place_after_a_passive_trigger_is_every_part_of_its_subjects():
    got = facts("Saudi Arabia executed nine people on Monday, state media said.\n\n"
                "Four Pakistanis and three Ethiopians were executed in the southern Jazan region for "
                "smuggling, the agency reported.", date(2024, 5, 14))
    assert ("executed", "SA", 7, "2024-05-13", "2024-05-13", "event") in got, got


def test_parts_of_a_group_told_in_the_next_paragraph_keep_its_day():
    got = facts("Saudi Arabia executed nine people on Monday, state media said.\n\n"
                "Four Pakistanis and three Ethiopians were executed in the southern Jazan region for "
                "smuggling, the agency reported. A Saudi man was executed for killing his father, it added.",
                date(2024, 5, 14))
    assert ("executed", "SA", 1, "2024-05-13", "2024-05-13", "event") in got, got
    assert not any(f[3] == "2024-05-14" for f in got), got


def test_a_group_larger_than_the_day_before_is_not_its_part():
    got = facts("Iran hanged two men in Shiraz on Monday, the group said.\n\n"
                "Five prisoners were executed in Isfahan prison, local media reported.", date(2024, 5, 16))
    assert not any(f[2] == 5 and f[3] == "2024-05-13" for f in got), got


# 3. A figure compared with one of a part of an earlier year ("down from 12 new death sentences in
#    the first half of 2024") counts that part of that year, never the statistic's period; a word
#    describing its noun ("new", "known") does not hide the comparison.

@pytest.mark.parametrize("text,start,end", [
    ("Nine people in five states were sentenced to death between January and June, down from 15 new "
     "death sentences in the first half of 2023.", "2023-01-01", "2023-06-30"),
    ("Nine people have been sentenced to death so far this year, compared with 15 new death sentences in "
     "the first six months of 2023.", "2023-01-01", "2023-06-30"),
    ("Iran executed 130 people in the first quarter of 2024, up from 95 known executions in the first "
     "quarter of 2023.", "2023-01-01", "2023-03-31"),
])
def test_a_figure_compared_with_part_of_an_earlier_year_counts_that_part(text, start, end):
    got = facts(text, date(2024, 7, 2))
    assert [(f[3], f[4]) for f in got if f[2] in (15, 95)] == [(start, end)], got


# 4. A world review tells a country's figure after a clause about another of its deeds, set off by
#    commas and dated ("Pakistan, which lifted its moratorium in December 2014, hanged 326 people";
#    "after lifting a moratorium in December 2014, hanging 326"): that date is the other deed's,
#    and the figure keeps the review's year.

REVIEW = "Amnesty International recorded at least 1,100 executions worldwide in 2017.\n\n{line}"


@pytest.mark.parametrize("line,count", [
    ("Belarus, which resumed executions in November 2016 after a pause, executed at least four people, the group said.", 4),
    ("- Egypt pressed on with mass trials after reopening its military courts in March 2015, hanging 35 people.", 35),
    ("Japan, whose last hanging before the review came in December 2016, executed four people.", 4),
])
def test_a_date_in_a_clause_set_off_before_a_figure_is_another_deeds(line, count):
    got = facts(REVIEW.format(line=line), date(2018, 4, 12))
    assert [(f[3], f[4]) for f in got if f[2] == count] == [("2017-01-01", "2017-12-31")], got


# 5. A number after "No." or "Number" names a court, a ward or a block ("the city's No. 2 Intermediate
#    People's Court said"): it counts no one.

@pytest.mark.parametrize("text", [
    "China on Tuesday executed Li Wei, who killed two children in 2019, the city's No. 2 Intermediate People's Court said.",
    "Wang Jun was executed in China on Tuesday after a review by the Number 3 Intermediate People's Court, state media said.",
])
def test_a_number_after_no_names_a_court_and_counts_no_one(text):
    got = facts(text, date(2024, 1, 31))
    assert got == [("executed", "CN", 1, "2024-01-30", "2024-01-30", "event")], got


def test_a_subgroup_set_off_before_the_trigger_is_no_part_joined_by_and():
    got = facts("Human rights group, 4 July 2024: Ali Rezaei, Hamid Karimi and two men who have not been "
                "identified, one of them an Afghan national, have been executed in secret in Tabriz Central Prison.\n\n"
                "A news agency reported that the four men were hanged in Tabriz prison on 30 June.", date(2024, 7, 4))
    assert [f for f in got if f[2] == 4] == [("executed", "IR", 4, "2024-06-30", "2024-06-30", "event")], got
