"""Persian annual figures set against an earlier year: "بالاترین رقم از سال X" (a superlative) and
"N درصد بیشتر از سال X" (a comparative, "از" is "than") name the year compared with, no span from it
to the report's day; a count in the clause "که در آن ..." after that year is that year's figure
(date_ranges.DateRanges.joined, dating when_words); "N نفر بیشتر از سال X" is a difference, no
figure (reject.difference). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2025, 4, 10)


def test_figure_of_the_year_a_superlative_reaches_back_to():
    text = "به گفته این سازمان در سال ۲۰۲۴ دست‌کم ۹۸۰ نفر در ایران اعدام شده‌اند؛ بالاترین رقم از سال ۲۰۱۵ که در آن ۹۷۲ نفر اعدام شده بودند."
    assert facts(text, DAY) == [("executed", 972, "2015-01-01", "2015-12-31", "aggregate"),
                                ("executed", 980, "2024-01-01", "2024-12-31", "aggregate")]


def test_year_after_a_comparative_is_no_start_of_a_span():
    text = "در سال ۲۰۲۴ دست‌کم ۹۸۰ نفر در ایران اعدام شدند که ۶۰ درصد بیشتر از سال ۲۰۲۳ است که در آن ۶۱۲ نفر اعدام شده بودند."
    assert ("executed", 612, "2023-01-01", "2023-12-31", "aggregate") in facts(text, DAY)


def test_a_difference_between_years_is_no_figure():
    text = "ایران در سال گذشته دست‌کم ۹۸۰ نفر را اعدام کرد؛ ۳۶۸ نفر بیشتر از سال ۲۰۲۳ که ۶۱۲ اعدام در آن ثبت شده بود."
    rows = facts(text, DAY)
    assert ("executed", 612, "2023-01-01", "2023-12-31", "aggregate") in rows
    assert not any(r[1] == 368 for r in rows)


def test_since_a_year_still_runs_to_the_report():
    text = "از سال ۲۰۲۳ تاکنون دست‌کم ۱۲ زن در زندان قرچک اعدام شده‌اند."
    assert facts(text, DAY) == [("executed", 12, "2023-01-01", "2025-04-10", "aggregate")]
