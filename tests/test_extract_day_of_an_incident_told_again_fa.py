"""Persian monthly reports: an incident first told among "the main events of the month", dated by the month
only, takes the one day of the sentence that tells it again right after ("حکم این سه نفر صبح دوشنبه ۱۱ آذر
اجرا شد"), when the day falls in the month (period.day_told_again). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")

TEXT = ("این نهاد گزارش ماهانه خود درباره آذرماه ۱۴۰۳ را منتشر کرد. بر اساس این گزارش، در آذرماه ۱۴۰۳ دست‌کم "
        "۱۲۰ نفر در زندان‌های کشور اعدام شدند.\n\n"
        "از رویدادهای مهم این ماه، اعدام سه زندانی به نام‌های «کریم ناصری»، «جلال ناصری» و «صابر امینی» در "
        "زندان مرکزی تبریز بود. حکم این سه نفر صبح دوشنبه ۱۲ آذر به اتهام قتل عمد اجرا شد.")


def test_the_incident_of_the_month_takes_its_day_told_again():
    rows = facts(TEXT, date(2024, 12, 25))
    assert ("executed", 3, "2024-12-02", "2024-12-02", "event") in rows
    assert ("executed", 120, "2024-11-21", "2024-12-20", "aggregate") in rows
    assert not [r for r in rows if r[1] == 3 and r[2] != "2024-12-02"]


def test_a_day_outside_the_span_is_not_taken():
    # (a day of another month is some other fact's, not the day of this incident)
    text = TEXT.replace("صبح دوشنبه ۱۲ آذر", "صبح دوشنبه ۷ آبان")
    rows = facts(text, date(2024, 12, 25))
    assert ("executed", 3, "2024-10-28", "2024-10-28", "event") not in rows
