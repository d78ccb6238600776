"""Persian reports: the sentence of, or the warning of the imminent execution of, "these two
prisoners" already told as executed is the lead-up to their execution (`reject.background`), not
a second incident. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
EXECUTED = "بامداد امروز سه‌شنبه ۲۰ آذر ۱۴۰۳ دو زندانی سیاسی در زندان قزلحصار کرج اعدام شدند.\n\n"
DAY = date(2024, 12, 10)


def test_an_earlier_warning_for_the_two_executed_is_background():
    text = EXECUTED + "نهادهای حقوق بشری پیش‌تر نسبت به خطر اجرای قریب‌الوقوع حکم این دو زندانی هشدار داده بودند."
    assert facts(text, DAY) == [("executed", 2, "2024-12-10", "2024-12-10", "event")]


def test_a_warning_for_three_others_stays_a_claim():
    text = EXECUTED + "همچنین سه زندانی دیگر روز دوشنبه ۱۹ آذر برای اجرای حکم به سلول انفرادی منتقل شدند."
    assert ("imminent", 3, "2024-12-09", "2024-12-09", "event") in facts(text, DAY)
