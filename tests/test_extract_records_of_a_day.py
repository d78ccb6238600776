"""Records told with the news of one incident: "hanged five men on Monday, the most in a single day
since the moratorium ended in 2014" is that incident (the year a record is measured from is not the
count's); "It was the first time the country had executed six people on one day" repeats the count
of the incident told before it, on its day, not a figure of another span. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", published=date(2019, 8, 7))


def test_a_record_after_the_count_is_no_period_of_it():
    got = facts("AMMAN (AP) - Jordan hanged five men convicted of terrorism on Tuesday, the most in a single "
                "day since it ended a moratorium in 2014, officials said.")
    assert ("executed", "JO", 5, "2019-08-06", "2019-08-06") in got
    assert [row for row in got if row[3].startswith("2014")] == []


def test_a_record_of_one_day_repeats_the_incident():
    got = facts("Belarus executed three men on Monday, a rights group said. The three had been convicted of "
                "a string of murders in 2012.\n\nIt was the first time Belarus had executed three people on one "
                "day since independence.")
    assert got == [("executed", "BY", 3, "2019-08-05", "2019-08-05")]
