"""A part of a statistic counted from an event ("including at least 60 since the new chief justice
took office in early May"): a bare number after "including" is a part of the figure before it, over
the span from that event (the words between its verb and the date allowed) to the report's day."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "qualifier", "period_start", "period_end", published=date(2021, 9, 14))


def test_including_a_part_since_someone_took_office():
    text = ("Rights monitors have recorded more than 200 executions in Iran since January, including at "
            "least 60 since Ebrahim Raisi took office as president in early August.")
    assert facts(text) == [(60, "at_least", "2021-08-01", "2021-09-14"),
                           (200, "more_than", "2021-01-01", "2021-09-14")]


def test_including_a_part_in_a_month():
    text = "At least 180 people have been hanged this year, including 35 in August alone."
    assert facts(text) == [(35, "exact", "2021-08-01", "2021-08-31"),
                           (180, "at_least", "2021-01-01", "2021-09-14")]


def test_including_a_year_is_no_count():
    assert facts("At least 180 people have been hanged since 2019, including 2020.") == [
        (180, "at_least", "2019-01-01", "2021-09-14")]
