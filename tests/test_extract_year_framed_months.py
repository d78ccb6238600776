"""Kind: past executions told as background, a year and then its months.

"Bahrain last carried out executions in 2017, shooting two men in January and one in July": the
months belong to the year the sentence opens with, never to the report's own year. A year that dates
something else (an arrest, a killing) or that executions ran "since" frames no month.
"""
from datetime import date

from extract.dates import find_dates
from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2020, 3, 4),
                     where={"country": "BH"})


def months(text: str, published: date = date(2020, 3, 4)) -> list:
    return [(m.text, str(m.period_start), str(m.period_end)) for m in find_dates(text, published)
            if not m.text[:1].isdigit() and not m.text.lower().startswith("since")]


def test_months_after_a_year_set_off_by_a_comma_are_of_that_year():
    rows = facts("Bahrain hanged a man on Tuesday, its first execution in three years.\n\n"
                 "Bahrain last carried out executions in 2017, hanging two men in January and three in July.")
    assert ("executed", 2, "2017-01-01", "2017-01-31") in rows
    assert ("executed", 3, "2017-07-01", "2017-07-31") in rows
    assert all(not start.startswith("2019-0") for _, _, start, _ in rows)


def test_months_after_a_year_and_a_colon_are_of_that_year():
    assert months("The last hangings took place in 2011: four prisoners were hanged in May and one in "
                  "November.") == [("May", "2011-05-01", "2011-05-31"), ("November", "2011-11-01", "2011-11-30")]


def test_of_that_year_ties_a_month_to_the_year_without_a_comma():
    assert months("Two men were hanged in 2015 and a woman in March of that year.")[0] == (
        "March", "2015-03-01", "2015-03-31")


def test_a_year_of_an_arrest_frames_no_month():
    assert months("He was arrested in 2014, and was hanged in February.") == [
        ("February", "2020-02-01", "2020-02-29")]


def test_a_year_of_the_crime_frames_no_month():
    # "since the state resumed them in January" is a span from that January (of the report's year)
    dates = find_dates("Texas executed Ray Doe for killings in 1998, the third execution since the state "
                       "resumed them in January.", date(2020, 3, 4))
    assert dates[-1].period_start == date(2020, 1, 1)


def test_since_a_year_frames_no_month():
    assert months("Oman has hanged nobody since 2016, but in January it hanged two men.") == [
        ("January", "2020-01-01", "2020-01-31")]


def test_a_month_with_its_own_relative_word_keeps_it():
    assert months("Guards executed three men in 2012, the first since hangings were halted last June.")[-1][1] \
        == "2019-06-01"



def test_of_that_year_reaches_back_across_a_full_stop():
    # the year ends its own sentence; "of that year" in the next one points back to it
    got = facts("Bahrain executed three men on Monday. Its last executions took place in 2017. "
                "Two men convicted of killing a policeman were executed by firing squad in January of that year.")
    assert ("executed", 2, "2017-01-01", "2017-01-31") in got


def test_a_month_without_that_year_after_a_full_stop_keeps_its_own_year():
    assert months("The last executions were carried out in 2017. Two men were shot in January.") == [
        ("January", "2020-01-01", "2020-01-31")]
