"""Persian weekly and monthly reports set out a figure by prison as a table, a line each: "زندان
قزلحصار کرج — ۱۲", "زندان اوین: ۶". Each line naming a prison or a known place, in a run of two lines
or more, is a part of the figure told before it, over its period, at that place (SCHEMA.md: each
breakdown a claim; table_rows.TableRows.label_rows, table.label_row). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", "location", lang="fa")
DAY = date(2025, 3, 12)


def test_each_prison_of_a_weekly_table_is_a_part_of_the_week():
    text = ("در هفت روز گذشته دست‌کم ۲۰ زندانی در زندان‌های کشور اعدام شده‌اند.\n\n"
            "شمار اعدام‌ها به تفکیک زندان:\n"
            "زندان مرکزی تبریز — ۹\n"
            "زندان اوین — ۶\n"
            "زندان مرکزی یزد — ۵\n")
    rows = facts(text, DAY)
    assert ("executed", 9, "2025-03-05", "2025-03-12", "aggregate", "زندان مرکزی تبریز") in rows
    assert ("executed", 6, "2025-03-05", "2025-03-12", "aggregate", "زندان اوین") in rows
    assert ("executed", 5, "2025-03-05", "2025-03-12", "aggregate", "زندان مرکزی یزد") in rows
    assert [r for r in rows if r[4] == "event"] == []


def test_cities_of_a_monthly_table_with_colons():
    text = ("در بهمن‌ماه ۱۴۰۳ دست‌کم ۷۰ نفر در ایران اعدام شدند.\n\n"
            "کرج: ۱۴\n"
            "مشهد: ۸\n")
    rows = facts(text, DAY)
    assert ("executed", 14, "2025-01-20", "2025-02-18", "aggregate", "کرج") in rows
    assert ("executed", 8, "2025-01-20", "2025-02-18", "aggregate", "مشهد") in rows


def test_a_lone_line_is_no_table():
    text = "در هفت روز گذشته دست‌کم ۲۰ زندانی اعدام شده‌اند.\n\nزندان اوین — ۶\n\nاین گزارش ادامه دارد."
    assert not any(r[1] == 6 for r in facts(text, DAY))


def test_a_table_with_no_figure_before_it_makes_no_claim():
    text = "فهرست زندان‌ها:\nزندان اوین — ۶\nزندان مرکزی یزد — ۵\n"
    assert facts(text, DAY) == []
