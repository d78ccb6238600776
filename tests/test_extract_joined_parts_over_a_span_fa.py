"""Persian statistics: counts of different groups joined by "و" in a sentence over a month or more
("۱۲ زن و سه نوجوان در این مدت", "۲۹ زندانی کرد و ۲۴ زندانی بلوچ در این ماه") are parts of the
statistic, one claim each (SCHEMA.md: each breakdown a claim), never one group of their sum; within
a day they stay one group (parts.Parting.joined, over_a_span). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")

HALF_YEAR = "از ابتدای ژانویه تا پایان ژوئن ۲۰۲۵ دست‌کم ۳۱۰ زندانی در ایران اعدام شده‌اند. "


def test_women_and_juveniles_in_this_period_are_two_parts():
    rows = facts(HALF_YEAR + "همچنین ۱۴ زن و دو نوجوان در این مدت اعدام شده‌اند.", date(2025, 7, 2))
    assert ("executed", 14, "2025-01-01", "2025-06-30", "aggregate") in rows
    assert ("executed", 2, "2025-01-01", "2025-06-30", "aggregate") in rows
    assert not any(r[1] == 16 for r in rows)


def test_groups_joined_in_a_named_year_are_parts():
    text = "بر پایه این گزارش، ۲۵ زن و چهار نفر که هنگام جرم کمتر از ۱۸ سال داشتند در سال ۲۰۲۳ اعدام شدند."
    rows = facts(text, date(2024, 1, 10))
    assert ("executed", 25, "2023-01-01", "2023-12-31", "aggregate") in rows
    assert ("executed", 4, "2023-01-01", "2023-12-31", "aggregate") in rows
    assert not any(r[1] == 29 for r in rows)


def test_three_groups_listed_over_the_period_stay_apart():
    text = HALF_YEAR + "دست‌کم ۳۸ شهروند بلوچ، ۱۷ شهروند کرد و ۹ تبعه افغانستان در همین مدت اعدام شده‌اند."
    rows = facts(text, date(2025, 7, 2))
    assert {r[1] for r in rows} >= {310, 38, 17, 9}
    assert not any(r[1] in (26, 64) for r in rows)


def test_men_and_a_woman_hanged_on_one_day_are_one_group():
    rows = facts("سه مرد و یک زن صبح روز دوشنبه در زندان مرکزی کرمان اعدام شدند.", date(2025, 3, 12))
    assert rows == [("executed", 4, "2025-03-10", "2025-03-10", "event")]
