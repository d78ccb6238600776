"""Persian reports: a person named as executed, with no day, in a report of a statistic that gives no
day at all ("گزارش شش‌ماهه ... رامین سعادت ... اعدام شد") is one of that statistic, over its span, not
an incident of the report's day (draft_fields.py, `part.named_of_statistic`). Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
STATISTIC = "بر پایه این گزارش، از ابتدای ژانویه تا پایان مارس ۲۰۲۴ دست‌کم ۱۵۰ زندانی در ایران اعدام شده‌اند.\n\n"


def test_a_man_named_in_a_quarterly_report_is_one_of_its_statistic():
    text = STATISTIC + "حمید فتحی، اهل بوکان، که در زمان بازداشت ۱۷ سال داشت، به اتهام قتل اعدام شد."
    assert facts(text, date(2024, 4, 2)) == [("executed", 1, "2024-01-01", "2024-03-31", "aggregate"),
                                             ("executed", 150, "2024-01-01", "2024-03-31", "aggregate")]


def test_a_man_executed_on_a_day_the_report_gives_stays_an_incident():
    text = STATISTIC + "حمید فتحی، اهل بوکان، روز دوشنبه ۱۳ فروردین ۱۴۰۳ در زندان ارومیه اعدام شد."
    assert ("executed", 1, "2024-04-01", "2024-04-01", "event") in facts(text, date(2024, 4, 2))
