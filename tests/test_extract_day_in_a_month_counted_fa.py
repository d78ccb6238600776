"""Persian monthly reports: "از رویدادهای این ماه، اعدام ..." names the month the report counts
and what the sentence is about; a day of that month told after the count, in the count's clause,
is the day of the incident, not the whole month (lang/dating.own_date, rule
period.day_of_month_counted). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
rules = claim_reader("rules", lang="fa")


def test_a_day_of_this_month_after_the_count_dates_it():
    text = "از رویدادهای مهم این ماه، اعدام سه زندانی در زندان مرکزی زاهدان در روز سه‌شنبه ۱۳ آذر بود."
    assert facts(text, date(2024, 12, 15)) == [("executed", 3, "2024-12-03", "2024-12-03", "event")]
    assert "period.day_of_month_counted" in rules(text, date(2024, 12, 15))[0]


def test_the_month_a_report_counts_holds_the_day_when_it_came_out_in_the_next():
    # published in Dey, about Azar: the day of Azar is still the incident's
    text = ("گزارش ماهانه: در آذرماه ۱۴۰۳ دست‌کم ۱۵۰ زندانی اعدام شدند.\n\n"
            "از رویدادهای شاخص این ماه، اعدام دست‌کم شش زندانی در روز ۱۸ آذر در زندان قزلحصار بود.")
    rows = facts(text, date(2025, 1, 4))
    assert ("executed", 6, "2024-12-08", "2024-12-08", "event") in rows


def test_this_month_with_no_day_stays_the_month():
    text = "در این ماه دست‌کم ۱۲ زندانی در زندان‌های کشور اعدام شدند."
    rows = facts(text, date(2024, 12, 15))
    assert rows and all(r[2] != r[3] for r in rows)
