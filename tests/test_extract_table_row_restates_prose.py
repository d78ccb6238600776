""""At least 612 people were executed in Iran in 2021 ... 2021 in numbers: - Total executions: at
least 612": a row of a briefing's table that gives again a whole figure its prose told, with the
same hedge and span, is that figure (merge.row_restates), not a second claim. A row that shares a
number with a part told in prose ("three were women" ... "Golestan: 3") stays its own."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "qualifier", "period_start", "period_end", published=date(2022, 3, 2))


def test_total_row_restating_the_lead_is_one_claim():
    text = ("At least 612 people were executed in Iran in 2021, the monitor said in its annual report.\n\n"
            "2021 in numbers:\n"
            "- Total executions: at least 612\n"
            "- Drug-related charges: at least 140\n"
            "- Women: at least 17")
    rows = facts(text)
    assert rows.count(("IR", 612, "at_least", "2021-01-01", "2021-12-31")) == 1
    assert ("IR", 140, "at_least", "2021-01-01", "2021-12-31") in rows
    assert ("IR", 17, "at_least", "2021-01-01", "2021-12-31") in rows


def test_country_row_restating_prose_is_one_claim():
    text = ("Iraq carried out at least 61 executions in 2021, the report said.\n\n"
            "Recorded executions in 2021, by country:\n"
            "Iraq: 61+\n"
            "Egypt: 83+\n"
            "Saudi Arabia: 65")
    rows = facts(text)
    assert rows.count(("IQ", 61, "at_least", "2021-01-01", "2021-12-31")) == 1
    assert ("EG", 83, "at_least", "2021-01-01", "2021-12-31") in rows


def test_row_sharing_a_number_with_a_part_stays():
    text = ("At least 48 prisoners were executed in March. Of them, three were women.\n\n"
            "Executions in March, by province:\n"
            "Golestan: 3\n"
            "Tehran: 11\n"
            "Fars: 7")
    rows = facts(text, date(2022, 4, 3))
    assert rows.count(("IR", 3, "exact", "2022-03-01", "2022-03-31")) == 2


def test_unhedged_month_row_restating_a_hedged_month_figure():
    text = ("At least 74 prisoners were executed in Iran during February, the group said in its monthly report.\n\n"
            "Executions recorded in 2022, by month:\n"
            "January: 55\n"
            "February: 74")
    rows = facts(text)
    assert ("IR", 74, "at_least", "2022-02-01", "2022-02-28") in rows
    assert ("IR", 74, "exact", "2022-02-01", "2022-02-28") not in rows
    assert ("IR", 55, "exact", "2022-01-01", "2022-01-31") in rows
