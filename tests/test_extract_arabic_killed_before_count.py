"""Arabic: a verb of killing before its count, a date between ("حيث قُتل في منتصف مارس/آذار ثلاثة حراس"),
counts the dead of another event (a riot, an escape), not people executed, though a verb of execution
stands earlier in the sentence (count_drafts.killed_before, reject.other_action). Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", lang="ar")
DAY = date(2021, 5, 2)


def test_the_dead_of_a_riot_told_after_the_executed_are_no_claim():
    text = ("وأُعدم في أبريل/نيسان 12 رجلاً كانوا محتجزين في سجن برج العرب، حيث قُتل في منتصف مارس/آذار ثلاثة "
            "حراس وسجينان خلال أعمال شغب.")
    assert facts(text, DAY) == [("executed", 12, "2021-04-01")]
