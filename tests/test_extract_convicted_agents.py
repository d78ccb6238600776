""""Convicted" before a noun for the people ("two convicted killers", "a convicted drug trafficker")
is an adjective, not a clause of conviction: the day written after it dates the execution, as it
does after "two men". A conviction told as a clause ("a man convicted in 2019") keeps its date."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2024, 3, 14))


def test_convicted_killers_then_a_weekday():
    assert facts("Missouri executed two convicted murderers on Tuesday evening.") == [
        ("executed", "US", 2, "2024-03-12", "2024-03-12")]


def test_convicted_drug_trafficker_then_a_weekday():
    assert facts("Singapore hanged a convicted drug trafficker on Wednesday, activists said.") == [
        ("executed", "SG", 1, "2024-03-13", "2024-03-13")]


def test_a_clause_of_conviction_keeps_its_own_date():
    rows = facts("Iran hanged a man convicted in 2019 of killing a police officer, the judiciary said on Wednesday.")
    assert all(row[3] != "2024-03-13" for row in rows)
