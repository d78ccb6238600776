"""A count after a fronted "since" date and a clause set off by commas about that day ("Since 3 May,
when the strike began, 14 prisoners have been hanged") runs from that day to the report: the clause
says what happened that day, it holds no count. A count inside the clause is still that day's."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2024, 6, 20))


def test_count_after_the_clause_runs_from_the_day_to_the_report():
    text = ("Since 3 May, when guards opened fire on a sit-in at the prison gate, at least 14 prisoners "
            "have been hanged in Sistan and Baluchestan.")
    assert facts(text) == [("executed", 14, "2024-05-03", "2024-06-20", "aggregate")]


def test_a_short_clause_too():
    text = "Since 1 June, when the new judiciary chief took office, 23 men have been executed in Iran."
    assert facts(text) == [("executed", 23, "2024-06-01", "2024-06-20", "aggregate")]


def test_the_count_inside_the_clause_keeps_its_year():
    text = "The toll is the highest since 2015, when 47 people were hanged in the province, the group said."
    assert facts(text) == [("executed", 47, "2015-01-01", "2015-12-31", "aggregate")]
