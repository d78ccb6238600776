"""Persian reports: ways of writing that made phantom or wrongly dated incidents, on sentences
written for these tests (a span of days whose first day is a word, "اول تا سی‌ام"; a span whose
ends each carry a bracketed date of the other calendar)."""
from datetime import date

from extract import extract_report


def facts(text, published, lang="fa", title=""):
    return sorted((c.event, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


# --- a span of days whose first day is written as a word is the whole span ------------------------

def test_from_the_first_to_the_thirtieth_of_a_gregorian_month_is_the_month():
    text = ("بر پایه آمار این سازمان، در فاصله اول تا سی‌ام ژوئن ۲۰۲۲ دست‌کم ۱۸ زندانی در زندان‌های "
            "شیراز، یزد و اصفهان اعدام شده‌اند.")
    assert facts(text, date(2022, 7, 3)) == [("executed", 18, "at_least", "2022-06-01", "2022-06-30", "aggregate")]


def test_from_the_first_to_the_fifteenth_of_a_solar_month():
    text = "از اول تا پانزدهم آبان ۱۴۰۲ دست‌کم ۴۴ نفر در زندان‌های کشور به دار آویخته شدند."
    # 1 to 15 Aban 1402: 23 October to 6 November 2023
    assert facts(text, date(2023, 11, 9)) == [("executed", 44, "at_least", "2023-10-23", "2023-11-06", "aggregate")]


def test_a_solar_month_named_without_a_year_after_a_span_of_word_days():
    text = "طبق این گزارش، از یکم تا سی و یکم مرداد دست‌کم ۶۱ زندانی اعدام شده‌اند."
    # Mordad 1399: 22 July to 21 August 2020
    assert facts(text, date(2020, 8, 25)) == [("executed", 61, "at_least", "2020-07-22", "2020-08-21", "aggregate")]


# --- a span whose ends carry a bracketed date of the other calendar -------------------------------

def test_a_solar_span_with_each_end_glossed_in_gregorian_is_the_whole_span():
    text = ("این نهاد اعلام کرد از ۲ فروردین ۱۴۰۱ (۲۲ مارس ۲۰۲۲) تا ۱ فروردین ۱۴۰۲ (۲۱ مارس ۲۰۲۳) "
            "دست‌کم ۳۰۷ نفر در ایران اعدام شده‌اند.")
    assert facts(text, date(2023, 4, 2)) == [("executed", 307, "at_least", "2022-03-22", "2023-03-21", "aggregate")]


def test_a_gregorian_span_glossed_in_the_solar_calendar():
    text = ("در فاصله ۱ ژانویه ۲۰۲۱ (۱۲ دی ۱۳۹۹) تا ۳۰ ژوئن ۲۰۲۱ (۹ تیر ۱۴۰۰) حکم اعدام "
            "۱۲۲ زندانی در زندان‌های کشور اجرا شده است.")
    assert facts(text, date(2021, 7, 5)) == [("executed", 122, "exact", "2021-01-01", "2021-06-30", "aggregate")]


# --- a count over several days at several prisons is a tally, not one incident ---------------------

def test_a_count_over_six_days_in_prisons_of_four_towns_is_a_statistic():
    text = ("به گزارش منابع حقوق بشری، از ۳ تا ۸ اسفند ۱۴۰۱ دست‌کم ۱۹ زندانی در زندان‌های اراک، "
            "قم، بیرجند و مشهد اعدام شده‌اند.")
    # 3 to 8 Esfand 1401: 22 to 27 February 2023
    assert facts(text, date(2023, 3, 1)) == [("executed", 19, "at_least", "2023-02-22", "2023-02-27", "aggregate")]


def test_last_week_in_three_towns_is_a_statistic_but_one_prison_on_a_day_is_an_incident():
    tally = "هفته گذشته هشت زندانی در زندان‌های یزد، کرمان و بندرعباس به دار آویخته شدند."
    assert [f[-1] for f in facts(tally, date(2024, 5, 15))] == ["aggregate"]
    one = "روز دوشنبه هشت زندانی در زندان مرکزی یزد به دار آویخته شدند."
    assert [f[-1] for f in facts(one, date(2024, 5, 15))] == ["event"]


# --- "the identity of N of them" picks out people already counted ---------------------------------

def test_the_identity_of_some_of_the_prisoners_hanged_is_no_second_incident():
    text = ("سحرگاه سه‌شنبه ۱۴ آذر ۱۴۰۲ شش زندانی در زندان قزلحصار کرج اعدام شدند. هویت سه تن از این "
            "زندانیان که به اتهامات مرتبط با مواد مخدر اعدام شدند، «علی کریمی»، «رضا نوری» و «حسن مرادی» "
            "احراز شده است.")
    # 14 Azar 1402: 5 December 2023
    assert facts(text, date(2023, 12, 6)) == [("executed", 6, "exact", "2023-12-05", "2023-12-05", "event")]


def test_identities_confirmed_for_most_of_a_monthly_figure_add_no_figure():
    text = ("بر اساس آمار این نهاد، در ماه مه ۲۰۲۳ دست‌کم ۵۴ نفر در ایران اعدام شدند. مرکز آمار این "
            "سازمان هویت ۴۹ تن از اعدام‌شدگان را تأیید کرده و هویت بقیه در دست بررسی است.")
    assert facts(text, date(2023, 6, 4)) == [("executed", 54, "at_least", "2023-05-01", "2023-05-31", "aggregate")]


def test_the_identity_of_two_of_those_executed_was_announced_in_an_incident_report():
    text = ("روز یکشنبه پنج زندانی در زندان مرکزی مشهد به دار آویخته شدند. هویت دو نفر از اعدام‌شدگان "
            "چنین اعلام شده است: مهدی رستمی، ۳۴ ساله، اهل نیشابور؛ و کریم سالاری، ۴۱ ساله.")
    assert facts(text, date(2022, 9, 20)) == [("executed", 5, "exact", "2022-09-18", "2022-09-18", "event")]


def test_identities_confirmed_as_members_of_a_group_are_a_part_of_the_figure():
    text = ("به گزارش این نهاد، در سال ۱۴۰۲ حکم اعدام ۱۱۲ زندانی در زندان‌های سیستان و بلوچستان اجرا شده "
            "که هویت ۹۰ تن از آنان به‌عنوان شهروند بلوچ تأیید شده است.")
    # the Solar year 1402: 21 March 2023 to 19 March 2024
    got = facts(text, date(2024, 4, 2))
    assert ("executed", 90, "exact", "2023-03-21", "2024-03-19", "aggregate") in got
    assert ("executed", 112, "exact", "2023-03-21", "2024-03-19", "aggregate") in got

