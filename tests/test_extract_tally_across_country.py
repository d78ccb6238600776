"""A group told as spread over the country ("across Iran", "nationwide") or over a window up to the
report ("in the past 24 hours") is a tally of many incidents, a statistic, though its sentence names a
day or the prisons: never one incident. Only the count's own stretch of the sentence says so: a
prison's group told before such a tally stays an incident. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

kinds = claim_reader("count", "kind", "period_start", "period_end", published=date(2025, 3, 14))   # a Friday


def test_a_group_across_the_country_is_a_tally():
    for text, n in (
        ("Seventeen prisoners were hanged across the country on Wednesday, the group said.", 17),
        ("At least nine people were executed across Iran on Wednesday, including in Qom and Arak.", 9),
        ("On Wednesday 14 men were put to death throughout the country, according to the rights group.", 14),
    ):
        assert kinds(text) == [(n, "aggregate", "2025-03-12", "2025-03-12")], text


def test_a_group_over_a_window_up_to_the_report_is_a_tally():
    got = kinds("At least 15 prisoners have been executed in the past 24 hours, in prisons in Karaj, Shiraz and Yazd.")
    assert got == [(15, "aggregate", "2025-03-13", "2025-03-14")]


def test_a_prison_group_told_before_the_tally_stays_an_incident():
    got = kinds("Eight men were hanged in Ghezel Hesar Prison on Wednesday, part of a wave of at least 20 executions "
                "across Iran in the past 24 hours.")
    assert (8, "event", "2025-03-12", "2025-03-12") in got
    assert (20, "aggregate", "2025-03-13", "2025-03-14") in got


def test_a_group_at_one_prison_is_an_incident():
    assert kinds("Four prisoners were executed in Vakilabad Prison in Mashhad on Wednesday.") == [
        (4, "event", "2025-03-12", "2025-03-12")]


def test_nationwide_protests_tell_the_cause_not_a_tally():
    assert kinds("Iran hanged two men on Saturday who were convicted of killing a guard during the nationwide protests.") == [
        (2, "event", "2025-03-08", "2025-03-08")]


def test_the_parts_of_a_tally_of_a_day_are_no_breakdown():
    got = kinds("At least 11 prisoners were hanged across the country on Wednesday. Six of them were hanged in "
                "Ghezel Hesar Prison, and three of those six were Afghan nationals.")
    assert (11, "aggregate", "2025-03-12", "2025-03-12") in got and all(n != 3 for n, *_ in got)
