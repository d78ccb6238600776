"""Periods of claims, kinds of writing that gave a claim the wrong span (session 9). Each kind is
pinned with sentences written for this file (other names, places, numbers and dates than any
labelled report), with wordings that must change and wordings that must not."""
from datetime import date

from claim_rows import claim_reader


periods = claim_reader("count", "period_start", "period_end", where={"event": "executed"})


# 1. A span whose year is written only at its end ("between 1 January and 20 December 2020"): the
#    start is in that year, not in the year of publication (which made the span run backwards).

def test_a_span_takes_the_year_written_at_its_end():
    got = periods("Rights monitors counted 412 executions in Iran between 1 January and 30 November 2019.",
                  date(2020, 5, 4))
    assert got == [(412, "2019-01-01", "2019-11-30")]


def test_a_span_of_days_in_two_months_takes_the_end_year():
    got = periods("At least 57 people were hanged between 3 March and 17 April 2018, the group said.",
                  date(2019, 2, 1))
    assert got == [(57, "2018-03-03", "2018-04-17")]


def test_a_span_across_new_year_starts_in_the_year_before():
    got = periods("Some 38 prisoners were executed from 12 December to 25 January 2022.", date(2022, 6, 9))
    assert got == [(38, "2021-12-12", "2022-01-25")]


def test_a_start_with_its_own_year_is_kept():
    got = periods("Between 5 May 2016 and 9 June 2017, 301 people were put to death.", date(2018, 1, 3))
    assert got == [(301, "2016-05-05", "2017-06-09")]


# 2. Arabic: a ministry announces today the executions of a past window ("أعلنت ... اليوم الأحد ...
#    تنفيذ الإعدام بحق 9 مدانين في سجن ... خلال الأسبوع الماضي"): the window after the count is the
#    executions' span, the day before it the announcement's, however long the subject or the place.

def test_arabic_announced_today_executed_last_week_behind_a_long_place():
    got = periods("أعلن الناطق الرسمي باسم وزارة العدل العراقية، اليوم الأحد 8 آذار/مارس 2026، تنفيذ أحكام "
                  "الإعدام بحق 9 مدانين في سجن الحلة المركزي بمحافظة بابل خلال الأسبوع الماضي.", date(2026, 3, 8))
    assert got == [(9, "2026-02-23", "2026-03-01")]


def test_arabic_announced_today_executed_in_the_past_seven_days():
    got = periods("أعلنت وزارة العدل، اليوم الخميس 14 أيار/مايو 2026، تنفيذ أحكام الإعدام بحق 6 مدانين في سجن "
                  "الناصرية المركزي بمحافظة ذي قار، المعروف باسم الحوت، خلال الأيام السبعة الماضية.",
                  date(2026, 5, 14))
    assert len(got) == 1 and got[0][1] == "2026-05-07"


def test_arabic_announced_today_with_no_window_stays_the_announced_day():
    got = periods("أعلن المتحدث باسم وزارة العدل العراقية، اليوم الأحد 8 آذار/مارس 2026، تنفيذ أحكام الإعدام "
                  "بحق 9 مدانين في سجن الحلة المركزي بمحافظة بابل.", date(2026, 3, 8))
    assert got == [(9, "2026-03-08", "2026-03-08")]


# 3. A year written as the adjective of the events a count is tied to, with their quoted name between
#    ("in connection with the 2022 'Woman, Life, Freedom' uprising"): it names the uprising, it does
#    not date the executions, which fall in the span the report reviews.

def test_a_year_naming_quoted_protests_does_not_date_the_count():
    got = periods("In 2023 the authorities executed at least 806 people. Three of them were hanged in connection "
                  "with the 2019 \"Fuel Price\" protests, the group said.", date(2024, 3, 2))
    assert (3, "2023-01-01", "2023-12-31") in got


def test_a_year_naming_a_quoted_movement_in_a_list_item():
    got = periods("Iran executed at least 588 people in 2023.\n\n- Two protesters, Navid Ghasemi and Omid "
                  "Rahnama, were executed in connection with the 2022 'Women Life Freedom' movement;",
                  date(2024, 2, 20))
    assert (2, "2023-01-01", "2023-12-31") in got


def test_a_quoted_word_before_a_figure_noun_still_dates_the_figure():
    got = periods("The 2021 \"official\" total of 61 executions was revised later.", date(2023, 1, 5))
    assert got == [(61, "2021-01-01", "2021-12-31")]


def test_arabic_a_running_total_after_the_count_keeps_the_announced_day():
    got = periods("أعلنت وزارة الداخلية أمس الأحد تنفيذ حكم الإعدام بحق أربعة مدانين، ليرتفع بذلك عدد الإعدامات "
                  "في المملكة منذ مطلع 2025 إلى 141.", date(2025, 6, 16))
    assert (4, "2025-06-15", "2025-06-15") in got


# 4. A figure told with its own span and then set against "the same period" of another year, inside
#    a sentence that opens with the day it was said ("X said on Monday that 97 were hanged in the
#    first quarter of 2023, up on the same period last year"): the span between the count and "the
#    same period" is the figure's, not the day it was said.

def test_the_span_before_the_same_period_is_the_figure_s_own_not_the_day_said():
    got = periods("The monitor said on Monday that at least 143 prisoners were executed in the first four months "
                  "of 2024, nearly twice the number for the same period last year.", date(2024, 5, 8))
    assert got == [(143, "2024-01-01", "2024-04-30")]


def test_with_no_span_of_its_own_a_year_before_the_count_still_dates_it():
    got = periods("In the first half of 2021, 118 people were put to death, more than in the same period "
                  "of 2020.", date(2021, 7, 15))
    assert (118, "2021-01-01", "2021-06-30") in got


def test_an_ordinal_over_protests_named_by_a_quoted_year_runs_from_their_start():
    got = periods("Hamid Sadeghi, a young protester, was hanged in Arak on Tuesday morning. He is the sixth "
                  "person executed in connection with the 2022 \"Woman, Life, Freedom\" protests.", date(2023, 8, 2))
    assert (6, "2022-09-16", "2023-08-01") in got


def test_an_ordinal_over_protests_named_by_a_bare_year_runs_from_their_start():
    got = periods("Iran hanged Saman Rostami on Monday in Qezelhesar prison. He was the ninth man executed over "
                  "the 2022 protests.", date(2024, 1, 9))
    assert (9, "2022-09-16", "2024-01-08") in got


def test_arabic_an_old_year_after_the_count_stays_the_announced_day():
    got = periods("أعلنت النيابة العامة تنفيذ حكم الإعدام الأحد بحق ثلاثة أشخاص في السجن المركزي، بينهم المدان "
                  "في تفجير سوق عام 2017.", date(2025, 6, 16))
    assert got == [(3, "2025-06-15", "2025-06-15")]
