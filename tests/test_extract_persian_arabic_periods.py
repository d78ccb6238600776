"""Persian and Arabic reports: the period a claim takes, on sentences written for these tests
("this month" in a monthly report, a range of years, "since" an event up to the report's day,
a day written with "الماضي" or as "الأول من", "for the first time since")."""
from datetime import date

from extract import extract_report


def facts(text, published, lang="fa", title=""):
    return sorted((c.event, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


def rules_of(text, count, published, lang="fa", title=""):
    return next(c.rules for c in extract_report(text, published, title, lang) if c.count == count)


# --- "this month" in a monthly report is the month it counts ---------------------------------

def test_this_month_after_a_gregorian_monthly_figure_is_that_month_not_the_solar_one():
    text = ("گزارش ماهانه یک نهاد حقوق بشری نشان می‌دهد در ماه اکتبر ۲۰۲۴ دست‌کم ۱۶۴ نفر در زندان‌های "
            "ایران اعدام شده‌اند. در این ماه ۹ زن نیز به دار آویخته شده‌اند.")
    assert facts(text, date(2024, 11, 2)) == [("executed", 9, "exact", "2024-10-01", "2024-10-31", "aggregate"),
                                              ("executed", 164, "at_least", "2024-10-01", "2024-10-31", "aggregate")]
    assert "period.report_month" in rules_of(text, 9, date(2024, 11, 2))


def test_arabic_this_month_in_a_report_published_the_next_month():
    text = ("ووثقت منظمة حقوقية إعدام 46 شخصاً في السعودية خلال شهر أغسطس 2024. "
            "وأُعدم في هذا الشهر 7 أشخاص بتهم تتعلق بالمخدرات.")
    assert ("executed", 7, "exact", "2024-08-01", "2024-08-31", "aggregate") in facts(text, date(2024, 9, 3), "ar")


def test_this_month_takes_the_month_named_in_the_headline():
    title = "آمار اعدام‌ها در آبان ۱۴۰۳"
    text = "بر اساس داده‌های این مرکز، در این ماه دست‌کم ۱۲ زندانی بلوچ در زندان‌های کشور اعدام شده‌اند."
    # Aban 1403 runs from 22 October to 20 November 2024
    assert facts(text, date(2024, 11, 24), title=title) == [
        ("executed", 12, "at_least", "2024-10-22", "2024-11-20", "aggregate")]
