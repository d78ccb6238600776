"""An ordinal of executions counted "since" an event dated after it ("the sixth war-crimes convict hanged
for 1971 offences since the first went to the gallows in March 2012"): the count starts at the date
after "since", not at a year that dates the crimes before it (period.running_total.since). Every
sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2017, 8, 30),
                     where={"kind": "aggregate", "event": "executed"})


def test_an_ordinal_counts_from_the_date_after_since():
    text = ("DHAKA - Bangladesh on Wednesday hanged a former militia commander, the sixth man executed for "
            "1971 war crimes since the tribunal's first convict went to the gallows in March 2012.")
    assert facts(text) == [(6, "2012-03-01", "2017-08-30")]


def test_an_ordinal_with_one_date_after_it_keeps_it():
    text = ("DHAKA - Bangladesh on Wednesday hanged a former militia commander, the sixth man executed since "
            "hangings for war crimes began in 2012.")
    assert facts(text) == [(6, "2012-01-01", "2017-08-30")]
