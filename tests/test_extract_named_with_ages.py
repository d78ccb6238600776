"""Kind: people named in a list with their ages, "A, 52, B, 47, and C, 39, were hanged".

An age set off by commas after each name keeps the list whole: the claim counts every name, and
a list restating a group told before ("three Afghan men") merges into that group's claim rather
than making a second, smaller incident.
"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "names", published=date(2021, 6, 12), where={"event": "executed"})


def test_a_list_with_ages_counts_every_name():
    rows = facts("Yusuf Demir, 52, Kemal Arslan, 47, and Murat Kaya, 39, were hanged in Qom on Thursday.")
    assert rows == [(3, "2021-06-10", ("Yusuf Demir", "Kemal Arslan", "Murat Kaya"))]


def test_a_list_with_ages_after_a_group_names_the_group():
    rows = facts("Iran hanged three Afghan men in Mashhad on Thursday for drug trafficking.\n\n"
                 "The three, Ahmad Noori, 31, Karim Sadat, 28, and Wali Jan, 44, were executed at dawn.")
    assert rows == [(3, "2021-06-10", ("Ahmad Noori", "Karim Sadat", "Wali Jan"))]


def test_two_names_with_ages():
    rows = facts("Hossein Rahimi, 60, and Javad Saberi, 35, were executed in Shiraz on Tuesday.")
    assert rows == [(2, "2021-06-08", ("Hossein Rahimi", "Javad Saberi"))]


def test_an_age_only_after_the_last_name_changes_nothing():
    rows = facts("Hossein Rahimi and Javad Saberi, 35, were executed in Shiraz on Tuesday.")
    assert rows == [(2, "2021-06-08", ("Hossein Rahimi", "Javad Saberi"))]
