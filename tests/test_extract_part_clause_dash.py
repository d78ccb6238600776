"""A part of a statistic opened by a dash ("- including 40 beheaded on one day in February") dates
that part, never the statistic: later countries' undated figures keep the year the statistic
named, as they do after a part opened by a comma."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "period_start", "period_end", published=date(2024, 4, 20))

_LEAD = ("Executions around the world rose to their highest level in five years in 2023, the rights group "
         "said in its annual review.\n\n")


def test_month_of_a_dashed_part_is_not_the_span_of_later_figures():
    text = (_LEAD + "Saudi Arabia tripled its total, from 50 in 2022 to 150 in 2023 - including 40 people "
            "beheaded on a single day in February.\n\nEgypt executed 14 people. Kuwait executed 5 prisoners.")
    rows = facts(text)
    assert ("EG", 14, "2023-01-01", "2023-12-31") in rows
    assert ("KW", 5, "2023-01-01", "2023-12-31") in rows


def test_em_dash_opens_a_part_too():
    text = (_LEAD + "Saudi Arabia tripled its total, from 50 in 2022 to 150 in 2023 — including 40 people "
            "beheaded on a single day in February.\n\nEgypt executed 14 people.")
    assert ("EG", 14, "2023-01-01", "2023-12-31") in facts(text)
