"""A record is measured "since the U.N. body ... in 1988": the dots of an abbreviation inside the
"since" clause end no clause, so that year is where the record starts, never the span a review's
later figures are of. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_a_since_year_after_an_abbreviation_does_not_date_later_figures():
    text = ("NEW YORK - Death sentences in the United States fell to a new low in 2021, the monitor said in its "
            "year-end review released on Thursday.\n\n"
            "Its main figures:\n"
            "- Death sentences: 18, the fewest since the U.S. Congress restored the federal death penalty in 1988\n\n"
            "Only three states carried out executions: Oklahoma executed two prisoners, and Alabama one.")
    got = facts(text, date(2021, 12, 16))
    assert not [g for g in got if g[3] == "1988-01-01"]
    assert [g for g in got if g[2] == 2 and g[3] == "2021-01-01"]
