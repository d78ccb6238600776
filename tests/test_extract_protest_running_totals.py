"""Running totals over the protests count from the day the protests began, whatever day the
sentence also tells: the day of the incident that raised the total ("bringing to four the
number executed ..."), or the day of an earlier execution after the ordinal ("the second ...,
after X was hanged on Thursday")."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2023, 1, 9))


def test_total_raised_by_todays_incident_runs_from_the_protests_start():
    text = ("Ali Rahimi and Saeed Moradi were hanged at dawn today, bringing to six the number of people "
            "executed in connection with the nationwide protests.")
    assert ("executed", 6, "2022-09-16", "2023-01-09", "aggregate") in facts(text)
    assert ("executed", 2, "2023-01-09", "2023-01-09", "event") in facts(text)


def test_ordinal_followed_by_an_earlier_execution_runs_from_the_protests_start():
    text = ("Reza Kazemi was hanged in Isfahan on Monday. He is the third person executed over the "
            "protests, after Hamed Yousefi was hanged on Saturday.")
    rows = facts(text)
    assert ("executed", 3, "2022-09-16", "2023-01-09", "aggregate") in rows
    assert ("executed", 1, "2023-01-07", "2023-01-07", "event") in rows


def test_ordinal_since_a_day_still_counts_from_that_day():
    text = "Reza Kazemi was hanged on Monday, the eighth execution since Nowruz on 20 March."
    assert ("executed", 8, "2022-03-20", "2023-01-09", "aggregate") in facts(text, date(2023, 1, 11))


def test_ordinal_over_protests_the_sentence_dates_counts_from_their_start():
    text = ("Kamran Sohrabi was convicted of a killing during the protests that broke out in Ahvaz in "
            "August 2018.\n\nHe is the second person executed over the protests of 2017 and 2018, after "
            "Jalal Nasiri, who was hanged in Arak on August 5.")
    rows = facts(text, date(2020, 9, 13))
    assert ("executed", 2, "2017-12-28", "2020-09-13", "aggregate") in rows
