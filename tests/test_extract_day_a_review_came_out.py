"""The day a review or report came out, set off between commas after the year it covers ("In its
2021 annual report, released on Monday, the group said ..."), is the day of the news: the figures told
after it are of the year, not incidents of that day. A day of saying that is no aside still leaves a
count told with it alone."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2022, 5, 25))


def test_a_release_day_set_off_after_the_year_reviewed_does_not_date_the_figures():
    text = ("In its 2021 annual report on capital punishment, released on Monday, the rights group said Egypt "
            "executed 83 people.")
    assert facts(text) == [("executed", "EG", 83, "2021-01-01", "2021-12-31", "aggregate")]


def test_a_count_told_as_the_news_of_the_day_said_keeps_that_day():
    text = "Over the 12 months since the moratorium ended, officials said on Monday, three more prisoners were hanged."
    assert ("executed", "IR", 3, "2021-05-23", "2022-05-23", "aggregate") not in facts(text)
