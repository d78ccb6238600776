"""Figures the rules used to miss: ways reports word a part, a list or a comparison that are
general constructions of English, each with wordings that must stay no claim. Every sentence is
invented for these tests (other names, numbers, places and dates than any labelled set)."""
from datetime import date

from extract import extract_report

PUB = date(2025, 9, 10)
AUGUST = ("2025-08-01", "2025-08-31")


def facts(text, published=PUB):
    return sorted((c.event, c.count, str(c.period_start), str(c.period_end), c.kind, c.offences)
                  for c in extract_report(text, published))


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


def test_a_part_of_people_arrested_is_no_claim():
    got = facts("Police arrested 40 people in Sanandaj in August. Twelve of the people arrested were women.")
    assert got == []


def test_a_part_with_a_verb_between_is_no_figure_noun():
    got = facts("Four prisoners were moved to solitary confinement in August. Two of the men have been "
                "released on bail, their lawyer said.")
    assert [g for g in got if g[1] == 2] == []

