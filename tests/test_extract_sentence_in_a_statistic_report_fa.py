"""Persian monthly and annual reports tell death sentences after their execution figure, with no date
of their own: "در این ماه ... اعدام شدند. X و Y ... به اعدام محکوم شدند", "۳۳ فعال سیاسی به اعدام
محکوم شدند". Such a sentence is news of the report's span (period.statistic_context), not an undated
lead-up; a sentence in the pluperfect still is a lead-up (draft_fields.DraftFields.draft).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", lang="fa")
MONTH = "در آبان‌ماه ۱۴۰۳ دست‌کم ۱۳۰ نفر در زندان‌های کشور اعدام شدند.\n\n"
DAY = date(2024, 11, 25)


def test_two_named_sentenced_in_a_monthly_report_are_of_its_month():
    text = MONTH + "کامران شیخ‌ها و رضا ولی‌زاده، دو زندانی سیاسی، نیز از سوی دادگاه انقلاب تبریز به اعدام محکوم شدند."
    assert ("sentenced", 2, "2024-10-22", "2024-11-20") in facts(text, DAY)


def test_sentences_counted_in_an_annual_report_are_of_its_year():
    text = ("بر اساس این گزارش سالانه، در سال ۲۰۲۳ دست‌کم ۸۲۰ نفر در ایران اعدام شدند.\n\n"
            "دیگر یافته‌های این گزارش: ۲۷ معترض به اعدام محکوم شدند.")
    assert ("sentenced", 27, "2023-01-01", "2023-12-31") in facts(text, date(2024, 2, 1))


def test_a_pluperfect_sentence_after_an_execution_is_its_lead_up():
    text = ("سحرگاه امروز دوشنبه ۵ آذر ۱۴۰۳ یک زندانی در زندان مرکزی اراک اعدام شد.\n\n"
            "دو زندانی دیگر در همین پرونده پیش‌تر به اعدام محکوم شده بودند.")
    assert [r for r in facts(text, DAY) if r[0] == "sentenced"] == []
