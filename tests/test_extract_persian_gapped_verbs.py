"""Persian reports: two clauses joined by "و" share the auxiliary of the last verb ("۲۴۰ نفر اعدام و
۹۵ نفر دیگر به اعدام محکوم شدند": "were executed and ... were sentenced"). The bare "اعدام" before
"و" is the first count's verb; it is no headline noun of the count after it. Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="fa")


def test_executed_and_sentenced_in_one_sentence():
    text = "بر پایه این گزارش، در سال ۲۰۲۲ دست‌کم ۵۸۲ نفر در ایران اعدام و دست‌کم ۱۴۰ نفر دیگر به اعدام محکوم شدند."
    got = sorted(facts(text, date(2023, 4, 1)))
    assert got == [("executed", "IR", 582, "at_least", "2022-01-01", "2022-12-31"),
                   ("sentenced", "IR", 140, "at_least", "2022-01-01", "2022-12-31")]


def test_the_other_order_of_events():
    text = "در سال ۲۰۲۱ بیش از ۳۰۰ زندانی به اعدام محکوم و ۲۰۰ زندانی دیگر اعدام شدند."
    got = sorted(facts(text, date(2022, 4, 1)))
    assert ("executed", "IR", 200, "exact", "2021-01-01", "2021-12-31") in got


def test_a_headline_noun_before_its_count_still_governs_it():
    text = "اعدام سه زندانی در زندان قزلحصار کرج در روز دوشنبه ۲۰ فروردین ۱۴۰۳"
    assert facts(text, date(2024, 4, 9)) == [("executed", "IR", 3, "exact", "2024-04-08", "2024-04-08")]


def test_two_parts_joined_in_a_row_with_no_verb_stay_two_parts():
    text = ("در ماه ژوئن ۲۰۲۳ دست‌کم ۸۰ نفر در ایران اعدام شدند.\n\n"
            "در میان اعدام‌شدگان این ماه:\n"
            "- ۷ نفر عرب و ۵ نفر ترکمن بودند؛\n"
            "- ۳ نفر زن بودند.")
    got = facts(text, date(2023, 7, 5))
    assert ("executed", "IR", 7, "exact", "2023-06-01", "2023-06-30") in got
    assert ("executed", "IR", 5, "exact", "2023-06-01", "2023-06-30") in got
    assert not any(c[2] == 12 for c in got)
