"""Persian "در همین مدت" (in the same period) points back to the figure just told: in its own
paragraph the last statistic before it ("از ابتدای سال ۱۴۰۴ تا پایان شهریورماه ۱۰۳ ... در همین مدت ۹
زندانی ... به اعدام محکوم شده‌اند" is the year's span, not the month's told earlier), else the report's
statistic; a figure over some days (more than an incident's) is a span too
(draft_fields.DraftFields.span_just_told, period.same_period). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", lang="fa")


def test_the_same_period_is_the_span_told_last_in_its_paragraph():
    text = ("در مهرماه ۱۴۰۴ دست‌کم ۲۳ زندانی کرد اعدام شده‌اند.\n\n"
            "از ابتدای سال ۱۴۰۴ تا پایان مهرماه دست‌کم ۱۱۲ زندانی کرد اعدام شده‌اند. "
            "در همین مدت دست‌کم ۱۱ زندانی کرد دیگر به اعدام محکوم شده‌اند.")
    assert ("sentenced", 11, "2025-03-21", "2025-10-22") in facts(text, date(2025, 10, 26))


def test_the_same_period_of_a_figure_over_some_weeks():
    text = ("از ۱۲ مهر تا امروز ۲۷ مهر ۱۴۰۴، دست‌کم ۱۹ زندانی در زندان‌های کشور اعدام شده‌اند.\n\n"
            "همچنین در همین مدت دست‌کم شش زندانی دیگر برای اجرای حکم به سلول انفرادی منتقل شده‌اند.")
    assert ("imminent", 6, "2025-10-04", "2025-10-19") in facts(text, date(2025, 10, 19))
