"""Kind: after a count, a clause with a subject of its own in the pluperfect ("the two men the judge had
condemned to death on 3 May") tells an earlier deed; its date is that deed's, never the date of the
count's own verb, which keeps the day the sentence gives it before.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2023, 7, 14))


def test_the_earlier_date_belongs_to_the_clause():
    assert facts("On Tuesday an appeals court in Tunis upheld the death sentences of two men it had condemned "
                 "to death on 3 May.") == [("sentenced", 2, "2023-07-11", "2023-07-11")]


def test_without_the_clause_the_date_is_the_counts():
    assert facts("An appeals court in Tunis upheld the death sentences of two men on 3 July.") == [
        ("sentenced", 2, "2023-07-03", "2023-07-03")]
