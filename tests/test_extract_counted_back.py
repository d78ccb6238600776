"""Days counted back from the report's day in Persian and Arabic, in either word order ("سه روز
پیش" puts the number first, "قبل ثلاثة أيام" the word "before" first): one reading for both."""
from datetime import date

import pytest

from extract.lang.calendars import calendars
from extract.lang.normal import fold

PUB = date(2024, 9, 18)   # a Wednesday


def mentions(lang, text):
    return [(d.period_start, d.period_end, d.is_day) for d in calendars(lang).find(fold(text).text, PUB)]


@pytest.mark.parametrize("lang, text, start, end, is_day", [
    ("fa", "این زندانی سه روز پیش در زندان دیزل آباد اعدام شد.", date(2024, 9, 15), date(2024, 9, 15), True),
    ("ar", "أعدم السجين قبل ثلاثة أيام في سجن تبريز.", date(2024, 9, 15), date(2024, 9, 15), True),
    ("ar", "نفذ الحكم قبل يومين في سجن الحائر.", date(2024, 9, 16), date(2024, 9, 16), True),
    ("fa", "این دو زندانی دو هفته قبل به دار آویخته شدند.", date(2024, 9, 1), date(2024, 9, 7), False),
    # the dual of a week is two weeks, told the same way as "two weeks ago" in Persian
    ("ar", "أعدم الرجلان قبل أسبوعين في سجن أرومية.", date(2024, 9, 1), date(2024, 9, 7), False),
    ("ar", "أعدم الرجل قبل أسبوع في سجن أرومية.", date(2024, 9, 8), date(2024, 9, 14), False),
])
def test_a_day_counted_back_reads_the_same_in_either_word_order(lang, text, start, end, is_day):
    assert mentions(lang, text) == [(start, end, is_day)]


@pytest.mark.parametrize("lang, text", [
    ("ar", "وكان قد اعتقل قبل أربعة أشهر في مدينة الأهواز."),
    # "before two days of his execution": before an event, not before the report
    ("ar", "نقل إلى الحبس الانفرادي قبل يومين من إعدامه."),
])
def test_a_month_or_more_back_or_before_an_event_dates_nothing(lang, text):
    assert mentions(lang, text) == []
