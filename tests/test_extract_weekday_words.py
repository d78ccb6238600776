"""A weekday written after a place or after the word for "day" names the day of the execution.

Arabic writes last Sunday "يوم الأحد الماضي" ("the day, Sunday, past"), and "الأحد" is also the word
for "one": read as "the past one day" it gave the day before the report. A weekday is also never
part of a place's name, so a place read up to the date stops before it."""
from datetime import date

from claim_rows import claim_reader

FRIDAY = date(2026, 11, 20)
facts_ar = claim_reader("country", "count", "period_start", "period_end", "location", published=FRIDAY, lang="ar")
facts_fa = claim_reader("country", "count", "period_start", "period_end", "location", published=FRIDAY, lang="fa")


def test_arabic_day_word_then_weekday_then_past_is_last_weekday():
    text = "نفذت السلطات العراقية حكم الإعدام بحق تسعة مدانين في سجن الحوت يوم الأحد الماضي، وفق مصدر في وزارة العدل."
    assert facts_ar(text) == [("IQ", 9, "2026-11-15", "2026-11-15", "سجن الحوت")]


def test_arabic_weekday_straight_after_the_prison_is_not_part_of_its_name():
    text = "أعدمت السلطات العراقية سبعة مدانين بالإرهاب في سجن الناصرية المركزي الثلاثاء الماضي."
    assert facts_ar(text) == [("IQ", 7, "2026-11-17", "2026-11-17", "سجن الناصرية المركزي")]


def test_arabic_past_days_counted_after_the_unit_are_still_a_span():
    # the unit, then the number, then "past": the seven days before the report, not a weekday
    text = "أعدمت إيران 30 سجيناً على الأقل خلال الأيام السبعة الماضية، وفق منظمة حقوقية."
    assert [row[:4] for row in facts_ar(text)] == [("IR", 30, "2026-11-13", "2026-11-20")]


def test_persian_weekday_after_the_prison_is_not_part_of_its_name():
    text = "دو زندانی در زندان مرکزی زاهدان یکشنبه گذشته اعدام شدند."
    assert facts_fa(text) == [("IR", 2, "2026-11-15", "2026-11-15", "زندان مرکزی زاهدان")]
