"""A later month told without its year in the sentence of a month written with one ("hanged in
March 2019 ... and two more in August") is of that year, not the last such month before
publication; and a month glossing a relative interval ("three months later, in August") is the
date to trust. A month that would fall after publication keeps the year publication gives it."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2024, 2, 12))


def test_later_month_takes_the_year_written_before_it():
    text = "Qatar hanged four men in March 2019 and three others were executed in August."
    assert (3, "2019-08-01", "2019-08-31") in facts(text)


def test_month_glossing_a_relative_interval():
    text = ("Bahrain shot two men by firing squad in January 2017, and a third man was executed "
            "three months later, in April.")
    assert (1, "2017-04-01", "2017-04-30") in facts(text)


def test_a_month_never_moves_after_publication():
    text = "CAIRO, Feb 12, 2024 (AFP) - Egypt hanged a man on Sunday, the first execution since June."
    assert all(row[1] <= "2024-02-12" for row in facts(text))
