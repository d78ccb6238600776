"""Lines that open on their figure under a heading ending in ":" that tells of executions ("Among
those hanged in March were:" over "- 12 Baluch prisoners"): each line is a part of the statistic
with its period (rule table.number_first). Without such a heading, or when the lines tell news of
their own, they are read as sentences. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2024, 4, 6))


def test_bulleted_groups_under_a_heading_of_executions():
    text = ("At least 58 people were executed in Iran in March 2024.\n\n"
            "Among those hanged in March were:\n- 12 Baluch prisoners;\n- 7 Afghan nationals;\n- 3 women.")
    assert facts(text) == [("executed", 3, "2024-03-01", "2024-03-31", "aggregate"),
                           ("executed", 7, "2024-03-01", "2024-03-31", "aggregate"),
                           ("executed", 12, "2024-03-01", "2024-03-31", "aggregate"),
                           ("executed", 58, "2024-03-01", "2024-03-31", "aggregate")]


def test_unbulleted_lines_with_a_charge():
    text = ("At least 58 people were executed in Iran in March 2024.\n\n"
            "Those executed in March included:\n31 for drug trafficking\n14 for murder")
    assert ("executed", 31, "2024-03-01", "2024-03-31", "aggregate") in facts(text)
    assert ("executed", 14, "2024-03-01", "2024-03-31", "aggregate") in facts(text)


def test_lines_under_a_heading_about_something_else_make_nothing():
    text = ("At least 58 people were executed in Iran in March 2024.\n\n"
            "Detentions:\n- 140 students\n- 22 journalists")
    assert facts(text) == [("executed", 58, "2024-03-01", "2024-03-31", "aggregate")]


def test_lines_with_no_heading_make_nothing():
    text = ("At least 58 people were executed in Iran in March 2024.\n\n"
            "- 140 students\n- 22 journalists\n- 9 lawyers")
    assert facts(text) == [("executed", 58, "2024-03-01", "2024-03-31", "aggregate")]
