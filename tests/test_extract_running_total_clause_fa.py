"""Persian running totals define who is counted in a "که" clause whose verb is the execution itself:
"شمار زندانیانی که از ابتدای سال جاری تا پایان مهرماه اعدام شده‌اند، به ۲۹۱ نفر رسیده". The date in
that clause is the total's span (dating.clause_date), while a date in a clause of another verb (an
arrest, a sentence) still dates that other act. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_span_in_the_clause_of_the_executed_dates_the_total():
    text = "بدین ترتیب شمار زنانی که از ابتدای سال جاری تا پایان شهریورماه اعدام شده‌اند، به دست‌کم ۳۴ نفر رسیده است."
    assert facts(text, date(2025, 9, 25)) == [("executed", 34, "2025-03-21", "2025-09-22", "aggregate")]


def test_since_the_start_of_a_month_in_the_clause():
    text = "با این اعدام شمار زندانیانی که از ابتدای دی‌ماه تاکنون در زندان‌های کشور اعدام شده‌اند، به دست‌کم ۱۴ نفر رسیده است."
    assert facts(text, date(2025, 1, 6)) == [("executed", 14, "2024-12-21", "2025-01-06", "aggregate")]


def test_a_year_in_a_clause_of_their_sentence_is_not_the_executions():
    text = "دو زندانی که در سال ۱۴۰۱ به قصاص محکوم شده بودند، سحرگاه امروز در زندان مرکزی اراک اعدام شدند."
    assert facts(text, date(2025, 1, 6)) == [("executed", 2, "2025-01-06", "2025-01-06", "event")]
