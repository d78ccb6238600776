"""Persian reports that count a month or a year: a group sentenced to death (or moved for
execution) told with no date of its own, under the report's statistic, is a part of the span the
report counts, as an execution figure there is; it is no undated lead-up (draft_fields.of_statistic,
rule period.statistic_context). A lead-up of the people executed, or a report with no statistic,
keeps its reading. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")

YEAR = ("گزارش سالانه یک گروه حقوق بشری منتشر شد. بر اساس این گزارش، در سال ۲۰۲۳ دست‌کم ۶۱۲ زندانی "
        "در ایران اعدام شدند.\n\n")
MONTH = ("بر اساس گزارش ماهانه این نهاد، در آبان‌ماه ۱۴۰۳ دست‌کم ۱۲۴ زندانی در زندان‌های کشور اعدام شدند.\n\n")


def test_a_group_sentenced_in_an_annual_report_is_of_its_year():
    text = YEAR + "افزون بر این، ۲۷ معترض در همین گزارش به اعدام محکوم شدند؛ ۴۰۰ نفر نیز بازداشت شدند."
    rows = facts(text, date(2024, 1, 9))
    assert ("sentenced", 27, "2023-01-01", "2023-12-31", "aggregate") in rows


def test_a_group_sentenced_in_a_monthly_report_is_of_its_month():
    text = MONTH + "همچنین سه زندانی سیاسی از سوی دادگاه انقلاب شیراز به اعدام محکوم شدند."
    rows = facts(text, date(2024, 11, 25))
    assert ("sentenced", 3, "2024-10-22", "2024-11-20", "aggregate") in rows


def test_a_sentence_with_its_own_day_keeps_it():
    text = MONTH + "همچنین سه زندانی سیاسی روز دوشنبه ۱۴ آبان از سوی دادگاه انقلاب شیراز به اعدام محکوم شدند."
    rows = facts(text, date(2024, 11, 25))
    assert ("sentenced", 3, "2024-11-04", "2024-11-04", "event") in rows


def test_a_sentence_in_news_of_one_day_is_not_spread_over_a_span():
    text = "دو زندانی روز سه‌شنبه در زندان قزلحصار اعدام شدند. سه زندانی دیگر نیز به اعدام محکوم شدند."
    rows = facts(text, date(2024, 11, 25))
    assert [r for r in rows if r[0] == "sentenced" and r[-1] == "aggregate"] == []
