"""Figures the rules used to miss: ways reports word a part, a list or a comparison that are
general constructions of English, each with wordings that must stay no claim. Every sentence is
invented for these tests (other names, numbers, places and dates than any labelled set)."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader

PUB = date(2025, 9, 10)
AUGUST = ("2025-08-01", "2025-08-31")


facts = claim_reader("event", "count", "period_start", "period_end", "kind", "offences", published=PUB)


def rules_of(text, count, published=PUB):
    return [c.rules for c in extract_report(text, published) if c.count == count]


# A part named "N of the/those ... <figure noun>": the figure's noun after "of" ------------------

def test_a_part_of_the_people_executed_is_a_part_of_the_months_figure():
    got = facts("Monitors counted 90 executions across the country in August. Sixty of the people "
                "executed were from the Baluch minority.")
    assert ("executed", 60, *AUGUST, "aggregate", ()) in got
    assert "count.person.partitive" in rules_of("Monitors counted 90 executions across the country in "
                                                "August. Sixty of the people executed were from the Baluch minority.", 60)[0]


def test_a_part_of_those_hangings_takes_its_charge():
    got = facts("The group recorded 48 hangings in August, and 31 of those hangings were for drug offences.")
    assert ("executed", 31, *AUGUST, "aggregate", ("drug",)) in got


def test_a_part_of_the_figure_itself_with_its_share():
    got = facts("Activists documented 150 executions in August; 41 of the 150 (27%) were carried out "
                "in Qezelhesar prison.")
    assert ("executed", 41, *AUGUST, "aggregate", ()) in got


def test_a_part_of_the_months_executions():
    got = facts("At least 75 people were executed in August. Only three of the month's executions were "
                "announced by official media.")
    assert ("executed", 3, *AUGUST, "aggregate", ()) in got


def test_a_part_of_a_counted_group_of_prisoners():
    got = facts("Twenty-two Kurdish prisoners were executed in August. Fourteen of the 22 Kurdish "
                "prisoners were hanged in prisons far from their homes.")
    assert ("executed", 14, *AUGUST, "aggregate", ()) in got


def test_a_part_whose_phrase_names_its_year_splits_that_years_figure():
    """A figure of another year told just before (a comparison in a sentence of its own) is not
    the whole that "N of the people executed in YEAR" splits: the year in its own phrase says which."""
    text = ("The monitor recorded at least 418 executions in 2022. In 2020, at least 267 people were put to "
            "death. At least 150 of the prisoners executed in 2022 had been convicted of drug offences.")
    got = facts(text, date(2023, 2, 14))
    assert [f[:5] for f in got if f[1] == 150] == [("executed", 150, "2022-01-01", "2022-12-31", "aggregate")], got
    # with no figure of the year its phrase names, the part keeps the figure before it
    got = facts("At least 418 people were executed in 2022. Forty of the people executed had been arrested "
                "in 2019 protests.", date(2023, 2, 14))
    assert [f[:5] for f in got if f[1] == 40] == [("executed", 40, "2022-01-01", "2022-12-31", "aggregate")], got


def test_a_part_of_people_arrested_is_no_claim():
    got = facts("Police arrested 40 people in Sanandaj in August. Twelve of the people arrested were women.")
    assert got == []


def test_a_part_with_a_verb_between_is_no_figure_noun():
    got = facts("Four prisoners were moved to solitary confinement in August. Two of the men have been "
                "released on bail, their lawyer said.")
    assert [g for g in got if g[1] == 2] == []


# Gapping: a later subject with its number, the verb of the count before left out --------------

def test_countries_listed_after_the_first_with_their_numbers():
    got = [(c.country, c.count, str(c.period_start)) for c in extract_report(
        "The review found that Iran executed at least 410 people in 2019, followed by Saudi Arabia "
        "with 130 and Egypt with 32.", PUB)]
    assert ("SA", 130, "2019-01-01") in got and ("EG", 32, "2019-01-01") in got
    assert rules_of("The review found that Iran executed at least 410 people in 2019, followed by Saudi "
                    "Arabia with 130 and Egypt with 32.", 130)[0][1] == "count.ellipsis"


def test_a_bare_country_and_number_continues_the_list():
    # only a country's name with a bare number is read so (a label like "Ward 8" is not:
    # test_extract_kinds_h13.py)
    got = [(c.country, c.count, str(c.period_start)) for c in extract_report(
        "The review found that Iran executed at least 410 people in 2019, Saudi Arabia 130 and Egypt 32.", PUB)]
    assert sorted(got) == [("EG", 32, "2019-01-01"), ("IR", 410, "2019-01-01"), ("SA", 130, "2019-01-01")], got


def test_followed_by_places_with_their_numbers():
    got = facts("In August the prisons of Karaj led with 25 executions, followed by Shiraz with 11 and "
                "Isfahan with 9.")
    assert ("executed", 11, *AUGUST, "aggregate", ()) in got
    assert ("executed", 9, *AUGUST, "aggregate", ()) in got


def test_death_sentences_of_other_countries_after_the_first():
    got = [(c.event, c.country, c.count) for c in extract_report(
        "Vietnam handed down at least 102 death sentences in 2023, followed by India with 120 and "
        "Pakistan with 77.", PUB)]
    assert ("sentenced", "IN", 120) in got and ("sentenced", "PK", 77) in got


def test_charges_accounting_for_their_numbers():
    got = facts("Monitors counted 80 executions in August. Drug offences accounted for 52 of the "
                "hangings, murder for 21 and espionage for 4.")
    assert ("executed", 21, *AUGUST, "aggregate", ("murder",)) in got
    assert ("executed", 4, *AUGUST, "aggregate", ("espionage",)) in got


def test_a_name_and_a_number_that_is_no_country_is_no_gapped_figure():
    got = facts("Three men were hanged in Ghezel Hesar on 4 August, and Ward 8 was emptied the same day.")
    assert [g[1] for g in got] == [3]


def test_a_gapped_year_or_share_is_no_figure():
    got = facts("Iran executed 200 people in the first half of 2025, Saudi Arabia 2024 records notwithstanding, "
                "and Egypt 12%.")
    assert sorted(g[1] for g in got) == [200]


# A country's own people: "N of its citizens", "two more of its nationals" ----------------------

def test_a_state_executing_n_of_its_citizens_is_an_incident():
    got = facts("Kuwait said on Wednesday it had executed five of its citizens convicted of murder.",
                published=date(2025, 9, 10))
    assert ("executed", 5, "2025-09-10", "2025-09-10", "event", ("murder",)) in got


def test_n_more_of_its_nationals():
    got = facts("Bahrain executed three more of its own nationals on Monday, rights groups said.")
    assert [g[1:5] for g in got] == [(3, "2025-09-08", "2025-09-08", "event")]


def test_its_citizens_with_no_execution_is_no_claim():
    got = facts("The ministry said it had repatriated 40 of its citizens from Iraq on Monday.")
    assert got == []
