"""A weekly or monthly figure compared with the one before it ("up from five the week before", "compared
with 31 the previous month", "against 6 a week earlier", "up from 45 in July"): the earlier figure is a
claim of its own (SCHEMA.md), dated by the week or month right before the statistic's (rule
period.span_before) or by the month named, the latest before it. Unlike spans make no claim. Every
sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "rules", published=date(2025, 6, 11),   # a Wednesday
                     where={"kind": "aggregate"})


def rows(text: str, published: date = date(2025, 6, 11)) -> list:
    return [r[:3] for r in facts(text, published)]


def test_the_week_before_a_last_weeks_figure():
    got = facts("Eleven prisoners were hanged in Iran last week, up from seven the week before, the monitors said.")
    assert [r[:3] for r in got] == [(7, "2025-05-26", "2025-06-01"), (11, "2025-06-02", "2025-06-08")]
    assert "period.span_before" in got[0][3]


def test_the_previous_week_and_a_week_earlier():
    assert rows("At least 15 people were executed in the country last week, down from 19 the previous week.") == [
        (15, "2025-06-02", "2025-06-08"), (19, "2025-05-26", "2025-06-01")]
    assert rows("Iran executed 12 people in the past week, against 8 a week earlier, the group said.") == [
        (8, "2025-05-28", "2025-06-03"), (12, "2025-06-04", "2025-06-10")]


def test_the_month_before_a_months_figure():
    assert rows("The authorities hanged 52 prisoners in May, compared with 40 the month before.") == [
        (40, "2025-04-01", "2025-04-30"), (52, "2025-05-01", "2025-05-31")]
    assert rows("At least 52 prisoners were executed in May, up from 40 in the previous month.") == [
        (40, "2025-04-01", "2025-04-30"), (52, "2025-05-01", "2025-05-31")]
    assert rows("Some 52 people were executed in May, down from 61 a month earlier.") == [
        (52, "2025-05-01", "2025-05-31"), (61, "2025-04-01", "2025-04-30")]


def test_a_year_earlier_is_still_the_same_span_a_year_back():
    assert rows("The authorities hanged 52 prisoners in May, against 33 a year earlier.") == [
        (33, "2024-05-01", "2024-05-31"), (52, "2025-05-01", "2025-05-31")]


def test_a_month_named_after_the_compared_number():
    assert rows("At least 64 people were put to death in Iran in May, up from 48 in April, the group said.") == [
        (48, "2025-04-01", "2025-04-30"), (64, "2025-05-01", "2025-05-31")]
    # a month later in the year than the statistic's: the latest one before it, in the year before
    assert rows("At least 70 prisoners were executed in January, compared with 95 recorded in December.",
                date(2025, 2, 4)) == [(70, "2025-01-01", "2025-01-31"), (95, "2024-12-01", "2024-12-31")]
    # its own year written
    assert rows("At least 70 prisoners were executed in January 2025, compared with 58 in January 2024.",
                date(2025, 2, 4)) == [(58, "2024-01-01", "2024-01-31"), (70, "2025-01-01", "2025-01-31")]


def test_unlike_spans_make_no_compared_claim():
    # a year's figure set against "the month before" or "in July": no dates told for the smaller figure
    assert rows("Iran executed 975 people in 2024, up from 60 the month before.") == [(975, "2024-01-01", "2024-12-31")]
    assert rows("Iran executed 975 people in 2024, up from 60 in July.") == [(975, "2024-01-01", "2024-12-31")]
    # a week's figure "up from 30 the previous month" compares a week with a month: not dated
    assert rows("Nine men were hanged in Iran last week, up from 30 the previous month.") == [
        (9, "2025-06-02", "2025-06-08")]


def test_no_comparison_with_another_count():
    # the number after "up from" counts arrests, no executions
    assert rows("Nine men were hanged in Iran last week; arrests were up from 30 the week before.") == [
        (9, "2025-06-02", "2025-06-08")]


def test_the_span_before_with_a_preposition_or_ago():
    assert rows("Nine people were executed in Iran last week, compared with four in the week before.") == [
        (4, "2025-05-26", "2025-06-01"), (9, "2025-06-02", "2025-06-08")]
    assert rows("Iran executed 40 people in April, down from 52 during the preceding month.") == [
        (40, "2025-04-01", "2025-04-30"), (52, "2025-03-01", "2025-03-31")]
    assert rows("Ten men were hanged in the country in the past week, up from five a week ago.") == [
        (5, "2025-05-28", "2025-06-03"), (10, "2025-06-04", "2025-06-10")]
