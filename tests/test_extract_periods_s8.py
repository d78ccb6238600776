"""Periods of claims, by the kind of period language: each test writes a construction in new
words (other numbers, years, places and names than any labelled set) and checks the period."""
from datetime import date

from extract import extract_report


def _claims(text: str, published: str, lang: str = "en"):
    return list(extract_report(text, date.fromisoformat(published), lang=lang))


def _one(claims, count: int):
    found = [c for c in claims if c.count == count]
    assert len(found) == 1, [(c.count, c.period_start, c.period_end, c.rules) for c in claims]
    return found[0]


# -- a group named by who its people are, in a review of a closed span (period.statistic_group)

_REVIEW = ("Quarterly review\n\nAt least 318 people were executed in Iran between 1 July and "
           "30 September 2025, the monitor said in its report.\n\n")


def test_one_child_offender_in_a_review_has_the_reviews_span():
    claims = _claims(_REVIEW + "Children\nOne child offender, Hadi Rostami from Dezful, was hanged for a "
                     "killing committed when he was 17.", "2025-10-04")
    c = _one(claims, 1)
    assert (c.period_start, c.period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert "period.statistic_group" in c.rules


def test_a_group_with_a_prison_named_for_one_of_them_is_still_part_of_the_review():
    claims = _claims(_REVIEW + "Three juvenile offenders were executed, one of them Kian Abedi in Tabriz "
                     "Central Prison.", "2025-10-04")
    c = _one(claims, 3)
    assert (c.period_start, c.period_end) == (date(2025, 7, 1), date(2025, 9, 30))


def test_people_named_by_their_people_in_a_monthly_review():
    text = ("Monthly report: November 2024\n\nAt least 96 prisoners were executed in Iran in November 2024, "
            "according to the centre's figures.\n\nTwo Baluch prisoners were hanged in Zahedan for drug "
            "offences. A woman was executed in Qazvin for the murder of her husband.")
    claims = _claims(text, "2024-12-02")
    for n in (2, 1):
        c = _one(claims, n)
        assert (c.period_start, c.period_end) == (date(2024, 11, 1), date(2024, 11, 30)), c.rules


def test_a_group_in_a_report_on_this_year_so_far_keeps_the_day_of_the_news():
    # the statistic runs to the report's own day: a news report, not a review of a closed span
    text = ("At least 1,050 people have been executed in Iran so far this year, the group said. "
            "Two Kurdish prisoners were hanged in Urmia prison, their families said.")
    c = _one(_claims(text, "2025-10-04"), 2)
    assert c.period_start == c.period_end == date(2025, 10, 4)


def test_a_group_after_a_day_in_its_paragraph_keeps_that_day():
    text = (_REVIEW + "On 14 August six men were hanged in Karaj. Two Afghan nationals were among "
            "those executed that week, one woman was hanged in Arak.")
    claims = _claims(text, "2025-10-04")
    assert all(c.period_end <= date(2025, 8, 21) for c in claims if c.count == 2 and c.period_end), \
        [(c.count, c.period_start, c.period_end) for c in claims]


def test_a_year_that_dates_a_sentence_or_a_crime_is_no_review():
    text = ("AMMAN, March 9 (Reuters) - Jordan hanged five men on Sunday, the first executions since 2021.\n\n"
            "One of them had been sentenced to death in 2019 for a bombing.\n\n"
            "Also hanged was a Jordanian woman convicted of poisoning her brother in 2018.")
    claims = _claims(text, "2025-03-09")
    assert all(c.period_start != date(2018, 1, 1) and c.period_start != date(2019, 1, 1)
               for c in claims if c.event == "executed"), [(c.count, c.period_start, c.rules) for c in claims]


# -- "the same period last year" after a figure with its own span is the compared figure's

def test_a_figure_with_its_own_months_is_not_moved_by_the_same_period_it_is_compared_with():
    text = ("Amnesty counted 512 executions in Iran in 2023.\n\n"
            "In the first eight months of 2024, at least 455 people were executed in Iran, three times as many "
            "as in the same period of the year before.")
    c = _one(_claims(text, "2024-09-20"), 455)
    assert (c.period_start, c.period_end) == (date(2024, 1, 1), date(2024, 8, 31)), c.rules
    assert "period.same_period_compared" in c.rules


def test_a_figure_of_a_half_year_set_against_the_same_period_keeps_its_half_year():
    text = ("Egypt carried out 107 executions in 2020.\n\n"
            "During the first half of 2021, Egyptian prisons executed 59 people, about half again the number recorded in the same "
            "period of 2020.")
    c = _one(_claims(text, "2021-07-20"), 59)
    assert (c.period_start, c.period_end) == (date(2021, 1, 1), date(2021, 6, 30)), c.rules


def test_the_year_after_the_same_period_is_not_the_figures_own():
    text = ("Iran executed 834 people in 2023.\n\n"
            "In the first nine months of 2024, at least 703 people were executed, a third more than in the same "
            "period last year.")
    c = _one(_claims(text, "2024-10-12"), 703)
    assert (c.period_start, c.period_end) == (date(2024, 1, 1), date(2024, 9, 30)), c.rules


def test_a_figure_told_in_the_same_period_still_takes_the_statistics_period():
    text = ("At least 610 people were executed in Iran in the first half of 2025. In the same period, "
            "19 women were hanged.")
    c = _one(_claims(text, "2025-07-10"), 19)
    assert (c.period_start, c.period_end) == (date(2025, 1, 1), date(2025, 6, 30))
