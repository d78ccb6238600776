"""Persian reports that correct an earlier one: the incident told as what an earlier report had said
("از اعدام شش زندانی خبر داده بود"), in a report that says it corrects it ("اصلاحیه", "بررسی‌های
تکمیلی"), with fewer executed told after, is the report corrected, not a fact (lang/corrected.py,
rule reject.corrected_report). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_the_figure_corrected_is_dropped():
    text = ("کمپین حقوق بشر بلوچ در گزارشی که روز شنبه منتشر کرد، از اعدام شش زندانی در زندان مرکزی زاهدان خبر داده بود. "
            "بررسی‌های تکمیلی نشان می‌دهد که بامداد پنجشنبه ۱۲ مهر ۱۴۰۳ پنج زندانی در این زندان اعدام شده‌اند.")
    assert facts(text, date(2024, 10, 7)) == [("executed", 5, "2024-10-03", "2024-10-03", "event")]


def test_an_earlier_report_in_a_report_that_corrects_nothing_stays():
    text = ("هرانا پیش‌تر از اعدام سه زندانی در زندان مرکزی اراک خبر داده بود. "
            "به گفته این نهاد، روز دوشنبه دو زندانی دیگر نیز در همین زندان اعدام شدند.")
    rows = facts(text, date(2024, 10, 9))
    assert [r[1] for r in rows if r[0] == "executed"].count(3) == 1
