"""Persian: after a comparative ("بیشتر از", "کمتر از"), "از" is "than", not "since": the year after
it is the year compared with, and the figure of that year ("... که ۴۱۰ اعدام در آن ثبت شد") is over
that year alone, not from its start to the report's day (lang/date_ranges.py, vocab-fa.yaml
than_comparatives). "از سال ..." with no comparative still opens a span. Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="fa")


def test_the_year_after_more_than_is_the_compared_figure_s():
    text = ("در سال ۲۰۲۲ دست‌کم ۵۸۲ نفر در ایران اعدام شدند؛ رقمی بسیار بیشتر از سال ۲۰۲۱ که ۳۳۳ اعدام "
            "در آن ثبت شده بود.")
    rows = facts(text, date(2023, 4, 13))
    assert ("executed", 333, "2021-01-01", "2021-12-31") in rows


def test_less_than_too():
    text = "شمار اعدام‌ها در این سال کمتر از سال ۲۰۱۷ بود که ۵۰۷ نفر در آن اعدام شدند."
    rows = facts(text, date(2019, 3, 1))
    assert ("executed", 507, "2017-01-01", "2017-12-31") in rows


def test_from_a_year_alone_still_runs_to_the_report():
    text = "از سال ۲۰۲۳ تاکنون دست‌کم ۴۰ زن در ایران اعدام شده‌اند."
    rows = facts(text, date(2024, 5, 2))
    assert ("executed", 40, "2023-01-01", "2024-05-02") in rows
