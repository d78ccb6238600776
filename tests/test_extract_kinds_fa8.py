"""Persian reports: ways of writing that misdated or misread incidents, found in the errors of the
spent set heldout_fa8 and tested here on sentences written for these tests (the day opening an
item of a list; a date that names another event; ...)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


countries = claim_reader("country", "count", "period_start", "period_end", lang="fa")


# --- "- ۳ آذر ۱۴۰۳: X ... اعدام شد": the day opening an item of a list is the item's day -----------

LEAD = "گزارش ماهانه این نهاد: در ماه آذر ۱۴۰۳ دست‌کم ۸۰ زندانی در زندان‌های ایران اعدام شدند.\n\nبرخی از موارد ثبت‌شده:\n\n"


def test_a_day_after_a_dash_dates_its_item():
    text = LEAD + ("- ۳ آذر ۱۴۰۳: علی کریمی، ۲۹ ساله، به اتهام قتل در زندان مرکزی تبریز اعدام شد.\n"
                   "- ۱۸ آذر ۱۴۰۳: مریم احمدی در زندان قزلحصار کرج اعدام شد.\n")
    got = facts(text, date(2024, 12, 25))
    # 3 Azar 1403 is 23 November 2024, 18 Azar 8 December
    assert ("executed", 1, "exact", "2024-11-23", "2024-11-23", "event") in got
    assert ("executed", 1, "exact", "2024-12-08", "2024-12-08", "event") in got
    assert not [f for f in got if f[3] == "2024-12-25"]


def test_a_day_after_a_bullet_or_a_number_dates_its_item():
    text = LEAD + ("• ۱۲ آذر ۱۴۰۳: دو زندانی بلوچ به اتهام مواد مخدر در زندان زاهدان اعدام شدند.\n"
                   "۲. ۲۰ آذر ۱۴۰۳: حمید رستمی در زندان دیزل‌آباد کرمانشاه قصاص شد.\n")
    got = facts(text, date(2024, 12, 25))
    assert ("executed", 2, "exact", "2024-12-02", "2024-12-02", "event") in got
    assert ("executed", 1, "exact", "2024-12-10", "2024-12-10", "event") in got


def test_a_day_opening_a_later_line_dates_that_line():
    text = LEAD + "۱۵ آذر ۱۴۰۳: رضا قاسمی در زندان مرکزی اراک به دار آویخته شد.\n"
    assert ("executed", 1, "exact", "2024-12-05", "2024-12-05", "event") in facts(text, date(2024, 12, 25))


def test_the_dateline_opening_the_report_is_still_the_reports_day():
    text = ("کمیته حقوق بشر؛ ۱۰ دی ۱۴۰۳: امیر نوری، زندانی ۳۱ ساله، بامداد امروز در زندان مرکزی "
            "یزد اعدام شد.")
    # the dateline is the report's day, 30 December 2024; "بامداد امروز" is that day
    assert facts(text, date(2024, 12, 30)) == [("executed", 1, "exact", "2024-12-30", "2024-12-30", "event")]


# --- "X، از بازداشت‌شدگان اعتراضات آبان ۱۳۹۸، ..." : a date after the noun of another event is its ------

def test_the_month_of_the_protests_a_man_was_arrested_in_does_not_date_his_hanging():
    text = ("حکم اعدام کاوه رضایی، از بازداشت‌شدگان اعتراضات آبان ۱۳۹۸، بامداد امروز دوشنبه ۳ مهر ۱۴۰۲ "
            "در زندان مرکزی کرج اجرا شد.")
    assert facts(text, date(2023, 9, 25)) == [("executed", 1, "exact", "2023-09-25", "2023-09-25", "event")]


def test_the_day_of_an_attack_named_with_the_condemned_is_the_attacks():
    text = ("حکم قصاص سه متهم پرونده انفجار ۱۲ اسفند ۱۴۰۰ در شیراز، صبح روز شنبه ۸ مهر ۱۴۰۲ در زندان "
            "عادل‌آباد اجرا شد.")
    assert facts(text, date(2023, 9, 30)) == [("executed", 3, "exact", "2023-09-30", "2023-09-30", "event")]


def test_with_no_day_of_its_own_the_execution_is_not_dated_by_the_unrest():
    text = "حکم اعدام علی نجفی، از بازداشت‌شدگان ناآرامی‌های دی ۱۳۹۶، در زندان اصفهان اجرا شد."
    assert facts(text, date(2023, 10, 2)) == [("executed", 1, "exact", "2023-10-02", "2023-10-02", "event")]


def test_the_day_of_an_attack_does_not_date_the_next_sentence_of_its_paragraph():
    text = ("متهمان حمله مسلحانه ۲۰ آذر ۱۴۰۱ به یک پاسگاه در سراوان بازداشت شدند. "
            "یکی از آنان، مهدی صالحی، در زندان زاهدان اعدام شد.")
    got = facts(text, date(2023, 9, 28))
    assert [f[3:5] for f in got if f[0] == "executed"] == [("2023-09-28", "2023-09-28")]


def test_a_month_of_executions_is_still_the_statistics_own():
    text = "بر پایه آمار این سازمان، شمار اعدام‌های ماه مهر ۱۴۰۲ به دست‌کم ۶۰ نفر رسید."
    got = facts(text, date(2023, 10, 25))
    assert got == [("executed", 60, "at_least", "2023-09-23", "2023-10-22", "aggregate")]


# --- "این کشور" before a count: the country named before its sentence ------------------------------

def test_this_country_is_the_one_named_in_the_sentence_before():
    text = ("عفو بین‌الملل گزارش داد که در سال ۲۰۲۳ دست‌کم ۸۵۳ نفر در ایران اعدام شدند. عراق در سال ۲۰۲۳ "
            "دست‌کم ۱۶ نفر را اعدام کرد. این کشور در سال ۲۰۲۲، ۱۱ نفر را اعدام کرده بود.")
    got = countries(text, date(2024, 5, 29))
    assert ("IQ", 11, "2022-01-01", "2022-12-31") in got
    assert ("IR", 853, "2023-01-01", "2023-12-31") in got


def test_the_same_country_after_a_semicolon():
    text = ("به گزارش عفو بین‌الملل، در ایران سال ۲۰۲۴ دست‌کم ۹۷۲ نفر اعدام شدند. عربستان سعودی در سال ۲۰۲۴، "
            "۳۴۵ نفر را اعدام کرد؛ همین کشور در سال ۲۰۲۲، ۱۹۶ نفر را اعدام کرده بود.")
    got = countries(text, date(2025, 4, 8))
    assert ("SA", 196, "2022-01-01", "2022-12-31") in got
    assert not [g for g in got if g[0] == "IR" and g[1] == 196]


# --- "از N در سال X به M رسید": the figure reached is of the span the report tells --------------------

def test_a_change_with_only_its_first_year_reaches_the_year_of_the_statistic_before():
    text = ("عفو بین‌الملل اعلام کرد عربستان سعودی در سال ۲۰۲۲ دست‌کم ۱۹۶ نفر را اعدام کرد. در عراق نیز "
            "شمار اعدام‌ها از ۷ مورد در سال ۲۰۲۱ به ۱۱ مورد رسید.")
    got = countries(text, date(2023, 5, 16))
    assert ("IQ", 7, "2021-01-01", "2021-12-31") in got
    assert ("IQ", 11, "2022-01-01", "2022-12-31") in got


def test_a_change_reaches_the_latest_statistic_not_a_figure_compared_before_it():
    text = ("عربستان سعودی با ۱۹۶ اعدام در سال ۲۰۲۲ رکورد تازه‌ای ثبت کرد؛ این کشور در سال ۲۰۲۱، ۶۵ نفر را "
            "اعدام کرده بود. در مصر نیز شمار اعدام‌ها کاهش یافت و از ۸۳ مورد در سال ۲۰۲۱ به ۲۴ مورد رسید.")
    got = countries(text, date(2023, 5, 16))
    assert ("EG", 24, "2022-01-01", "2022-12-31") in got
    assert ("EG", 83, "2021-01-01", "2021-12-31") in got


def test_a_change_reaches_the_year_told_earlier_in_its_sentence():
    text = ("بر اساس گزارش سالانه، دست‌کم ۸۳۴ نفر در سال ۲۰۲۳ در ایران اعدام شدند و شمار اعدام‌های مرتبط با "
            "مواد مخدر از ۲۵۶ نفر در سال ۲۰۲۲ به ۴۷۱ نفر افزایش یافت.")
    got = countries(text, date(2024, 3, 5))
    assert ("IR", 471, "2023-01-01", "2023-12-31") in got
    assert ("IR", 256, "2022-01-01", "2022-12-31") in got


# --- "از آغاز اعتراضات ۱۴۰۱": since the start of a named event is a span from its first day ----------

def test_since_the_start_of_the_protests_is_a_running_figure_not_an_incident():
    text = "به گفته این سازمان، از آغاز اعتراضات ۱۴۰۱ دست‌کم ۱۰ معترض اعدام شده‌اند."
    # the protests of 1401 began on 16 September 2022
    assert facts(text, date(2024, 8, 6)) == [("executed", 10, "at_least", "2022-09-16", "2024-08-06", "aggregate")]


def test_since_the_beginning_of_the_war_is_a_span_from_its_first_day():
    text = "از شروع جنگ ۱۲ روزه دست‌کم هفت نفر به اتهام جاسوسی برای اسرائیل اعدام شده‌اند."
    assert facts(text, date(2025, 7, 10)) == [("executed", 7, "at_least", "2025-06-13", "2025-07-10", "aggregate")]


# --- "... محکوم شدند و حکم N زندانی دیگر ... در آستانه اجرا قرار گرفت": a count's verb comes after it ---

MONTH = "بر اساس گزارش ماهانه این سازمان، در ماه آبان ۱۴۰۳ دست‌کم ۱۳۰ زندانی اعدام شدند. "


def test_a_verb_closed_by_and_does_not_govern_the_count_of_the_next_clause():
    text = MONTH + ("در همین بازه، دست‌کم ۹ زندانی به اعدام محکوم شدند و حکم اعدام دست‌کم ۱۵ زندانی دیگر "
                    "پس از انتقال به سلول انفرادی در آستانه اجرا قرار گرفت.")
    got = facts(text, date(2024, 11, 25))
    assert [f[:3] for f in got if f[0] == "sentenced"] == [("sentenced", 9, "at_least")]
    assert [f[:3] for f in got if f[0] == "imminent"] == [("imminent", 15, "at_least")]


def test_a_verb_closed_by_a_comma_does_not_govern_either():
    text = MONTH + ("در همین بازه، ۶ زندانی به سلول انفرادی منتقل شدند، ۴ زندانی دیگر نیز به اعدام محکوم شدند.")
    got = facts(text, date(2024, 11, 25))
    assert ("imminent", 6) in [f[:2] for f in got]
    assert ("sentenced", 4) in [f[:2] for f in got]


def test_with_no_verb_after_it_the_count_keeps_the_verb_before():
    text = "سه زندانی بلوچ بامداد امروز در زندان زاهدان اعدام شدند و دو زندانی دیگر در زندان بیرجند."
    got = facts(text, date(2024, 11, 25))
    assert ("executed", 3) in [f[:2] for f in got]


# --- "N نفر از آنان اهل X بودند": where people come from makes no part of an incident a claim ---------

def test_two_of_them_from_a_province_are_no_second_incident():
    text = ("سه زندانی سحرگاه امروز در زندان مرکزی ارومیه اعدام شدند. به گفته منابع محلی، دو نفر از آنان "
            "اهل کردستان عراق بودند.")
    assert facts(text, date(2025, 2, 2)) == [("executed", 3, "exact", "2025-02-02", "2025-02-02", "event")]


def test_one_of_them_living_in_a_city_is_no_second_incident():
    text = "چهار مرد صبح امروز در زندان قزلحصار کرج اعدام شدند. یکی از آنان ساکن مشهد بود."
    assert facts(text, date(2025, 2, 2)) == [("executed", 4, "exact", "2025-02-02", "2025-02-02", "event")]


# --- "ماه مشابه سال گذشته": the statistic's month, a year back --------------------------------------

def test_the_same_month_last_year_is_the_statistics_month_a_year_back():
    text = ("بر اساس آمار این سازمان، در ماه ژوئیه ۲۰۲۴ دست‌کم ۸۷ زندانی در ایران اعدام شدند. این رقم در "
            "مقایسه با ماه مشابه سال گذشته که ۶۱ اعدام ثبت شده بود، افزایش یافته است.")
    got = facts(text, date(2024, 8, 3))
    assert ("executed", 61, "exact", "2023-07-01", "2023-07-31", "aggregate") in got


def test_last_year_told_in_the_first_month_of_the_year_is_the_year_before_the_statistics():
    text = ("بر اساس آمار این سازمان، در ماه ژانویه ۲۰۲۵ دست‌کم ۷۰ زندانی اعدام شدند؛ در ماه مشابه سال "
            "گذشته ۴۲ نفر اعدام شده بودند.")
    got = facts(text, date(2025, 2, 2))
    assert ("executed", 42, "exact", "2024-01-01", "2024-01-31", "aggregate") in got


# --- a list of dated cases inside a monthly report does not push its statistic out of reach ------------

def test_after_a_list_of_cases_this_span_is_still_the_reports_month():
    text = ("بر پایه آمار این سازمان، در ماه آذر ۱۴۰۳ دست‌کم ۹۰ زندانی در ایران اعدام شدند.\n\n"
            "از جمله موارد ثبت‌شده:\n"
            "- ۲ آذر ۱۴۰۳: علی کریمی در زندان مرکزی تبریز اعدام شد.\n"
            "- ۹ آذر ۱۴۰۳: حسن محمدی در زندان قزلحصار کرج اعدام شد.\n"
            "- ۱۴ آذر ۱۴۰۳: سعید رحمانی در زندان مرکزی یزد اعدام شد.\n"
            "- ۲۵ آذر ۱۴۰۳: ناصر بلوچ در زندان زاهدان اعدام شد.\n\n"
            "در همین بازه، دست‌کم ۱۴ زندانی به اعدام محکوم شدند.")
    got = facts(text, date(2024, 12, 28))
    # Azar 1403: 21 November to 20 December 2024
    assert ("sentenced", 14, "at_least", "2024-11-21", "2024-12-20", "aggregate") in got
