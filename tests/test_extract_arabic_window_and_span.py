"""Arabic: a window counted back from the report ("خلال عشرة أيام") told right before a span of as many
days ("بين الأول والعاشر من مارس", spelled-out ordinal days) is only that span's length: the figure is of
the span named, not of the days before the report. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_a_length_told_before_the_span_it_measures():
    text = ("أعدمت السلطات المصرية ما لا يقل عن 40 شخصاً خلال شهر مارس. وأوضحت المنظمة أن 25 من هذه الإعدامات "
            "نُفذت خلال عشرة أيام فقط، بين الأول والعاشر من مارس.")
    got = facts(text, date(2021, 4, 20))
    assert ("executed", 25, "2021-03-01", "2021-03-10") in got


def test_a_window_with_no_span_after_it_counts_back_from_the_report():
    text = "وقالت المنظمة إن السلطات أعدمت 12 شخصاً خلال عشرة أيام."
    assert facts(text, date(2021, 4, 20)) == [("executed", 12, "2021-04-10", "2021-04-20")]
