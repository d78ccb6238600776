"""Set-out figures of an annual or monthly report: the list's own heading dates its rows, even
when the sentence before the list is about another year, and dot leaders join label and figure.
(Kind seen in IHRNGO annual reports: "Key figures for 2024:" after "This compares with ... 2023".)"""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "offences", published=date(2025, 2, 20))
rules = claim_reader("count", "rules", published=date(2025, 2, 20))

REPORT = (
    "Geneva, 20 February 2025 – The Abdorrahman Boroumand Center counted at least 912 executions in Iran "
    "in 2024.\n\n"
    "That compares with 790 executions it recorded in 2023.\n\n"
    "Main figures of 2024:\n"
    "- Drug offences: 470\n"
    "- Qisas for murder: 380\n"
    "- Women: 27\n")


def test_rows_take_the_heading_year_not_the_year_compared_before():
    rows = [r for r in facts(REPORT) if r[1] in (470, 380, 27)]
    assert rows == [
        ("executed", 27, "2024-01-01", "2024-12-31", ()),
        ("executed", 380, "2024-01-01", "2024-12-31", ("murder",)),
        ("executed", 470, "2024-01-01", "2024-12-31", ("drug",)),
    ]


def test_a_figure_compared_with_is_its_own_year_and_no_parent():
    assert ("executed", 790, "2023-01-01", "2023-12-31", ()) in facts(REPORT)
    assert ("executed", 912, "2024-01-01", "2024-12-31", ()) in facts(REPORT)


DOTTED = (
    "Oslo, 4 March 2025 – At least 1,210 people were executed in Iran in 2024, the monitors said.\n\n"
    "Executions in 2024 by charge:\n"
    "  Drug trafficking ............ 598\n"
    "  Murder ...................... 501\n"
    "  Espionage and security . 44\n"
    "  Rape ......................... 19\n\n"
    "The report was presented in Paris.")


def test_dot_leader_rows_are_rows_of_the_heading_year():
    rows = [r for r in facts(DOTTED, date(2025, 3, 4)) if r[1] != 1210]
    assert rows == [
        ("executed", 19, "2024-01-01", "2024-12-31", ("rape",)),
        ("executed", 44, "2024-01-01", "2024-12-31", ("espionage",)),
        ("executed", 501, "2024-01-01", "2024-12-31", ("murder",)),
        ("executed", 598, "2024-01-01", "2024-12-31", ("drug",)),
    ]
    assert all("table.leader" in r for c, r in rules(DOTTED, date(2025, 3, 4)) if c != 1210)


def test_a_sentence_with_a_full_stop_between_words_is_no_row():
    text = ("Three men were hanged in Qom on Monday, the group said.\n\n"
            "Authorities said nothing . 12 relatives gathered outside.")
    assert facts(text, date(2025, 3, 4)) == [("executed", 3, "2025-03-03", "2025-03-03", ())]


def test_the_year_figure_compares_with_an_earlier_year():
    text = ("Iran executed at least 912 people in 2024, the centre said. The 2024 figure compares with 790 "
            "executions recorded in 2023.")
    assert ("executed", 790, "2023-01-01", "2023-12-31", ()) in facts(text)
