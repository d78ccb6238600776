"""Persian reports: ways of writing that made phantom or misdated incident claims, found in the
errors of the spent set heldout_fa9 and tested here on sentences written for these tests (the
period under review; a tally over prisons in the plural; ...)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


# --- "در دوره مورد بررسی": the period under review is the span the report set out ---------------

def test_the_period_under_review_is_the_span_a_quarterly_report_covers():
    text = ("کانون مدافعان حقوق بشر گزارش سه‌ماهه خود را منتشر کرد. این گزارش رویدادهای ثبت‌شده از "
            "۱ ژوئیه تا ۳۰ سپتامبر ۲۰۲۴ را در بر می‌گیرد.\n\n"
            "بر پایه این گزارش، در دوره مورد بررسی دست‌کم ۲۱۰ زندانی در ایران اعدام شدند و برای ۴۳ نفر "
            "حکم اعدام صادر شد.")
    got = facts(text, date(2024, 10, 9))
    assert ("executed", 210, "at_least", "2024-07-01", "2024-09-30", "aggregate") in got
    assert ("sentenced", 43, "exact", "2024-07-01", "2024-09-30", "aggregate") in got
    assert not [f for f in got if f[5] == "event"]


def test_a_part_after_the_period_under_review_is_a_part_of_its_statistic():
    text = ("گزارش سالانه این نهاد بر پایه داده‌های ۱ ژانویه تا ۱۵ دسامبر ۲۰۲۲ تهیه شده است.\n\n"
            "طی دوره مورد بررسی دست‌کم ۵۰۰ نفر اعدام شده‌اند. نه نفر از این افراد در ملأعام اعدام شدند.")
    got = facts(text, date(2022, 12, 20))
    assert ("executed", 500, "at_least", "2022-01-01", "2022-12-15", "aggregate") in got
    assert ("executed", 9, "exact", "2022-01-01", "2022-12-15", "aggregate") in got
    assert not [f for f in got if f[3] == "2022-12-20"]


def test_the_period_of_the_report_in_other_words():
    text = ("این گزارش ماهانه رویدادهای ۱ تا ۳۱ مارس ۲۰۲۵ را پوشش می‌دهد. در بازه زمانی مورد بررسی "
            "۷۲ نفر به دار آویخته شدند.")
    assert facts(text, date(2025, 4, 6)) == [("executed", 72, "exact", "2025-03-01", "2025-03-31", "aggregate")]


# --- "در زندان‌های مختلف": a count over some days in prisons in the plural is a tally ------------

def test_a_count_over_some_days_in_the_prisons_of_the_country_is_a_tally():
    text = "به گزارش این نهاد، از ۲ تا ۶ خرداد دست‌کم ۱۷ زندانی در زندان‌های مختلف کشور اعدام شده‌اند."
    assert facts(text, date(2024, 5, 30)) == [("executed", 17, "at_least", "2024-05-22", "2024-05-26", "aggregate")]


def test_prisons_of_two_provinces_over_some_days_are_a_tally():
    text = ("منابع محلی روز شنبه گزارش دادند که طی سه روز گذشته دست‌کم نه زندانی در زندان‌های استان‌های "
            "فارس و کرمان به دار آویخته شده‌اند.")
    got = facts(text, date(2024, 3, 2))
    assert len(got) == 1 and got[0][:3] == ("executed", 9, "at_least") and got[0][5] == "aggregate"


def test_a_place_in_a_clause_about_the_news_outlet_does_not_make_an_incident():
    text = ("خبرگزاری «روژ» که رویدادهای استان کردستان را پوشش می‌دهد، گزارش داد که در فاصله ۱۰ تا ۱۵ "
            "آبان دست‌کم ۱۲ شهروند کرد در زندان‌های کشور اعدام شده‌اند.")
    got = facts(text, date(2023, 11, 8))
    assert [f[5] for f in got] == ["aggregate"] and got[0][1] == 12


def test_prisons_in_the_plural_on_one_day_stay_one_incident_of_that_day():
    text = "سحرگاه امروز دست‌کم شش زندانی در زندان‌های کرج و قم اعدام شدند."
    assert facts(text, date(2024, 2, 14)) == [("executed", 6, "at_least", "2024-02-14", "2024-02-14", "event")]


# --- "X و Y در همین زندان ... به دار آویخته شده بودند": names closed by "the same prison" -----------

def test_two_names_in_the_same_prison_on_an_earlier_day_are_their_own_incident():
    text = ("کانون حقوق بشر؛ ۱۲ آبان ۱۴۰۳: حکم اعدام کامران مرادی در زندان مرکزی همدان اجرا شد.\n\n"
            "پیش از این نیز روز دوشنبه ۷ آبان، رحیم نظری و جواد صفایی در همین زندان به دار آویخته شده بودند.")
    got = facts(text, date(2024, 11, 2))
    # 7 Aban 1403 is 28 October 2024
    assert ("executed", 2, "exact", "2024-10-28", "2024-10-28", "event") in got


def test_names_closed_by_this_prison_are_counted_one_each():
    text = ("صبح روز پنجشنبه ۳ اسفند، مهران کاظمی، ناصر رحیمی و یوسف بهرامی در این زندان اعدام شدند.")
    assert facts(text, date(2024, 2, 25)) == [("executed", 3, "exact", "2024-02-22", "2024-02-22", "event")]


# --- a count under the report's day that the body's dated incidents add up to is their total ------

def test_a_named_group_told_again_on_two_days_is_not_a_third_incident():
    text = ("سازمان حقوق بشر؛ ۱۰ بهمن ۱۴۰۳: حکم اعدام سه زندانی به نام‌های علی رضایی، حسن کریمی و "
            "مجید نوری در زندان مرکزی قزوین اجرا شد.\n\n"
            "صبح روز دوشنبه ۸ بهمن‌ماه حکم اعدام علی رضایی در این زندان به اجرا درآمد.\n\n"
            "پیش از این نیز روز شنبه ۶ بهمن، حسن کریمی و مجید نوری در همین زندان به دار آویخته شده بودند.")
    got = facts(text, date(2025, 1, 29))
    # 8 Bahman 1403 is 27 January 2025, 6 Bahman 25 January
    assert ("executed", 1, "exact", "2025-01-27", "2025-01-27", "event") in got
    assert ("executed", 2, "exact", "2025-01-25", "2025-01-25", "event") in got
    assert not [f for f in got if f[1] == 3]


def test_a_group_whose_parts_do_not_add_up_stays():
    text = ("سازمان حقوق بشر؛ ۱۰ بهمن ۱۴۰۳: حکم اعدام چهار زندانی در زندان مرکزی قزوین اجرا شد.\n\n"
            "صبح روز دوشنبه ۸ بهمن‌ماه حکم اعدام علی رضایی در زندان مرکزی اراک به اجرا درآمد.")
    got = facts(text, date(2025, 1, 29))
    assert [f for f in got if f[1] == 4]


# --- "هر متهم به قتل ... به قصاص محکوم می‌شود": the law in the present tense, no one's sentence ----

def test_a_sentence_told_in_the_present_as_what_the_law_does_is_no_claim():
    text = ("حکم اعدام رضا امینی بامداد امروز در زندان مرکزی یزد اجرا شد.\n\n"
            "به گفته حقوقدانان، در قانون مجازات اسلامی هر کس که مرتکب قتل عمد شود، صرف نظر از انگیزه، "
            "به قصاص محکوم می‌شود.")
    assert facts(text, date(2024, 6, 4)) == [("executed", 1, "exact", "2024-06-04", "2024-06-04", "event")]


def test_a_sentence_told_in_the_past_is_still_a_claim():
    text = "دادگاه انقلاب اهواز روز یکشنبه ۱۲ فروردین ۱۴۰۳ حمید ساعدی را به اعدام محکوم کرد."
    assert facts(text, date(2024, 4, 3)) == [("sentenced", 1, "exact", "2024-03-31", "2024-03-31", "event")]


# --- "N نفر ... کشته شده‌اند": a count whose own verb is one of dying counts the dead --------------

def test_people_killed_in_a_crackdown_after_a_tally_of_executions_are_no_claim():
    text = ("به گفته این نهاد از ابتدای سال ۲۰۲۲ تاکنون دست‌کم ۳۱۰ نفر اعدام شده‌اند و در جریان "
            "اعتراضات نیز دست‌کم ۲۰۰ نفر، از جمله ۱۸ نوجوان، کشته شده‌اند.")
    assert facts(text, date(2022, 11, 1)) == [("executed", 310, "at_least", "2022-01-01", "2022-11-01", "aggregate")]


def test_victims_of_murder_beside_a_death_sentence_are_not_sentenced():
    text = ("گزارش ماهانه: در ماه اوت ۲۰۲۴ دست‌کم ۴۰ نفر اعدام شدند. در این ماه نه زن قربانی قتل شدند "
            "و دو زن به اعدام محکوم شدند.")
    got = facts(text, date(2024, 9, 5))
    assert not [f for f in got if f[1] == 9]
    assert [f for f in got if f[0] == "sentenced" and f[1] == 2]


# --- "چند صد": a few hundred is no figure ---------------------------------------------------------

def test_a_few_hundred_cases_still_under_review_are_no_claim():
    text = ("این نهاد اعلام کرد در سال ۲۰۲۴ دست‌کم ۹۰۰ نفر اعدام شدند. به گفته مدیر آن، هنوز چند صد "
            "مورد اعدام دیگر در حال بررسی است.")
    assert facts(text, date(2025, 1, 3)) == [("executed", 900, "at_least", "2024-01-01", "2024-12-31", "aggregate")]


def test_several_thousand_on_death_row_and_a_few_hundred_executions_are_no_figures():
    text = "گفته می‌شود در سال گذشته چندین هزار نفر بازداشت و چند صد نفر اعدام شده‌اند."
    assert facts(text, date(2024, 2, 1)) == []


# --- "نسبت به سال ۲۰۲۲": the year compared with does not date a count -----------------------------

def test_the_year_compared_with_does_not_date_the_count_after_it():
    text = ("بر پایه گزارش سالانه، در سال ۲۰۲۴ دست‌کم ۹۷۵ نفر اعدام شدند. شمار زنان اعدام‌شده نیز نسبت به "
            "سال ۲۰۲۳ دو برابر شد و ۳۱ زن اعدام شدند.")
    got = facts(text, date(2025, 3, 1))
    assert ("executed", 31, "exact", "2024-01-01", "2024-12-31", "aggregate") in got
    assert not [f for f in got if f[3].startswith("2023")]


def test_a_year_compared_with_in_other_words():
    text = ("در سال ۲۰۲۳ دست‌کم ۸۰۰ نفر اعدام شدند. در مقایسه با سال ۲۰۲۲، شمار اعدام‌های مرتبط با "
            "مواد مخدر افزایش یافت و ۴۰۰ نفر به این اتهام اعدام شدند.")
    got = facts(text, date(2024, 2, 1))
    assert ("executed", 400, "exact", "2023-01-01", "2023-12-31", "aggregate") in got
