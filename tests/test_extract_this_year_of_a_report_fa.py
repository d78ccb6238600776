"""Persian reports: "در این سال" ("in this year", also "طی این سال", "در طول این سال") points back to
the year the report named before it, so an undated figure so worded is a statistic of that year
(vocab-fa.yaml this_span, rule period.statistic_span), and its breakdown is of the same year.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_this_year_after_an_annual_report_names_its_year():
    text = ("کانون حقوق بشری آبان گزارش سالانه خود درباره وضعیت اعدام در سال ۲۰۲۳ را منتشر کرد. "
            "به گفته این نهاد، در این سال دست‌کم ۷۴۰ نفر در ایران اعدام شدند.")
    assert facts(text, date(2024, 1, 15)) == [("executed", 740, "at_least", "2023-01-01", "2023-12-31", "aggregate")]


def test_a_part_of_the_figure_of_this_year_is_of_that_year_too():
    text = ("گزارش سالانه این سازمان به اعدام‌ها در سال ۲۰۲۲ می‌پردازد. "
            "طی این سال ۵۶۰ زندانی در زندان‌های کشور اعدام شدند. "
            "در میان اعدام‌شدگان، ۹ نفر به اتهامات سیاسی اعدام شدند.")
    assert sorted(facts(text, date(2023, 2, 2)), reverse=True, key=lambda r: r[1]) == [
        ("executed", 560, "exact", "2022-01-01", "2022-12-31", "aggregate"),
        ("executed", 9, "exact", "2022-01-01", "2022-12-31", "aggregate"),
    ]


def test_this_year_with_no_year_named_before_is_no_incident():
    # a statistic whose year is not told: not an incident on the report's day (reject.span_without_start)
    text = "در این سال دست‌کم ۴۰ نفر اعدام شدند."
    assert facts(text, date(2024, 5, 1)) == []
