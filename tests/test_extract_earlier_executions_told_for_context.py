"""Executions told for context beside the one a report brings: one in a clause that "after" or
"following" opens behind another execution ("hanged on Monday, days after two others were executed
there"), and one the sentence puts months or years back ("his cousin was hanged there two years
ago"). Neither is an incident of the report's day (SCHEMA.md: background), so neither makes a
claim; the execution of the news keeps its own."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2024, 3, 21))   # a Thursday


def test_an_undated_execution_after_another_execution_is_background():
    for text in (
        "A Baluch prisoner was put to death in Zahedan on Tuesday, days after two other inmates were hanged in the same jail.",
        "A Kurdish man was hanged in Urmia on Tuesday, shortly after three prisoners from his ward were executed.",
        "The authorities executed a man in Qom on Tuesday, only days after the hanging of two of his co-defendants.",
    ):
        assert facts(text) == [("executed", 1, "2024-03-19", "2024-03-19")], text


def test_an_execution_after_another_with_no_time_between_keeps_its_claim():
    got = facts("Three men were hanged in Arak on Tuesday after a fourth prisoner was put to death in the same jail.")
    assert ("executed", 3, "2024-03-19", "2024-03-19") in got and any(n == 1 for _, n, *_ in got)


def test_a_dated_or_next_execution_in_such_a_clause_keeps_its_claim():
    assert facts("Two men were executed in Karaj on Tuesday, after which four more prisoners were hanged in Arak.") == [
        ("executed", 2, "2024-03-19", "2024-03-19"), ("executed", 4, "2024-03-19", "2024-03-19")]
    assert facts("A man was executed in Qom on Tuesday, after three other men were hanged there on Sunday.") == [
        ("executed", 1, "2024-03-19", "2024-03-19"), ("executed", 3, "2024-03-17", "2024-03-17")]


def test_an_execution_told_as_years_back_is_background():
    for second in (
        "His co-defendant, Hamed Farzi, was hanged in the same prison three years ago.",
        "A cousin was put to death in Mahabad a decade earlier.",
        "Two of his uncles were executed in Tabriz several years ago.",
        "His brother Nader was also executed there many years ago.",
    ):
        text = f"Hengaw: Yousef Bahrami was executed in Urmia Central Prison on Tuesday. {second}"
        assert facts(text) == [("executed", 1, "2024-03-19", "2024-03-19")], second


def test_years_told_of_an_arrest_leave_the_execution_alone():
    for text in (
        "A Baluch man arrested two years ago was executed in Zahedan Central Prison.",
        "Haalvsh: Eisa Rigi, who was detained three years ago, has been hanged in Zahedan.",
        "A prisoner sentenced to death years ago was executed in Ghezel Hesar Prison this morning.",
    ):
        assert facts(text) == [("executed", 1, "2024-03-21", "2024-03-21")], text
