"""A figure counted "since the moratorium ended" (or the freeze, the hiatus) with no date in its own
sentence, in a report that dates the end of that halt earlier ("Jordan ended an eight-year freeze on
executions on Dec. 21"): the figure runs from that day to publication (period.so_far.halt_told_before),
not from a month the report names for something else. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2015, 6, 9),
                     where={"kind": "aggregate", "event": "executed"})


def test_since_the_halt_ended_runs_from_the_day_told_before():
    text = ("AMMAN - Jordan hanged two men convicted of murder on Tuesday, a prison official said.\n\n"
            "The kingdom ended an eight-year freeze on executions on Dec. 21 after a rise in violent crime. "
            "Hangings were at first limited to murder cases but were widened to terrorism cases in February.\n\n"
            "At least 26 people have been executed since the moratorium was lifted, according to a rights group.")
    assert facts(text) == [(26, "2014-12-21", "2015-06-09")]


def test_with_no_halt_dated_before_the_figure_keeps_its_other_readings():
    text = ("AMMAN - Jordan hanged two men convicted of murder on Tuesday, a prison official said.\n\n"
            "At least 26 people have been executed since the moratorium was lifted, according to a rights group.")
    assert all(f[1] != "2014-12-21" for f in facts(text))
