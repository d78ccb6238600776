"""A month or day written right before the noun of an execution that governs the count ("the March
execution of X", "the June hanging of two men") dates that execution, not a later date of the
sentence that belongs to another clause. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", published=date(2016, 11, 20))


def test_a_month_before_the_execution_of_dates_it():
    assert facts("The state paused its programme after it emerged that an untested sedative had been used in "
                 "the March execution of Dale Porter and was due to be used again in October.") == [
        (1, "2016-03-01", "2016-03-31")]


def test_a_month_before_the_hanging_of_a_group_dates_it():
    assert facts("Lawyers said the June hanging of three men in Birjand prison was never announced, and "
                 "families learned of it in August.") == [(3, "2016-06-01", "2016-06-30")]


def test_a_date_after_the_count_still_dates_it_without_one_before():
    assert facts("The execution of Dale Porter on Tuesday drew protests.") == [(1, "2016-11-15", "2016-11-15")]
