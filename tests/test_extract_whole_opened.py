""""Of the seven women, four were hanged for murder": a part in a sentence that opens on its whole,
written as a number, splits the figure of that number told before (itself a part of the month's
statistic), whatever was told between; and a row of the statistic's table that shares its number
is another fact, not the part told again."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2025, 12, 3))


def test_part_of_a_part_takes_the_period_of_its_whole():
    text = ("At least 142 prisoners were executed in Iran in November. Seven of those executed were women.\n\n"
            "Since the summer, the monthly figure has not fallen below 120.\n\n"
            "Of the seven women, four were hanged for killing their husbands.")
    rows = facts(text)
    assert (7, "2025-11-01", "2025-11-30", "aggregate") in rows
    assert (4, "2025-11-01", "2025-11-30", "aggregate") in rows


def test_part_of_a_part_is_no_row_told_again():
    text = ("At least 142 prisoners were executed in Iran in November.\n\n"
            "By charge:\n"
            "- Drug offences: 81\n"
            "- Murder: 57\n"
            "- Espionage: 4\n\n"
            "Seven of those executed were women. Of the seven women, four were hanged for killing their husbands.")
    rows = facts(text)
    assert rows.count((4, "2025-11-01", "2025-11-30", "aggregate")) == 2
