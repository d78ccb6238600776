"""Persian weekly reports: a breakdown word ("از نظر اتهام", "از این شمار", "در میان اعدام‌شدگان")
before counts splits the weekly figure told before, even with a table of prisons, a line each,
between them: the parts are of that week, not incidents on the report's day (parts.Parting.part_of,
rules part.breakdown, part.of_week). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")

WEEK = ("در هفت روز گذشته دست‌کم ۳۰ زندانی در زندان‌های کشور اعدام شده‌اند.\n\n"
        "شمار اعدام‌ها به تفکیک زندان:\n"
        "زندان مرکزی تبریز — ۹\n"
        "زندان اوین — ۶\n"
        "زندان مرکزی رشت — ۵\n"
        "زندان مرکزی یزد — ۴\n"
        "زندان لاکان — ۳\n"
        "زندان مرکزی بم — ۳\n\n")


def test_parts_by_charge_after_a_table_are_of_the_week():
    text = WEEK + "از نظر اتهام، ۱۸ نفر در پرونده‌های مواد مخدر و ۱۰ نفر به اتهام قتل عمد اعدام شدند."
    rows = facts(text, date(2025, 3, 12))
    assert ("executed", 18, "2025-03-05", "2025-03-12", "aggregate") in rows
    assert ("executed", 10, "2025-03-05", "2025-03-12", "aggregate") in rows
    assert [r for r in rows if r[-1] == "event"] == []


def test_a_count_with_no_breakdown_word_stays_its_own():
    text = "دو زندانی روز دوشنبه در زندان مرکزی یزد اعدام شدند."
    assert facts(text, date(2025, 3, 12)) == [("executed", 2, "2025-03-10", "2025-03-10", "event")]
