"""Ways English reports word a figure that the rules misread, found on the quality gate's sets
(dev, dev2, seed) in session 10 and written here as general constructions, each in several
wordings of our own (other names, numbers, places and dates than any labelled set), with wordings
that must stay as they were."""
from datetime import date

from extract import extract_report

PUB = date(2025, 3, 5)   # a Wednesday


def facts(text, published=PUB):
    return sorted((c.event, c.country, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published))


def day(d):
    return d, d


# "Another prisoner", "two other men": a group counted as new is no restatement of the one before --

def test_another_prisoner_hanged_the_day_before_is_a_second_incident():
    got = facts("Iran on Tuesday hanged a man convicted of spying for a foreign agency. His execution came a "
                "day after the judiciary said that another prisoner accused of espionage had been hanged on Monday.")
    assert ("executed", "IR", 1, *day("2025-03-04"), "event") in got
    assert ("executed", "IR", 1, *day("2025-03-03"), "event") in got


def test_two_other_prisoners_in_the_same_prison_a_day_earlier():
    got = facts("Two men were hanged in Karaj on Tuesday. Two other prisoners were executed in the same "
                "prison on Monday, rights groups said.")
    assert ("executed", "IR", 2, *day("2025-03-03"), "event") in got
    assert ("executed", "IR", 2, *day("2025-03-04"), "event") in got


def test_a_further_two_and_a_second_woman():
    got = facts("Two men were hanged in Karaj on Tuesday. A further two were executed in the same prison "
                "on Monday, rights groups said.")
    assert ("executed", "IR", 2, *day("2025-03-03"), "event") in got
    got = facts("A woman was hanged in Qom prison on Tuesday. A second woman was executed there on Monday.")
    assert ("executed", "IR", 1, *day("2025-03-03"), "event") in got
    assert ("executed", "IR", 1, *day("2025-03-04"), "event") in got


def test_the_same_group_told_again_is_still_one_claim():
    """"The two brothers" points back; "brothers" holds no "other"."""
    got = facts("Two brothers were hanged in Karaj on Tuesday. The two brothers were executed in the "
                "prison before dawn, rights groups said.")
    assert got == [("executed", "IR", 2, *day("2025-03-04"), "event")]


def test_the_same_day_with_no_day_told_before_is_no_undated_figure():
    """"Two other men were hanged the same day" before any day is named: the report's day (weak, a
    later sentence may give the day), never a claim with no period."""
    got = facts("State media reported the execution of two men in Rasht prison. Activists had already "
                "reported that two other men were hanged in the prison the same day.")
    assert [g for g in got if g[3] == "None"] == []
    assert sum(1 for g in got if g[2] == 2) == 2
