"""Persian monthly reports pick out "the events of this month" ("از رویدادهای شاخص این ماه، اعدام N
زندانی در روز X بود"): the month says which events, the day written with the count says when, so the
count is that day's incident, not a figure of the month (vocab-fa other_event_nouns, dating.other_event_date).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
MONTH = "در ماه دسامبر ۲۰۲۴ دست‌کم ۱۴۰ نفر در زندان‌های کشور اعدام شدند.\n\n"
DAY = date(2025, 1, 5)


def test_a_highlight_with_its_day_is_that_days_incident():
    text = MONTH + "از جمله رویدادهای مهم این ماه، اعدام هفت زندانی در روز ۱۸ آذر در زندان مرکزی اصفهان بود."
    assert ("executed", 7, "2024-12-08", "2024-12-08", "event") in facts(text, DAY)


def test_a_highlight_on_a_friday_named_with_its_date():
    text = MONTH + "یکی از رخدادهای این ماه، اعدام دو زندانی سیاسی در زندان مرکزی ارومیه در روز جمعه ۲۳ آذر بود."
    assert ("executed", 2, "2024-12-13", "2024-12-13", "event") in facts(text, DAY)


def test_this_month_alone_still_dates_the_figure():
    text = MONTH + "در این ماه دست‌کم ۱۱ زن نیز اعدام شدند."
    assert ("executed", 11, "2024-12-01", "2024-12-31", "aggregate") in facts(text, DAY)
