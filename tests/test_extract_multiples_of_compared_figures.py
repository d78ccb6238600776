"""Annual reviews compare a country's figure with a multiple of an earlier one ("nearly three times
the 40 recorded in 2021"): that year is the compared figure's, never the span of the statistics
told after it, nor of a country's figure after a dash closing the aside. Every report here is
invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")

Y22 = ("2022-01-01", "2022-12-31")


def test_a_year_after_a_multiple_of_the_figure_does_not_date_later_figures():
    text = ("LONDON - The number of executions recorded worldwide climbed in 2022 to its highest level in "
            "years, the monitor said today in its annual report.\n\n"
            "Three countries accounted for most of the known total, executing 600 people between them:\n"
            "- Iran: at least 500, up from at least 300 in 2021\n"
            "- Kuwait: at least 12, nearly four times the 3 recorded in 2021\n\n"
            "In Japan, three prisoners were hanged, and the monitor criticised the secrecy of the process.")
    got = facts(text, date(2023, 5, 16))
    assert ("executed", "JP", 3, *Y22, "aggregate") in got
    assert ("executed", "KW", 3, "2021-01-01", "2021-12-31", "aggregate") in got
    assert not [g for g in got if g[1] == "JP" and g[3] == "2021-01-01"]


def test_a_country_after_a_dash_closing_a_multiple_keeps_the_reviewed_year():
    text = ("The group documented at least 700 executions in 2022. Saudi Arabia put at least 150 people to "
            "death, Kuwait at least 12 - about four times the three it recorded there in 2021 - and Yemen "
            "at least 9.")
    got = facts(text, date(2023, 5, 16))
    assert ("executed", "YE", 9, *Y22, "aggregate") in got
    assert not [g for g in got if g[2] == 9 and g[3] == "2021-01-01"]
