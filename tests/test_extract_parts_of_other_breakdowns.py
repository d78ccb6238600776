"""Two parts of one statistic that share only their number split it two ways ("- Mazandarani
prisoners: 14" and "14 women were executed"; "9 for rape" and "only 9 of the March executions were
announced"): two facts, not one told again. A part told again keeps a word of itself and stays one
claim. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2025, 1, 10))

YEAR = ("At least 640 prisoners were executed in Iran in 2024, the group said.\n\n"
        "Executions by ethnicity:\n"
        "- Kurdish prisoners: 95\n"
        "- Mazandarani prisoners: 14\n\n")


def test_a_row_and_a_group_sharing_a_number_are_two_facts():
    got = facts(YEAR + "Besides, 14 women were executed during the year.")
    assert got.count((14, "2024-01-01", "2024-12-31")) == 2, got


def test_a_part_told_again_with_its_own_word_is_one_fact():
    got = facts("At least 640 prisoners were executed in Iran in 2024, the group said.\n\n"
                "Executions by gender:\n- Men: 626\n- Women: 14\n\n"
                "The 14 women executed included two juvenile offenders.")
    assert got.count((14, "2024-01-01", "2024-12-31")) == 1, got


MONTH = ("At least 120 people were executed in Iran in March, the monitor said on Thursday.\n\n"
         "By charge, 61 of the executions were for drug offences, 50 for murder and 9 for rape.\n\n")


def test_two_prose_parts_of_different_breakdowns_are_two_facts():
    got = facts(MONTH + "Only 9 of the March executions were announced by official media.", date(2025, 4, 10))
    assert got.count((9, "2025-03-01", "2025-03-31")) == 2, got


def test_a_part_pointing_back_tells_nothing_of_which_part_it_is():
    got = facts("At least 120 people were executed in Iran in March, among them 7 Afghan nationals.\n\n"
                "At least 40 Afghans have been executed in Iran so far this year, 7 of them in March.",
                date(2025, 4, 10))
    assert got.count((7, "2025-03-01", "2025-03-31")) == 1, got
