"""Phrasing families met in reports the rules were not tuned on; every sentence here is invented."""
from datetime import date

import pytest

from extract import extract_report
from extract.dates import find_dates

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind")


def period(expression, published):
    found = [m for m in find_dates(expression, published) if not m.dateline]
    assert found, f"no date found in {expression!r}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("expression, published, start, end", [
    ("in the Iranian month of Ordibehesht", date(2024, 6, 2), date(2024, 4, 21), date(2024, 5, 21)),
    ("during the month of Dey", date(2024, 2, 1), date(2023, 12, 22), date(2024, 1, 20)),
    ("in the Persian year 1401", date(2023, 4, 1), date(2022, 3, 21), date(2023, 3, 20)),
    ("in Bahman 1402", date(2024, 3, 1), date(2024, 1, 21), date(2024, 2, 19)),
    ("(1 April 2022 to 31 March 2023)", date(2023, 5, 1), date(2022, 4, 1), date(2023, 3, 31)),
    ("since the uprising began in October 2019", date(2020, 2, 10), date(2019, 10, 1), date(2020, 2, 10)),
    ("on the last day of the year", date(2021, 1, 4), date(2020, 12, 31), date(2020, 12, 31)),
    ("told he would be hanged on Friday", date(2024, 5, 14), date(2024, 5, 17), date(2024, 5, 17)),
])
def test_spans_and_calendars(expression, published, start, end):
    assert period(expression, published) == (start, end)


def test_comparison_date_does_not_take_over_the_period():
    pub = date(2022, 3, 1)
    assert facts("The monitor logged at least 212 hangings in 2021, the most since 2013.", pub) == [
        ("executed", 212, "2021-01-01", "2021-12-31", "aggregate")]
    assert facts("In 2020 the group counted 98 executions, a slight rise on 2019.", pub) == [
        ("executed", 98, "2020-01-01", "2020-12-31", "aggregate")]


def test_a_compared_date_with_its_own_clause_keeps_its_claim():
    got = facts("That is twice as many as in March 2019, when 30 prisoners were hanged.", date(2020, 4, 2))
    assert ("executed", 30, "2019-03-01", "2019-03-31", "aggregate") in got


def test_breakdown_after_a_lead_in_takes_the_statistic_period():
    text = ("The group counted 410 executions in 2020. Of those executed last year, 37 had been convicted "
            "of murder, a sharp increase after the courts changed policy in late 2018.")
    got = facts(text, date(2021, 2, 3))
    assert ("executed", 37, "2020-01-01", "2020-12-31", "aggregate") in got


def test_during_the_year_is_the_year_of_the_review():
    got = facts("The group counted some 300 drug-related executions during the year.", date(2024, 1, 9))
    assert got == [("executed", 300, "2023-01-01", "2023-12-31", "aggregate")]


def test_victims_and_arrests_are_not_claims():
    pub = date(2024, 6, 5)
    assert facts("A man was hanged in Qom on Monday for killing two police officers.", pub) == [
        ("executed", 1, "2024-06-03", "2024-06-03", "event")]
    got = facts("A court sentenced three men to death on Sunday and police detained 40 students.", pub)
    assert got == [("sentenced", 3, "2024-06-02", "2024-06-02", "event")]


def test_up_to_bounds_one_incident_but_not_a_rate():
    pub = date(2024, 6, 5)
    [claim] = extract_report("Up to seven men were hanged in Isfahan Central Prison on Tuesday.", pub)
    assert (claim.count, claim.qualifier) == (7, "at_most")
    assert extract_report("Prisoners said up to a dozen people were hanged at a time.", pub) == []


def test_death_sentences_as_a_noun_and_list_breakdowns():
    got = facts("In 2023 the courts issued at least 95 death sentences.", date(2024, 2, 1))
    assert got == [("sentenced", 95, "2023-01-01", "2023-12-31", "aggregate")]
    text = ("The monitor recorded 120 executions in April. By charge, 60 prisoners were executed for drug "
            "offences, 35 for murder and four on security charges.")
    got = facts(text, date(2024, 5, 3))
    for n in (120, 60, 35, 4):
        assert ("executed", n, "2024-04-01", "2024-04-30", "aggregate") in got


def test_hedged_and_scoped_ordinals():
    [claim] = extract_report("Zahra K. was at least the 14th woman executed this year, the group said.", date(2024, 8, 8))
    assert (claim.count, claim.qualifier, claim.period_start, claim.kind) == (14, "at_least", date(2024, 1, 1), "aggregate")
    got = facts("It was the third public execution of 2023.", date(2023, 5, 5))
    assert got == [("executed", 3, "2023-01-01", "2023-05-05", "aggregate")]


def test_a_name_in_an_apposition_with_who():
    got = facts("Five protesters have been executed, most recently Omid Rahimi, who was hanged on 3 March.", date(2024, 3, 9))
    assert ("executed", 1, "2024-03-03", "2024-03-03", "event") in got


def test_a_later_sentence_inherits_the_year_of_the_statistics():
    text = ("Executions rose sharply worldwide in 2022, the review found.\n\nThe kingdom alone carried out at least 140 executions, "
            "twice its total for the previous year.")
    assert facts(text, date(2023, 3, 2)) == [("executed", 140, "2022-01-01", "2022-12-31", "aggregate")]


def test_a_second_part_joined_to_a_breakdown_is_a_breakdown():
    text = "In March the group recorded 70 executions. Six of those executed were women, and at least two were juveniles."
    got = facts(text, date(2024, 4, 4))
    assert ("executed", 2, "2024-03-01", "2024-03-31", "aggregate") in got
    assert ("executed", 6, "2024-03-01", "2024-03-31", "aggregate") in got


def test_a_part_with_its_own_date_does_not_date_the_whole():
    got = facts("In 2021 the kingdom put 150 people to death, including 40 in a single week in May.", date(2022, 2, 2))
    assert ("executed", 150, "2021-01-01", "2021-12-31", "aggregate") in got
    got = facts("In 2020 at least 15 people were hanged for espionage, most of them in the autumn of that year.",
                date(2021, 1, 20))
    assert ("executed", 15, "2020-01-01", "2020-12-31", "aggregate") in got


def test_offence_words_for_cannabis_and_bombings():
    [claim] = extract_report("A man convicted of smuggling cannabis was hanged in Zahedan on Monday.", date(2024, 6, 5))
    assert claim.offences == ("drug",)
    [claim] = extract_report("Two men convicted over a bombing were hanged in Ahvaz on Monday.", date(2024, 6, 5))
    assert claim.offences == ("political",)
