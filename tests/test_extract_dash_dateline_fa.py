"""Persian reports may open on a dateline set off by a dash rather than a colon ("سازمان حقوق بشر
ایران، ۱۴ آبان ۱۴۰۳ – ..."): the report's day, not the day of what the sentence tells (dating.dateline);
and "روزهای X و Y" (the plural "days" before two days joined by "و") runs from the one to the other
(period.between_days). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 11, 4)


def test_a_dateline_before_a_dash_is_not_the_days_of_the_executions():
    text = ("سازمان حقوق بشر ایران، ۱۴ آبان ۱۴۰۳ – دست‌کم هفت زندانی صبح روزهای شنبه و دوشنبه این هفته "
            "در زندان مرکزی قزوین به دار آویخته شدند.")
    assert facts(text, DAY) == [("executed", 7, "2024-11-02", "2024-11-04", "event")]


def test_a_dateline_with_a_single_day_after_it():
    text = "هرانا، ۱۴ آبان ۱۴۰۳ – یک زندانی روز شنبه ۱۲ آبان در زندان مرکزی قزوین اعدام شد."
    assert facts(text, DAY) == [("executed", 1, "2024-11-02", "2024-11-02", "event")]


def test_a_span_of_days_written_with_a_dash_stays_a_span():
    text = "بین ۸ – ۱۰ آبان ۱۴۰۳ دست‌کم ۱۲ زندانی در زندان قزلحصار اعدام شدند."
    rows = facts(text, DAY)
    assert len(rows) == 1 and rows[0][1] == 12 and rows[0][3] == "2024-10-31"
