"""Kind: people counted by the name officials give members of armed groups ("jihadists",
"insurgents", "a militant"): they count people as "prisoners" or "men" do.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", published=date(2019, 3, 8))   # a Friday


def test_plural_armed_group_noun_counts_people():
    assert facts("Baghdad – Iraq on Thursday hanged 12 jihadists convicted of terrorism in the prison of "
                 "Nasiriyah, officials said.") == [("executed", "IQ", 12, "2019-03-07")]


def test_singular_armed_group_noun_counts_one():
    assert facts("Egypt on Tuesday executed a militant convicted of bombing a church, the prosecutor said.") == [
        ("executed", "EG", 1, "2019-03-05")]


def test_killed_insurgents_are_no_execution():
    assert facts("Iraqi forces killed 30 insurgents near Mosul on Tuesday.") == []
