"""Persian reports: a sentence that restates an earlier figure ("حکم اعدام این ۳۰ زندانی اجرا شده
است") right before "از این تعداد" makes that figure the one split, even when a larger running total
("از آغاز سال جاری") was told between; the list of prisons after those parts splits it too, row by row
(rule part.restated_figure, restated_figures.py). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")
rules_of = claim_reader("count", "rules", lang="fa")

TEXT = ("از ابتدای آبان تاکنون دست‌کم ۳۰ زندانی بلوچ در زندان‌های کشور اعدام شده‌اند. با این اعدام‌ها، "
        "شمار زندانیان بلوچی که از آغاز سال جاری خورشیدی اعدام شده‌اند به ۱۱۰ نفر رسیده است.\n\n"
        "بر اساس داده‌های این نهاد، در فاصله ۱ تا ۲۰ آبان ۱۴۰۳ حکم اعدام این ۳۰ زندانی اجرا شده است. "
        "از این تعداد، ۲۰ نفر به اتهام‌های مرتبط با مواد مخدر و ۵ نفر به اتهام قتل عمد اعدام شده‌اند.\n\n"
        "تفکیک بر اساس زندان:\n"
        "- زندان مرکزی زاهدان: ۱۲ نفر\n"
        "- زندان وکیل‌آباد مشهد: ۷ نفر\n"
        "- زندان بیرجند: ۴ نفر\n"
        "- زندان کرمان: ۴ نفر")
MONTH = ("2024-10-22", "2024-11-10", "aggregate")


def test_of_this_number_splits_the_figure_restated_just_before():
    rows = facts(TEXT, date(2024, 11, 10))
    assert ("executed", 110, "exact", "2024-03-20", "2024-11-10", "aggregate") in rows
    assert ("executed", 20, "exact", *MONTH) in rows
    assert ("executed", 5, "exact", *MONTH) in rows
    # no part takes the span of the running total of the year
    assert [r for r in rows if r[1] < 30 and r[3] != MONTH[0]] == []


def test_the_rows_of_the_list_after_those_parts_split_it_too():
    rows = facts(TEXT, date(2024, 11, 10))
    assert sorted(r[1] for r in rows if r[3:] == MONTH) == [4, 4, 5, 7, 12, 20, 30]
    assert all("part.restated_figure" in r[1] for r in rules_of(TEXT, date(2024, 11, 10)) if r[0] in (4, 7, 12, 20))
