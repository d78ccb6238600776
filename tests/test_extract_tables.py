"""Breakdowns set out one part per line (pseudo-tables, bullet lists) are aggregates over the
statistic's span, never incidents; every report here is invented."""
from datetime import date

from claim_rows import claim_reader

PUB = date(2025, 5, 6)


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", "offences",
                     "location", published=PUB)


def test_a_breakdown_by_charge_gives_one_aggregate_per_line_with_the_totals_period():
    got = facts("The monitor recorded at least 41 executions in April 2025.\n\n"
                "Breakdown by charge:\nDrug trafficking: 25 (61%)\nMurder: 14 (34%)\nUnknown: 2")
    april = ("2025-04-01", "2025-04-30", "aggregate")
    assert ("executed", "IR", 25, *april, ("drug",), None) in got
    assert ("executed", "IR", 14, *april, ("murder",), None) in got
    assert ("executed", "IR", 2, *april, (), None) in got
    assert len(got) == 4


def test_lines_of_places_keep_the_place_and_each_splits_a_shared_figure():
    got = facts("Rights groups counted 30 hangings between January and March 2025. They took place in these prisons:\n"
                "- Vakilabad Prison, Mashhad – 12 hangings\n- Dastgerd Prison – 9\n- Yazd and Sanandaj: 3 each\n"
                "- Tabriz: 3")
    quarter = ("2025-01-01", "2025-03-31", "aggregate")
    assert ("executed", "IR", 12, *quarter, (), "Vakilabad Prison, Mashhad") in got
    assert ("executed", "IR", 3, *quarter, (), "Yazd") in got
    assert ("executed", "IR", 3, *quarter, (), "Sanandaj") in got
    assert ("executed", "IR", 3, *quarter, (), "Tabriz") in got
    assert all(g[5] == "aggregate" for g in got)


def test_nationalities_in_a_list_are_not_the_country_of_the_executions():
    got = facts("Saudi Arabia has put 80 foreign nationals to death so far this year. By nationality:\n"
                "Pakistan – 30\nEthiopia – 20\nJordan – 12")
    assert {(g[1], g[2]) for g in got} >= {("SA", 30), ("SA", 20), ("SA", 12)}
    assert all(g[1] == "SA" and g[3:5] == ("2025-01-01", str(PUB)) for g in got)


def test_a_list_of_countries_gives_each_country_its_own_figure():
    got = facts("The countries that carried out the most executions in 2024 were:\n\n"
                "Iraq: at least 60 executions\nEgypt: 25 executions\nSingapore: 9 executions")
    year = ("2024-01-01", "2024-12-31", "aggregate")
    assert ("executed", "IQ", 60, *year, (), None) in got
    assert ("executed", "EG", 25, *year, (), None) in got
    assert ("executed", "SG", 9, *year, (), None) in got


def test_lines_with_numbers_that_split_no_statistic_are_no_claims():
    got = facts("Visiting hours at the prison were changed on Monday:\nWeekdays: 3 hours\nSundays: 2 hours\n"
                "Families: 4")
    assert got == []


def test_a_share_given_alone_is_not_a_row():
    got = facts("At least 50 people were executed in March 2025.\nBy charge:\nDrugs: 60%\nMurder: 40%")
    assert [g[2] for g in got] == [50]


def test_figures_in_brackets_after_places_split_the_sentences_statistic():
    got = facts("Executions in the other provinces during 2024 were spread thin: Ilam (three), Semnan (two) and "
                "Bushehr (one).", date(2025, 2, 1))
    year = ("2024-01-01", "2024-12-31", "aggregate")
    assert got == sorted([("executed", "IR", 3, *year, (), "Ilam"), ("executed", "IR", 2, *year, (), "Semnan"),
                          ("executed", "IR", 1, *year, (), "Bushehr")])


def test_ages_in_brackets_are_not_a_breakdown():
    got = facts("Among those executed on Monday were Kamal Sharifi (41) and Davud Rostami (36).", date(2025, 2, 4))
    assert all(g[2] not in (41, 36) for g in got)
