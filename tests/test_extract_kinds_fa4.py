"""Persian reports: ways of writing that made phantom or wrongly dated incidents, on sentences
written for these tests (a span of days whose first day is a word, "اول تا سی‌ام"; a span whose
ends each carry a bracketed date of the other calendar)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


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


# --- "these two prisoners" names the people told before -------------------------------------------

def test_condemnation_of_the_execution_of_these_two_prisoners_adds_no_figure():
    text = ("جمهوری اسلامی بامداد شنبه ۹ دی ۱۴۰۲ دو زندانی سیاسی را در زندان مرکزی تبریز اعدام کرد.\n\n"
            "به گزارش یک نهاد حقوق بشری، از ۱ آذر تاکنون دست‌کم ۱۲۰ اعدام در کشور ثبت شده است.\n\n"
            "سازمان ملل و چند دولت اروپایی اعدام این دو زندانی را محکوم کردند.")
    # 9 Dey 1402: 30 December 2023; 1 Azar: 22 November
    assert facts(text, date(2024, 1, 2)) == [("executed", 2, "exact", "2023-12-30", "2023-12-30", "event"),
                                             ("executed", 120, "at_least", "2023-11-22", "2024-01-02", "aggregate")]


def test_these_three_men_hanged_told_again_after_a_monthly_figure_is_no_new_count():
    text = ("سه مرد روز سه‌شنبه در زندان دستگرد اصفهان به دار آویخته شدند. در ماه گذشته دست‌کم ۴۰ نفر "
            "در ایران اعدام شدند.\n\nخانواده‌ها پیش از اعدام این سه مرد اجازه ملاقات نیافتند.")
    got = facts(text, date(2024, 3, 3))
    assert [f for f in got if f[1] == 3] == [("executed", 3, "exact", "2024-02-27", "2024-02-27", "event")]


# --- "at least N others at imminent risk" is an estimate of people at risk -------------------------

def test_at_least_a_number_of_other_prisoners_at_imminent_risk_is_no_claim():
    text = ("یک سازمان حقوق بشری هشدار داد که دست‌کم ۱۵ زندانی دیگر، که بیشتر آنان از زندانیان عقیدتی "
            "هستند، در خطر قریب‌الوقوع اعدام قرار دارند.")
    assert facts(text, date(2024, 6, 10)) == []


def test_a_named_prisoner_at_imminent_risk_is_still_an_imminent_claim():
    text = "به گزارش این نهاد، «کاوه رسولی» زندانی سیاسی در زندان ارومیه روز دوشنبه در خطر قریب‌الوقوع اعدام قرار دارد."
    assert [f[0] for f in facts(text, date(2024, 6, 12))] == ["imminent"]


# --- "in M1 to the end of M2": the span of both months and those between ----------------------------

def test_from_a_solar_month_to_the_end_of_another_with_no_opening_word():
    text = "به گفته دادستان استان، در اردیبهشت تا پایان مهر ۱۴۰۱ حکم اعدام ۷ محکوم در زندان مرکزی همدان اجرا شد."
    # Ordibehesht to Mehr 1401: 21 April to 22 October 2022
    assert facts(text, date(2022, 11, 20)) == [("executed", 7, "exact", "2022-04-21", "2022-10-22", "aggregate")]


def test_parts_of_a_gregorian_figure_each_with_its_months():
    text = ("این سازمان از آغاز سال ۲۰۲۱ تاکنون اعدام ۳۰ زندانی را ثبت کرده است؛ ۱۸ مورد از این اعدام‌ها "
            "در فوریه تا پایان آوریل و ۱۲ مورد در ماه مه ثبت شده است.")
    got = facts(text, date(2021, 6, 3))
    assert ("executed", 18, "exact", "2021-02-01", "2021-04-30", "aggregate") in got
    assert ("executed", 12, "exact", "2021-05-01", "2021-05-31", "aggregate") in got


# --- "carried out the death sentence of N ... [a long place and audience] ..." -----------------------

def test_an_active_sentence_carried_out_with_a_long_description_of_place_and_crowd():
    text = ("طالبان روز سه‌شنبه حکم اعدام سه مرد را در میدان ورزشی مرکزی شهر قندهار و در حضور صدها تن از "
            "اهالی و مقام‌های محلی ولایت اجرا کردند. شاهدان گفتند حکم پس از خواندن اتهامات اجرا شد.")
    assert facts(text, date(2023, 6, 22)) == [("executed", 3, "exact", "2023-06-20", "2023-06-20", "event")]


def test_the_first_sentence_carried_out_told_by_its_rank_is_history_not_an_execution_today():
    text = ("طالبان پس از بازگشت به قدرت، نخستین حکم اعدام را در ورزشگاه همین ولایت و در حضور شماری از "
            "مقام‌های ارشد خود و صدها تن از باشندگان اجرا کردند.")
    assert facts(text, date(2024, 8, 1)) == []


# --- "in the same period" with no year is the span of the statistic just told ------------------------

def test_death_sentences_in_the_same_period_take_the_monthly_span():
    text = ("بر اساس گزارش ماهانه این نهاد، در آبان ۱۴۰۲ دست‌کم ۵۸ نفر در زندان‌های کشور اعدام شدند. "
            "در همین مدت حکم اعدام دست‌کم ۱۱ نفر از سوی دادگاه‌های انقلاب صادر شده است.")
    # Aban 1402: 23 October to 21 November 2023
    assert facts(text, date(2023, 11, 25)) == [("executed", 58, "at_least", "2023-10-23", "2023-11-21", "aggregate"),
                                               ("sentenced", 11, "at_least", "2023-10-23", "2023-11-21", "aggregate")]


# --- "last month" in a monthly report on a Gregorian month is that month ------------------------------

def test_last_month_in_a_report_on_a_gregorian_month_is_that_month_not_the_solar_one():
    title = "گزارش ماهانه: اعدام دست‌کم ۲۲ زندانی بلوچ در ژوئن ۲۰۲۴"
    text = ("این نهاد گزارش ماهانه خود درباره وضعیت زندانیان بلوچ در ماه ژوئن ۲۰۲۴ را منتشر کرد.\n\n"
            "بر پایه این گزارش، طی ماه گذشته دست‌کم ۲۲ زندانی بلوچ در زندان‌های زاهدان، اصفهان، یزد و شیراز "
            "اعدام شده‌اند. شش تن از آنان به اتهام «قتل عمد» و ۱۶ نفر به اتهامات مرتبط با مواد مخدر اعدام شدند.")
    got = facts(text, date(2024, 7, 4), title=title)
    assert ("executed", 22, "at_least", "2024-06-01", "2024-06-30", "aggregate") in got
    assert ("executed", 16, "exact", "2024-06-01", "2024-06-30", "aggregate") in got


# --- ones under one plural verb after a statistic are its parts -------------------------------------

def test_one_and_another_one_under_a_plural_verb_split_the_monthly_figure():
    text = ("بر پایه آمار این نهاد، در ماه مارس ۲۰۲۲ دست‌کم ۹ زندانی کرد در زندان‌های کشور اعدام شدند.\n\n"
            "هفت تن از آنان به اتهام قتل عمد اعدام شدند. یک زندانی به اتهام قاچاق مواد مخدر و یک زندانی دیگر "
            "به اتهام عضویت در یک حزب مخالف اعدام شده‌اند.")
    got = facts(text, date(2022, 4, 4))
    assert [f for f in got if f[1] == 1] == [("executed", 1, "exact", "2022-03-01", "2022-03-31", "aggregate")] * 2
