"""Persian periods written the way Persian outlets write them, on sentences written for these
tests: a month with a two-digit count after it (no shortened year), named parts of a year
("نیمه دوم سال ۱۴۰۲", "سه ماهه نخست سال جاری"), and an earlier execution told in the pluperfect
with its own month or year."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


# --- two digits after a month are a count when a noun of people follows them -------------------

def test_a_month_with_a_count_of_people_after_it_is_the_month_of_this_year():
    # Aban 1403: 22 October to 20 November 2024
    text = "بر پایه داده‌های این نهاد، در آبان‌ماه ۷۰ نفر در زندان‌های ایران اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 70, "2024-10-22", "2024-11-20", "aggregate")]


def test_a_month_then_prisoners_counted():
    text = "طی مهر ماه ۴۵ زندانی در کشور به دار آویخته شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 45, "2024-09-22", "2024-10-21", "aggregate")]


def test_a_month_of_the_year_before_with_a_count_of_people():
    # told in Farvardin 1404, Esfand is that of 1403: 19 February to 20 March 2025
    text = "این گروه حقوق بشری می‌گوید در اسفند ۳۸ تن در ایران اعدام شدند."
    assert facts(text, date(2025, 4, 10)) == [("executed", 38, "2025-02-19", "2025-03-20", "aggregate")]


def test_two_digits_after_a_month_without_people_stay_a_shortened_year():
    text = "این زندانی سیاسی در مهر ۹۸ در زندان رجایی‌شهر اعدام شد."
    assert facts(text, date(2024, 5, 1)) == [("executed", 1, "2019-09-23", "2019-10-22", "event")]


def test_a_day_month_and_shortened_year_stay_one_day():
    text = "این زندانی روز ۱۲ آذر ۹۹ در زندان مرکزی یزد اعدام شد."
    assert facts(text, date(2024, 5, 1)) == [("executed", 1, "2020-12-02", "2020-12-02", "event")]


# --- named parts of a year -----------------------------------------------------------------------

def test_the_second_half_of_a_solar_year():
    # Mehr to Esfand 1402: 23 September 2023 to 19 March 2024
    text = "به گزارش این سازمان، در نیمه دوم سال ۱۴۰۲ دست‌کم ۴۰۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 400, "2023-09-23", "2024-03-19", "aggregate")]


def test_the_first_quarter_of_the_current_solar_year():
    text = "در سه ماهه نخست سال جاری ۱۵۰ زندانی در ایران اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 150, "2024-03-20", "2024-06-20", "aggregate")]


def test_the_third_quarter_of_last_year():
    # Mehr to Azar 1402
    text = "آمارها نشان می‌دهد در سه ماهه سوم سال گذشته ۲۱۰ نفر اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 210, "2023-09-23", "2023-12-21", "aggregate")]


def test_the_first_half_of_a_gregorian_year_ends_with_june_not_the_report():
    text = "در نیمه نخست سال ۲۰۲۴ دست‌کم ۲۴۹ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 8, 1)) == [("executed", 249, "2024-01-01", "2024-06-30", "aggregate")]


def test_the_first_six_months_of_this_gregorian_year():
    text = "در شش ماهه اول سال جاری میلادی دست‌کم ۲۴۹ زندانی اعدام شدند."
    assert facts(text, date(2024, 8, 1)) == [("executed", 249, "2024-01-01", "2024-06-30", "aggregate")]


def test_a_half_of_a_month_is_no_half_of_a_year():
    text = "در نیمه نخست آبان ماه ۷۰ نفر در ایران اعدام شدند."
    rows = facts(text, date(2024, 12, 1))
    assert [r[:2] for r in rows] == [("executed", 70)]
    assert rows[0][2] >= "2024-10-22" and rows[0][3] <= "2024-11-20"


# --- an earlier execution told in the pluperfect with its own month or year --------------------

def test_a_relative_executed_in_an_earlier_month_is_another_execution():
    text = ("مهدی رضایی روز شنبه در زندان قزلحصار اعدام شد. برادر او نیز در بهمن سال ۱۳۹۹ در همین "
            "زندان اعدام شده بود.")
    # Bahman 1399: 20 January to 18 February 2021
    assert facts(text, date(2025, 6, 15)) == [("executed", 1, "2021-01-20", "2021-02-18", "event"),
                                             ("executed", 1, "2025-06-14", "2025-06-14", "event")]


def test_a_spouse_executed_in_an_earlier_year_is_another_execution():
    text = ("علی کریمی بامداد سه‌شنبه در زندان مرکزی کرج اعدام شد. همسر او، زهرا احمدی، در سال ۱۴۰۰ "
            "در همین زندان اعدام شده بود.")
    rows = facts(text, date(2025, 6, 18))
    assert ("executed", 1, "2021-03-21", "2022-03-20", "event") in rows and len(rows) == 2


def test_a_sentence_of_an_earlier_year_carried_out_on_the_day_is_told_once():
    text = ("حسین موسوی بامداد امروز در زندان اصفهان اعدام شد. او که در سال ۱۴۰۰ به اعدام محکوم شده بود، "
            "بامداد امروز اعدام شد.")
    assert facts(text, date(2025, 6, 18)) == [("executed", 1, "2025-06-18", "2025-06-18", "event")]


def test_the_month_of_the_execution_told_is_no_other_execution():
    text = ("رضا نوری روز ۱۰ اردیبهشت در زندان شیراز اعدام شد. او در اردیبهشت‌ماه در زندان عادل‌آباد "
            "اعدام شده بود.")
    assert facts(text, date(2025, 5, 20)) == [("executed", 1, "2025-04-30", "2025-04-30", "event")]


def test_an_arrest_year_is_no_execution():
    text = "حکم اعدام رضا نوری روز سه‌شنبه در زندان شیراز اجرا شد. وی در سال ۱۳۹۸ بازداشت شده بود."
    assert facts(text, date(2025, 6, 18)) == [("executed", 1, "2025-06-17", "2025-06-17", "event")]


# --- "در این مدت" past the paragraph of a comparison is the report's statistic ---------------------

def test_in_this_period_after_a_paragraph_of_comparison_is_the_statistics_span():
    text = ("این نهاد حقوق بشری اعلام کرد از ابتدای سال ۲۰۲۵ میلادی تا امروز دست‌کم ۹۰۰ نفر در ایران "
            "اعدام شده‌اند.\n\nاین رقم هم‌اکنون از کل ۸۲۰ اعدام سال ۲۰۲۴ بیشتر است.\n\n"
            "دست‌کم ۲۴ زن در این مدت اعدام شده‌اند.")
    assert ("executed", 24, "2025-01-01", "2025-09-20", "aggregate") in facts(text, date(2025, 9, 20))


def test_in_this_period_in_the_paragraph_of_a_span_is_that_span():
    text = ("این نهاد حقوق بشری اعلام کرد از ابتدای سال ۲۰۲۵ میلادی تا امروز دست‌کم ۹۰۰ نفر در ایران "
            "اعدام شده‌اند.\n\nگزارش جداگانه‌ای به ماه اوت ۲۰۲۵ می‌پردازد و می‌گوید در این مدت ۱۴ زن "
            "اعدام شده‌اند.")
    assert ("executed", 14, "2025-08-01", "2025-08-31", "aggregate") in facts(text, date(2025, 9, 20))


# --- a month without a year takes the year opened earlier in its sentence -------------------------

def test_a_month_in_the_sentence_of_an_older_year_is_of_that_year():
    # Esfand 1401: 20 February to 20 March 2023 (the report's own last Esfand is that of 1402)
    text = "در سال ۱۴۰۱ دست‌کم ۵۸۲ نفر اعدام شدند که ۷۰ نفر از آنان در اسفند اعدام شدند."
    assert ("executed", 70, "2023-02-20", "2023-03-20", "aggregate") in facts(text, date(2024, 6, 1))


def test_a_month_in_the_sentence_of_a_year_opened_by_during():
    text = "طی سال ۱۴۰۰ بیش از ۳۰۰ نفر اعدام شدند و در مهر ماه همان سال ۴۰ نفر به دار آویخته شدند."
    assert ("executed", 40, "2021-09-23", "2021-10-22", "aggregate") in facts(text, date(2024, 6, 1))


def test_a_month_in_another_sentence_keeps_the_reports_year():
    text = "این زندانی در سال ۱۳۹۸ بازداشت شده بود. در اسفند ماه ۱۲ زندانی در این زندان اعدام شدند."
    assert ("executed", 12, "2024-02-20", "2024-03-19", "aggregate") in facts(text, date(2024, 6, 1))


# --- parts of a month ---------------------------------------------------------------------------

def test_the_first_half_of_a_month():
    # 1 to 15 Aban 1403: 22 October to 5 November 2024
    text = "در نیمه نخست آبان ماه ۷۰ نفر در زندان‌های ایران اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 70, "2024-10-22", "2024-11-05", "aggregate")]


def test_the_first_ten_days_of_a_month_whose_name_is_also_a_word():
    # 1 to 10 Azar 1403: 21 to 30 November 2024
    text = "در دهه نخست آذر دست‌کم ۴۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 12, 5)) == [("executed", 40, "2024-11-21", "2024-11-30", "aggregate")]


def test_the_first_week_of_the_report_month():
    text = "در هفته اول ماه آذر دست‌کم ۳۵ زندانی در کشور اعدام شدند."
    assert facts(text, date(2024, 12, 5)) == [("executed", 35, "2024-11-21", "2024-11-27", "aggregate")]


def test_the_last_ten_days_of_esfand_end_with_the_month():
    # 21 Esfand 1402 to its last day, 29 Esfand: 11 to 19 March 2024
    text = "در دهه پایانی اسفند ۱۴۰۲ دست‌کم ۵۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 6, 1)) == [("executed", 50, "2024-03-11", "2024-03-19", "aggregate")]


def test_a_month_part_of_a_year_is_no_month_part():
    text = "در نیمه دوم سال ۱۴۰۲ دست‌کم ۴۰۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 12, 1)) == [("executed", 400, "2023-09-23", "2024-03-19", "aggregate")]


# --- a month whose name is also a word, joined to another month --------------------------------

def test_two_months_joined_whose_first_name_is_also_a_word():
    # Bahman and Esfand 1403: 20 January to 20 March 2025
    text = "آمارها نشان می‌دهد در بهمن و اسفند سال گذشته ۲۱۰ زندانی اعدام شده‌اند."
    assert facts(text, date(2025, 4, 25)) == [("executed", 210, "2025-01-20", "2025-03-20", "aggregate")]


def test_a_mans_name_before_and_is_no_month():
    text = "بهمن و برادرش روز دوشنبه در زندان قزلحصار اعدام شدند."
    rows = facts(text, date(2025, 4, 23))
    assert all(r[2] == "2025-04-21" for r in rows)


# --- a day of this year, and a count of units ending on a day ----------------------------------

def test_from_the_first_of_farvardin_this_year_to_now():
    text = "از اول فروردین امسال تا کنون دست‌کم ۴۰۰ نفر در ایران اعدام شده‌اند."
    assert facts(text, date(2024, 10, 10)) == [("executed", 400, "2024-03-20", "2024-10-10", "aggregate")]


def test_from_a_numbered_day_of_this_year_to_now_is_no_month():
    text = "به گفته این نهاد، از ۱ فروردین امسال تا کنون ۴۱۵ زندانی اعدام شده‌اند."
    assert facts(text, date(2024, 10, 10)) == [("executed", 415, "2024-03-20", "2024-10-10", "aggregate")]


def test_a_year_ending_on_a_day():
    text = "در یک سال منتهی به ۱۰ اکتبر ۲۰۲۴ دست‌کم ۸۰۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 10, 12)) == [("executed", 800, "2023-10-11", "2024-10-10", "aggregate")]


def test_twelve_months_ending_on_a_solar_day():
    # 18 Mehr 1403 is 9 October 2024
    text = "گزارش این سازمان نشان می‌دهد در ۱۲ ماه منتهی به ۱۸ مهر ۱۴۰۳ شمار اعدام‌ها به ۸۱۰ نفر رسید."
    assert facts(text, date(2024, 10, 12)) == [("executed", 810, "2023-10-10", "2024-10-09", "aggregate")]


def test_a_year_in_a_sentence_with_a_day_after_it_is_no_span_to_that_day():
    text = "این زندانی یک سال پیش بازداشت شد و روز ۱۸ مهر ۱۴۰۳ در زندان قزلحصار اعدام شد."
    assert facts(text, date(2024, 10, 12)) == [("executed", 1, "2024-10-09", "2024-10-09", "event")]


# --- a span written from day to day is the count's own, "the same period" or not ----------------

def test_spans_of_earlier_years_written_with_their_days_are_their_own():
    text = ("بر پایه این گزارش، از ۲۰ مهر ۱۴۰۲ تا ۱۸ مهر ۱۴۰۳ دست‌کم ۸۱۰ نفر در ایران اعدام شده‌اند.\n\n"
            "در مقایسه، در دوره مشابه پیش از آن (۲۰ مهر ۱۴۰۱ تا ۱۹ مهر ۱۴۰۲) ۶۴۰ نفر و در فاصله ۲۰ مهر ۱۴۰۰ تا "
            "۱۹ مهر ۱۴۰۱ شمار ۴۹۰ نفر اعدام شده بودند.")
    rows = facts(text, date(2024, 10, 12))
    # 20 Mehr 1401 is 12 October 2022; 20 Mehr 1400, 12 October 2021
    assert ("executed", 640, "2022-10-12", "2023-10-11", "aggregate") in rows
    assert ("executed", 490, "2021-10-12", "2022-10-11", "aggregate") in rows


def test_the_same_period_of_a_year_named_still_moves_the_statistic():
    text = ("از ابتدای سال ۲۰۲۵ تا امروز دست‌کم ۹۰۰ نفر در ایران اعدام شده‌اند؛ در همین مدت در سال ۲۰۲۴، "
            "۴۲۰ نفر اعدام شده بودند.")
    assert ("executed", 420, "2024-01-01", "2024-09-20", "aggregate") in facts(text, date(2025, 9, 20))


def test_a_month_told_in_the_pluperfect_of_an_undated_execution_is_no_other_execution():
    text = "علی رضایی، زندانی سیاسی، اعدام شد. او در اردیبهشت ماه به زندان قزلحصار منتقل و اعدام شده بود."
    assert [r[:2] for r in facts(text, date(2025, 6, 15))] == [("executed", 1)]
