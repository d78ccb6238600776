"""One person picked out ("Iran has hanged a man ... over the protests that have gripped the country
since October") is the news of the day, never a figure counted "so far" from the protests' start;
a number of people told so is still a tally (session 16). Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def test_one_man_hanged_over_protests_that_have_gone_on_since_a_month_is_no_running_figure():
    text = ("Iran has hanged a man in the city of Shiraz for killing two members of the security forces during the protests that have "
            "gripped the country since October.\n\nAli Rostami, 27, was hanged at dawn on Tuesday, the "
            "judiciary's news agency said.")
    got = facts(text, date(2023, 1, 11))
    assert ("executed", "IR", 1, "2023-01-10", "2023-01-10", "event") in got
    assert not [g for g in got if g[5] == "aggregate"]


def test_a_since_clause_of_the_count_itself_still_counts_from_its_start():
    got = facts("Since the protests began, at least 12 people have been executed, the group said.",
                date(2023, 1, 11))
    assert [g for g in got if g[2] == 12 and g[5] == "aggregate"]


def test_four_men_hanged_over_protests_that_have_gone_on_since_a_month_are_a_tally():
    got = facts("Iran faces condemnation for hanging four men in connection with the protests that have gripped "
                "the country since September.", date(2023, 1, 14))
    assert [g for g in got if g[2] == 4 and g[5] == "aggregate"]
