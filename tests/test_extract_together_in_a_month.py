"""A group told as put to death together within a month the sentence names ("Last December three men
were hanged on the same day", "in a single day in March") is one incident in that month: "the same day"
there points back at no day told before, and the month is no statistic's span."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2023, 9, 14))


def test_the_same_day_within_a_named_month_is_that_month_s_incident():
    text = ("Japan hanged a man convicted of arson on Thursday, the ministry said. Last February two inmates "
            "were executed on the same day, the first hangings in a year.")
    assert ("executed", "JP", 2, "2023-02-01", "2023-02-28", "event") in facts(text)


def test_a_single_day_in_a_named_month_is_one_incident():
    assert facts("In April, Saudi Arabia put 37 men to death in a single day.") == [
        ("executed", "SA", 37, "2023-04-01", "2023-04-30", "event")]


def test_the_same_day_with_no_month_of_its_own_still_points_back():
    text = "Two men were hanged in Shiraz on Tuesday. Three more were executed on the same day in Isfahan."
    assert facts(text) == [("executed", "IR", 2, "2023-09-12", "2023-09-12", "event"),
                           ("executed", "IR", 3, "2023-09-12", "2023-09-12", "event")]


def test_a_month_s_figure_with_no_word_of_one_day_stays_a_statistic():
    assert facts("In April, Saudi Arabia put 37 men to death.") == [
        ("executed", "SA", 37, "2023-04-01", "2023-04-30", "aggregate")]


def test_the_same_day_opening_a_sentence_points_back_whatever_year_follows():
    text = ("China executed two men in Guangzhou on Tuesday, a court said. On the same day a court in Hunan announced "
            "the execution of Li Wei, who killed two neighbours in 2016.")
    assert ("executed", "CN", 1, "2023-09-12", "2023-09-12", "event") in facts(text)
