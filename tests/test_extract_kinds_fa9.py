"""Persian reports: ways of writing that made phantom or misdated incident claims, found in the
errors of the spent set heldout_fa9 and tested here on sentences written for these tests (the
period under review; a tally over prisons in the plural; ...)."""
from datetime import date

from extract import extract_report


def facts(text, published, lang="fa", title=""):
    return sorted((c.event, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


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
