"""A report that corrects its own earlier figure ("the group stated that eight had been hanged ...
Based on new information, it can confirm that seven were executed that day") keeps the corrected
figure only: the retracted one is no incident. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", published=date(2021, 9, 8), where={"kind": "event"})


def test_a_figure_stated_then_corrected_on_new_information_is_dropped():
    got = facts("In a report published on Monday, the group stated that eight prisoners had been hanged in "
                "Shiraz on Sunday. Based on new information, the group can confirm that seven prisoners were "
                "executed that day.")
    assert got == [(7, "2021-09-05")]


def test_without_a_correction_both_figures_of_other_days_stay():
    got = facts("The group stated that eight prisoners had been hanged in Shiraz on Sunday. Seven prisoners "
                "were executed in Qom on Monday.")
    assert got == [(7, "2021-09-06"), (8, "2021-09-05")]
