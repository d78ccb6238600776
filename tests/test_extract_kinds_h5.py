"""Kinds of error seen in heldout5 (English reports written blind from real reporting), each pinned
with sentences written for this file: other names, figures, places and dates than the reports where
the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report


def facts(text, published):
    return sorted((c.event, c.country, c.count, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published))


# 1. A year told in running text just before a colon ("were hanged in 2017: two in March, ...") is
#    the figure's year, never a dateline; and the months of the list after it are months of that
#    year, not of the report's.

def test_a_year_before_a_colon_in_running_text_dates_the_figure():
    got = facts("Rights monitors say that five men were executed in Belarus in 2017: two in March, "
                "one in June and two in October.", date(2018, 4, 2))
    assert ("executed", "BY", 5, "2017-01-01", "2017-12-31", "aggregate") in got
    assert ("executed", "BY", 2, "2017-03-01", "2017-03-31", "aggregate") in got
    assert not [f for f in got if f[3].startswith("2018")]


def test_a_year_during_which_a_list_of_months_follows():
    got = facts("Three people were hanged during 2021: one in February and two in August, the group "
                "said.", date(2022, 9, 30))
    assert ("executed", "IR", 3, "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 2, "2021-08-01", "2021-08-31", "aggregate") in got
    assert ("executed", "IR", 1, "2021-02-01", "2021-02-28", "aggregate") in got


def test_a_real_dateline_before_a_colon_is_still_no_event_date():
    got = facts("Hengaw, 14 March 2024: Two Kurdish prisoners were hanged in Urmia Central Prison "
                "on Tuesday.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-12", "2024-03-12", "event")]
