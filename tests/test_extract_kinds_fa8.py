"""Persian reports: ways of writing that misdated or misread incidents, found in the errors of the
spent set heldout_fa8 and tested here on sentences written for these tests (the day opening an
item of a list; a date that names another event; ...)."""
from datetime import date

from extract import extract_report


def facts(text, published, lang="fa", title=""):
    return sorted((c.event, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


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
