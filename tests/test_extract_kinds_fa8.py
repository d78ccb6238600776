"""Persian reports: ways of writing that misdated or misread incidents, found in the errors of the
spent set heldout_fa8 and tested here on sentences written for these tests (the day opening an
item of a list; a date that names another event; ...)."""
from datetime import date

from extract import extract_report


def facts(text, published, lang="fa", title=""):
    return sorted((c.event, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


def countries(text, published, lang="fa"):
    return sorted((c.country, c.count, str(c.period_start), str(c.period_end))
                  for c in extract_report(text, published, "", lang))


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
